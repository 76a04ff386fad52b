/** Every rule id of ../RULES.md, in its order, with the section it belongs to. */
export const ruleIds = [
  'CAT-1', 'CAT-2', 'CAT-3', 'CAT-4',
  'ORD-1', 'ORD-2', 'ORD-3', 'ORD-4', 'ORD-5',
  'BOOK-1', 'BOOK-2', 'BOOK-3', 'BOOK-4', 'BOOK-5', 'BOOK-6', 'BOOK-7',
  'DAY-1', 'DAY-2', 'DAY-3', 'DAY-4', 'DAY-5', 'DAY-6', 'DAY-7', 'DAY-8',
  'RES-1', 'RES-2', 'RES-3', 'RES-4', 'RES-5', 'RES-6',
  'PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6',
  'REP-1', 'REP-2', 'REP-3',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const ruleSections = {
  CAT: 'catalogue',
  ORD: 'orders',
  BOOK: 'booking',
  DAY: 'exam-day',
  RES: 'results',
  PAY: 'money',
  REP: 'reports',
} as const;
