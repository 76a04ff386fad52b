import type { scoresContract } from '../../shared/scores/contract';
import { localMidnight } from '../../shared/time/zoned';
import { appendAudit } from '../audit/audit-log';
import { requireOperator } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { ruleEnvFor } from '../policy/rule-env';
import { enterScore, resolveScore } from './double-entry';
import { candidateResults, subjectStats } from './results-view';
import { toView } from './results-repo';
import { loadScoreContext } from './score-context';
import { loadSheet } from './sheet-repo';
import { certificatesOf, refreshCertificates } from './certificates';
import { checkScoreFile, importScoreFile } from './score-import';
import { recordPaperAdmission } from './paper-admission';
import { candidatesOfAppointments, heldResultsOfSession, insertResult, markReleased, markSuperseded, resultById, sessionOfAppointment } from './result-changes-repo';
import { centerZone } from '../store/center-zone';
import { requestZone } from '../core/request-zone';

async function context(db: Parameters<typeof loadScoreContext>[0], appointmentId: number, part: 'theory' | 'lab' | 'interview') {
  const c = await loadScoreContext(db, appointmentId, part);
  if (!c) throw new DomainError('NOT_FOUND', `Appointment ${appointmentId} has no ${part} part to score.`);
  return c;
}

async function rowOf(db: Parameters<typeof loadSheet>[0], appointmentId: number, part: 'theory' | 'lab' | 'interview', op: ReturnType<typeof requireOperator>) {
  const sessionId = await sessionOfAppointment(db, appointmentId);
  const sheet = await loadSheet(db, sessionId!, part, op);
  return sheet.rows.find((r) => r.appointmentId === appointmentId)!;
}

export const scoresHandlers: HandlerMap<typeof scoresContract> = {
  'scores.recordPaperAdmission': async (req, ctx) => {
    const op = requireOperator(ctx);
    return ctx.core.store.db.transaction().execute((trx) => recordPaperAdmission(trx, req, op, ctx.caller.desk, ctx.now));
  },

  'scores.sheet': (req, ctx) => loadSheet(ctx.core.store.db, req.sessionId, req.part, requireOperator(ctx)),

  'scores.enter': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    const env = await ruleEnvFor(db);
    await db.transaction().execute(async (trx) => enterScore(trx, await context(trx, req.appointmentId, req.part), req, op, ctx.now, env));
    return rowOf(db, req.appointmentId, req.part, op);
  },

  'scores.resolve': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    const env = await ruleEnvFor(db);
    await db.transaction().execute(async (trx) => resolveScore(trx, await context(trx, req.appointmentId, req.part), req, op, ctx.now, env));
    return rowOf(db, req.appointmentId, req.part, op);
  },

  'scores.release': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    const env = await ruleEnvFor(db);
    return db.transaction().execute(async (trx) => {
      const held = await heldResultsOfSession(trx, req.sessionId, req.part);
      const zone = await centerZone(trx);
      let released = 0;
      const releasedAppointments: number[] = [];
      for (const r of held) {
        // RES-2: a result is released from 00:00 (center time) of its release date.
        if (ctx.now.getTime() < localMidnight(r.release_date, zone)) continue;
        await markReleased(trx, r.id, ctx.now.toISOString(), op.id);
        released++;
        releasedAppointments.push(r.appointment_id);
      }
      await refreshCertificates(trx, await candidatesOfAppointments(trx, releasedAppointments), { now: ctx.now, timeZone: zone, env, operatorId: op.id });
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: op.id,
        action: 'scores.release',
        subjectType: 'session',
        subjectId: req.sessionId,
        detail: { part: req.part, released, notYet: held.length - released },
      });
      return { released, notYet: held.length - released };
    });
  },

  'scores.correct': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    // Read before the transaction: the store has one connection, which the transaction holds.
    const env = await ruleEnvFor(db);
    const zone = await requestZone(ctx);
    return db.transaction().execute(async (trx) => {
      const old = await resultById(trx, req.resultId);
      if (!old || old.state !== 'released') throw new DomainError('CONFLICT', 'Only a released result is corrected; a held one is re-entered.', { key: 'scores.correctReleased' });
      if (req.value !== null && req.value > old.max_score)
        throw new DomainError('VALIDATION', `The score ${req.value} is above the maximum of ${old.max_score}.`, { key: 'scores.aboveMax', params: { value: req.value, max: old.max_score } });
      if (req.absent !== (req.value === null)) throw new DomainError('VALIDATION', 'An absent candidate has no score; a present one has a score.', { key: 'scores.absentNoScore' });
      await markSuperseded(trx, old.id);
      const created = await insertResult(trx, {
        ...old,
        id: undefined,
        value: req.value,
        absent: req.absent ? 1 : 0,
        passed: !req.absent && req.value !== null && req.value >= old.pass_score ? 1 : 0,
        state: 'released',
        released_at: ctx.now.toISOString(),
        released_by: op.id,
        corrects_id: old.id,
        reason: req.reason,
        created_at: ctx.now.toISOString(),
        created_by: op.id,
      });
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'scores.correct', subjectType: 'result', subjectId: old.id, detail: { from: old.value, to: req.value, reason: req.reason } });
      await refreshCertificates(trx, await candidatesOfAppointments(trx, [old.appointment_id]), { now: ctx.now, timeZone: zone, env, operatorId: op.id });
      return toView(created);
    });
  },

  'scores.cancel': async (req, ctx) => {
    const db = ctx.core.store.db;
    const op = requireOperator(ctx);
    // Read before the transaction: the store has one connection, which the transaction holds.
    const env = await ruleEnvFor(db);
    const zone = await requestZone(ctx);
    return db.transaction().execute(async (trx) => {
      const old = await resultById(trx, req.resultId);
      if (!old || (old.state !== 'held' && old.state !== 'released')) throw new DomainError('CONFLICT', 'Only a live result can be cancelled.', { key: 'scores.cancelLive' });
      await markSuperseded(trx, old.id);
      const created = await insertResult(trx, { ...old, id: undefined, passed: 0, state: 'cancelled', corrects_id: old.id, reason: req.reason, created_at: ctx.now.toISOString(), created_by: op.id });
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'scores.cancel', subjectType: 'result', subjectId: old.id, detail: { rule: 'RES-5', reason: req.reason } });
      await refreshCertificates(trx, await candidatesOfAppointments(trx, [old.appointment_id]), { now: ctx.now, timeZone: zone, env, operatorId: op.id });
      return toView(created);
    });
  },

  'scores.results': async (req, ctx) => candidateResults(ctx.core.store.db, req.sessionId, ctx.now),
  'scores.stats': async (req, ctx) => subjectStats(ctx.core.store.db, req.sessionId),
  'scores.certificates': async (req, ctx) => certificatesOf(ctx.core.store.db, req.query, ctx.now),
  'scores.importPreview': async (req, ctx) => (await checkScoreFile(ctx.core.store.db, req.fileName, new Uint8Array(Buffer.from(req.base64, 'base64')))).preview,
  'scores.importApply': async (req, ctx) => {
    const db = ctx.core.store.db;
    return importScoreFile(db, { fileName: req.fileName, bytes: new Uint8Array(Buffer.from(req.base64, 'base64')) }, requireOperator(ctx), ctx.now, await ruleEnvFor(db));
  },
};
