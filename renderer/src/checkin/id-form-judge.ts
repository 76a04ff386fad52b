import type { DocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import { matchName, type NameMatch } from '../../../shared/names/match';

/** What the proctor has entered in the identity form so far. */
export interface IdForm {
  type: DocumentType;
  number: string;
  /** "YYYY-MM-DD" once complete; partial while typing. */
  expiry: string;
  longTerm: boolean;
  nameOnDocument: string;
  original: boolean;
  photoMatches: boolean;
  staffCheck: 'pass' | 'fail' | 'pending';
}

export type FormField = 'number' | 'expiry' | 'name' | 'original' | 'photo' | 'staff';

/** A field the form cannot be judged without, or one that fails, with its message key (checkin:flow.*). */
export interface FieldNote {
  field: FormField;
  key: string;
  values?: Record<string, string>;
}

export interface Judgement {
  /** Blocking notes: the form cannot be judged (a typo, a missing or half-typed date, no name). */
  pending: FieldNote[];
  /** Everything that makes the check fail (recorded only by an explicit "record a failed check"). */
  failures: FieldNote[];
  /** identity:error.<code> of the number, when it is not a valid number of that type. */
  numberError: string | null;
  nameMatch: NameMatch | null;
  judgeable: boolean;
  passes: boolean;
}

/** "20340630" or "2034-06-30" (or a part of it) as typed, shown as "2034-06-30". */
export function formatExpiry(raw: string): string {
  const d = raw.replace(/\D/g, '').slice(0, 8);
  return [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)].filter(Boolean).join('-');
}

function realDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Judges the form field by field before anything is sent (DAY-3..DAY-5): the number's own check
 * (check digit, region, birth date), the expiry against the center's date (a document is valid
 * through its expiry date), the name against the registered name or its pinyin, and the checks.
 */
export function judgeIdForm(f: IdForm, registered: { name: string; pinyin: string | null }, today: string): Judgement {
  const pending: FieldNote[] = [];
  const failures: FieldNote[] = [];
  let numberError: string | null = null;
  if (!f.number.trim()) pending.push({ field: 'number', key: 'identity:error.EMPTY' });
  else {
    const r = validateDocument(f.type, f.number, { today });
    if (!r.ok) {
      numberError = r.code;
      pending.push({ field: 'number', key: `identity:error.${r.code}` });
    }
  }
  if (!f.longTerm) {
    if (!f.expiry) pending.push({ field: 'expiry', key: 'flow.reasons.missingExpiry' });
    else if (!realDate(f.expiry)) pending.push({ field: 'expiry', key: 'flow.reasons.expiryFormat' });
    else if (f.expiry < today) failures.push({ field: 'expiry', key: 'flow.reasons.expired', values: { date: f.expiry } });
  }
  let nameMatch: NameMatch | null = null;
  if (!f.nameOnDocument.trim()) pending.push({ field: 'name', key: 'flow.reasons.nameMissing' });
  else {
    nameMatch = matchName({ name: registered.name, ...(registered.pinyin ? { pinyin: registered.pinyin } : {}) }, f.nameOnDocument);
    if (nameMatch === 'mismatch') failures.push({ field: 'name', key: 'flow.reasons.nameMismatch' });
  }
  if (!f.original) failures.push({ field: 'original', key: 'flow.reasons.originalMissing' });
  if (!f.photoMatches) failures.push({ field: 'photo', key: 'flow.reasons.photoMismatch' });
  if (f.type === 'CN_ID' && f.staffCheck !== 'pass') {
    failures.push({ field: 'staff', key: f.staffCheck === 'fail' ? 'flow.reasons.staffFail' : 'flow.reasons.staffPending' });
  }
  const judgeable = pending.length === 0;
  return { pending, failures, numberError, nameMatch, judgeable, passes: judgeable && failures.length === 0 };
}
