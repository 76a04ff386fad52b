/**
 * Closing a session's check-in window (DAY-1 / DAY-2): every booked appointment of the session
 * that was not admitted becomes 'no-show', with an 'absent' record in the id_checks log. Refused
 * while any appointment's window is still open; a repeat marks nobody twice. On a desk joined to a
 * center (#19), a candidate the center holds an admission for (admitted at another desk, DAY-8) is
 * not absent; while the center cannot be reached, closing is refused rather than guessed.
 */
import type { AbsentEntry, CloseWindowResult } from '../../shared/checkin/types';
import { appendAudit } from '../audit/audit-log';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { appendIdCheck } from '../idlog/append';
import { localText } from './center-day';
import { checkInWindow, profileOf } from './check-in-window';
import { checkinRuleEnv } from './rule-env';
import { bookedOrNoShowIn, examSessionStart, markNoShow } from './check-ins-repo';
import { requestZone } from '../core/request-zone';
import type { AdmittedBy } from '../centerserver/ledger-repo';

export async function closeWindow(sessionId: number, ctx: HandlerContext): Promise<CloseWindowResult> {
  const op = requireOperator(ctx);
  const db = ctx.core.store.db;
  const timeZone = await requestZone(ctx);
  const env = await checkinRuleEnv(db);
  const now = ctx.now.getTime();
  const at = ctx.now.toISOString();
  const center = await centerAdmissions(ctx, sessionId);

  return db.transaction().execute(async (trx) => {
    const session = await examSessionStart(trx, sessionId);
    if (!session) throw new DomainError('NOT_FOUND', `No exam session with id ${sessionId}.`);
    const rows = await bookedOrNoShowIn(trx, [sessionId]);

    const windows = rows.map((r) => ({
      r,
      w: checkInWindow(profileOf(env.profiles, r.profile_id, { paidAt: r.paid_at, startsAt: r.starts_at }), Date.parse(r.starts_at)),
    }));
    const ruled = windows.filter((x) => x.w !== null);
    const boundary = ruled.length > 0 ? Math.max(...ruled.map((x) => x.w!.boundary)) : Date.parse(session.starts_at);
    const open = ruled.find((x) => !x.w!.closed(now));
    if (open) {
      const last = ruled.filter((x) => !x.w!.closed(now)).map((x) => x.w!.boundary);
      const until = localText(new Date(Math.max(...last)).toISOString(), timeZone);
      throw new DomainError('REFUSED', `The check-in window of this session is still open (${open.w!.ruleId}): candidates arriving until ${until} may still be admitted.`, {
        key: 'checkin.windowOpen',
        params: { rule: open.w!.ruleId, until },
      });
    }
    if (center === 'offline') {
      throw new DomainError('REFUSED', 'The center cannot be reached: closing check-in now could mark candidates admitted at other desks absent. Try again when the badge says connected.', {
        key: 'checkin.closeWindowCenterOffline',
      });
    }

    const absent: AbsentEntry[] = [];
    const marked: number[] = [];
    for (const { r, w } of ruled) {
      if (r.check_in_id !== null || w === null) continue;
      // Admitted at another desk of the center: not absent (DAY-8 across desks).
      if (center?.has(r.admission_code)) continue;
      const newlyMarked = r.state === 'booked';
      if (newlyMarked) {
        await markNoShow(trx, r.id);
        await appendIdCheck(trx, {
          appointmentId: r.id,
          operatorId: op.id,
          desk: ctx.caller.desk,
          checkedAt: at,
          kind: 'absent',
          checks: { sessionId, windowClosedAt: new Date(w.boundary).toISOString() },
          outcome: 'absent',
          ruleIds: [w.ruleId],
        });
        marked.push(r.id);
      }
      absent.push({ appointmentId: r.id, admissionCode: r.admission_code, candidateName: r.name, ruleId: w.ruleId, newlyMarked });
    }
    if (marked.length > 0) {
      await appendAudit(trx, {
        at,
        operatorId: op.id,
        action: 'checkin.closeWindow',
        subjectType: 'exam_session',
        subjectId: sessionId,
        detail: { absent: marked.length, appointmentIds: marked, desk: ctx.caller.desk },
      });
    }
    const closedAt = new Date(boundary).toISOString();
    return {
      sessionId,
      windowClosedAt: closedAt,
      windowClosedLocal: localText(closedAt, timeZone),
      absent,
      newlyMarked: marked.length,
    };
  });
}

/**
 * On a joined desk, the admissions the center holds among the session's appointments not admitted
 * here, asked before the local transaction; 'offline' when the center does not answer; null on a
 * desk working alone.
 */
async function centerAdmissions(ctx: HandlerContext, sessionId: number): Promise<Map<string, AdmittedBy> | 'offline' | null> {
  const link = ctx.core.centerLink;
  if (!link) return null;
  const rows = await bookedOrNoShowIn(ctx.core.store.db, [sessionId]);
  const codes = rows.filter((r) => r.check_in_id === null).map((r) => r.admission_code);
  if (codes.length === 0) return new Map();
  const answer = await link.admittedAmong(codes);
  return answer.offline ? 'offline' : answer.admitted;
}
