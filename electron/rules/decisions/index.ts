import type { DecisionName } from '../../../shared/rules/verdict';
import { admission } from './admission';
import { book } from './book';
import { cancel } from './cancel';
import { catalogueDecision, levelNameDecision } from './catalogue';
import { certificate } from './certificate';
import { checkIn } from './check-in';
import { coupon } from './coupon';
import { identityDocument } from './identity-document';
import { firstAvailableDate } from './first-available-date';
import { imageRetention } from './image-retention';
import { nationalExamDateDecision } from './national-exam-date';
import { notices } from './notices';
import { orderExpiry } from './order-expiry';
import { redeemCode } from './redeem-code';
import { refundExam } from './refund-exam';
import { deferTraining, refundTraining } from './refund-training';
import { reschedule } from './reschedule';
import { resultRelease } from './result-release';
import { retake } from './retake';
import type { Decision } from './types';

/** Every decision by name. */
export const decisions: { [D in DecisionName]: Decision<D> } = {
  book,
  reschedule,
  cancel,
  'refund-exam': refundExam,
  'refund-training': refundTraining,
  'defer-training': deferTraining,
  admission,
  'identity-document': identityDocument,
  'check-in': checkIn,
  retake,
  'result-release': resultRelease,
  certificate,
  'redeem-code': redeemCode,
  coupon,
  'order-expiry': orderExpiry,
  'national-exam-date': nationalExamDateDecision,
  notices,
  'image-retention': imageRetention,
  'level-name': levelNameDecision,
  catalogue: catalogueDecision,
  'first-available-date': firstAvailableDate,
};
