import { appMessages } from './app';
import { auditActionMessages } from './audit-actions';
import type { DomainMessages, Language, MessageTree } from './messages';
import { centerMessages } from './center';
import { centerlinkMessages } from './centerlink';
import { checkinMessages } from './checkin';
import { dataMessages } from './data';
import { errorMessages } from './errors';
import { formsMessages } from './forms';
import { deskMessages } from './desk';
import { identityMessages } from './identity';
import { incidentsMessages } from './incidents';
import { policyMessages } from './policy';
import { ruleFiguresMessages } from './rule-figures';
import { recoveryMessages } from './recovery';
import { rostersMessages } from './rosters';
import { rulesMessages } from './rules';
import { scoresMessages } from './scores';
import { seatingMessages } from './seating';
import { auditMessages, settingsMessages } from './settings';

/**
 * Every domain's messages, one i18next namespace each. A domain adds its file here.
 */
export const namespaces = {
  app: appMessages,
  rules: rulesMessages,
  identity: identityMessages,
  checkin: checkinMessages,
  desk: deskMessages,
  scores: scoresMessages,
  data: dataMessages,
  seating: seatingMessages,
  policy: policyMessages,
  ruleFigures: ruleFiguresMessages,
  rosters: rostersMessages,
  settings: settingsMessages,
  audit: auditMessages,
  recovery: recoveryMessages,
  auditActions: auditActionMessages,
  errors: errorMessages,
  center: centerMessages,
  incidents: incidentsMessages,
  centerlink: centerlinkMessages,
  forms: formsMessages,
} satisfies Record<string, DomainMessages>;

export type Namespace = keyof typeof namespaces;

export function resourcesFor(lang: Language): Record<string, MessageTree> {
  return Object.fromEntries(Object.entries(namespaces).map(([ns, m]) => [ns, m[lang]]));
}
