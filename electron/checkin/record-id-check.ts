/**
 * The identity-check form (DAY-3..DAY-6): validate the number, compare the names, ask the rule
 * engine, and append one chained id_checks record (with the photo kept apart in `photos`). The
 * full number is hashed with the desk key and masked; it is never stored here nor returned.
 */
import type { z } from 'zod';
import type { recordIdCheckSchema } from '../../shared/checkin/contract';
import type { CheckResult, IdentityChecks, RecordIdCheckResult } from '../../shared/checkin/types';
import { expiryPasses, judgeExpiry } from '../../shared/identity/expiry';
import { maskDocumentNumber } from '../../shared/identity/mask';
import { validateDocument } from '../../shared/identity/permits';
import { compactDocumentInput } from '../../shared/identity/scanner-input';
import { matchName } from '../../shared/names/match';
import type { DecisionRequest } from '../../shared/rules/requests';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { appendIdCheck } from '../idlog/append';
import { loadCheckinAppointment } from './appointment-repo';
import { dayOf, localText } from './center-day';
import type { DecideFn } from './admission';
import { documentHash } from './document-hash';
import { decodePhoto } from './photo';
import { checkinRuleEnv } from './rule-env';
import { insertPhoto } from './identity-records-repo';
import { decide } from '../rules/engine';
import { undecidedSay } from '../rules/undecided-say';
import { requestZone } from '../core/request-zone';

/** The form's request; `longTerm` may be left out by direct callers (false: DAY-3 needs an expiry). */
export type RecordIdCheckRequest = Omit<z.output<typeof recordIdCheckSchema>, 'longTerm'> & { longTerm?: boolean };

const passFail = (ok: boolean): CheckResult => (ok ? 'pass' : 'fail');

export async function recordIdCheck(req: RecordIdCheckRequest, ctx: HandlerContext, decideFn: DecideFn = decide): Promise<RecordIdCheckResult> {
  const op = requireOperator(ctx);
  const db = ctx.core.store.db;
  const timeZone = await requestZone(ctx);
  const day = dayOf(ctx.now, timeZone);

  // The number: its format (and the GB 11643 check digit, DAY-5) before anything is recorded.
  let normalized: string;
  let checkDigit: CheckResult = 'n/a';
  let documentNumber: CheckResult = 'n/a';
  if (req.documentType === 'OTHER') {
    normalized = compactDocumentInput(req.documentNumber);
    if (normalized === '') return { status: 'invalid-number', code: 'EMPTY', position: null };
  } else {
    const r = validateDocument(req.documentType, req.documentNumber, { today: day.date });
    if (r.ok) {
      normalized = r.normalized;
      documentNumber = 'pass';
      if (req.documentType === 'CN_ID') checkDigit = 'pass';
    } else if (r.code === 'CHECK_DIGIT' && req.documentType === 'CN_ID') {
      // A wrong check character is a DAY-5 refusal the engine gives; it is recorded.
      normalized = compactDocumentInput(req.documentNumber);
      documentNumber = 'fail';
      checkDigit = 'fail';
    } else {
      return { status: 'invalid-number', code: r.code, position: r.position ?? null };
    }
  }
  const docHash = documentHash(ctx.core.hashKey, normalized);
  const docMasked = maskDocumentNumber(normalized);
  const photo = req.photo ? decodePhoto(req.photo) : null;
  const at = ctx.now.toISOString();
  const env = await checkinRuleEnv(db);

  return db.transaction().execute(async (trx) => {
    const a = await loadCheckinAppointment(trx, req.appointmentId);
    if (!a) throw new DomainError('NOT_FOUND', `No appointment with id ${req.appointmentId}.`);

    const nameMatch = matchName(a.candidate.pinyin ? { name: a.candidate.name, pinyin: a.candidate.pinyin } : { name: a.candidate.name }, req.nameOnDocument);
    const request: DecisionRequest = {
      decision: 'identity-document',
      profile: a.subject.profileId,
      now: at,
      timeZone,
      facts: {
        documentType: req.documentType,
        expiryDate: req.expiryDate,
        longTerm: req.longTerm ?? false,
        originalPresented: req.originalPresented,
        nameMatch,
        ...(req.documentType === 'CN_ID' ? { checkDigitValid: checkDigit === 'pass' } : {}),
        photoMatches: req.photoMatches,
        staffCheck: req.staffCheck === 'pass' ? 'passed' : req.staffCheck === 'fail' ? 'failed' : 'pending',
      },
    };
    const verdict = decideFn(request, env);
    if ('error' in verdict) {
      throw new DomainError(
        'REFUSED',
        `The rules cannot decide this identity check: ${verdict.error.message}`,
        undecidedSay({ key: 'checkin.idRulesUndecided', params: { detail: verdict.error.message } }, verdict.error),
      );
    }

    const registeredDocument = docHash === a.candidate.idHash ? 'same' : 'different';
    const checks: IdentityChecks = {
      documentNumber,
      checkDigit,
      expiry: {
        date: req.expiryDate,
        // DAY-3: a blank expiry passes only when marked long-term (长期).
        result: passFail(expiryPasses(judgeExpiry({ expiryDate: req.expiryDate, longTerm: req.longTerm ?? false }, day.date))),
      },
      original: passFail(req.originalPresented),
      nameMatch,
      nameOnDocument: req.nameOnDocument,
      photoMatches: passFail(req.photoMatches),
      staffCheck: req.documentType !== 'CN_ID' ? 'n/a' : req.staffCheck === null ? 'pending' : req.staffCheck,
      registeredDocument,
      photo: photo ? { sha256: photo.sha256, mime: photo.mime, bytes: photo.bytes.length } : null,
      messageKey: verdict.messageKey,
      overridable: verdict.overridable,
    };
    const { id } = await appendIdCheck(trx, {
      appointmentId: a.id,
      operatorId: op.id,
      desk: ctx.caller.desk,
      checkedAt: at,
      kind: 'identity',
      docType: req.documentType,
      docMasked,
      docHash,
      checks: { ...checks },
      outcome: verdict.outcome,
      ruleIds: verdict.ruleIds,
    });
    if (photo) {
      await insertPhoto(trx, { candidate_id: a.candidate.id, id_check_id: id, taken_at: at, mime: photo.mime, sha256: photo.sha256, bytes: photo.bytes });
    }
    return {
      status: 'recorded' as const,
      record: {
        id,
        appointmentId: a.id,
        checkedAt: at,
        checkedLocal: localText(at, timeZone),
        documentType: req.documentType,
        documentMasked: docMasked,
        outcome: verdict.outcome,
        ruleIds: verdict.ruleIds,
        checks,
        hasPhoto: photo !== null,
      },
      verdict,
      nameMatch,
      documentDiffersFromRegistration: registeredDocument === 'different',
    };
  });
}
