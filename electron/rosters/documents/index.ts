import type { DocumentKind } from '../../../shared/rosters/documents';
import { attendance } from './attendance';
import { blankIdCheck } from './blank-idcheck';
import type { DocumentBuilder } from './context';
import { doorList } from './door-list';
import { idLog } from './idlog';
import { resultsList } from './results';
import { roster } from './roster';
import { seatPlan } from './seat-plan';
import { signIn } from './sign-in';

/** Every printable document by kind. */
export const DOCUMENT_BUILDERS: Record<DocumentKind, DocumentBuilder> = {
  roster,
  'door-list': doorList,
  'seat-plan': seatPlan,
  'sign-in': signIn,
  attendance,
  idlog: idLog,
  results: resultsList,
  'blank-idcheck': blankIdCheck,
};
