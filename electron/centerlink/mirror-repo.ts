import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/audit-log';
import type { CenterCheckinsTable } from '../centerserver/center-schema';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';

/*
 * The desk's copy of the other desks' admissions (#19, DAY-8 across desks). A mirrored admission is
 * a check_ins row like this desk's own (so Today, the rosters, the door list, scores and the
 * 'already admitted' verdict see it), with operator_id null and the other desk's name, operator,
 * desk time and center nonce. This desk's own admissions are never overwritten by a mirror.
 */

/** What mirroring did with one appointment. */
export type MirrorOutcome = 'mirrored' | 'followed' | 'removed' | 'unchanged' | 'own' | 'unknown';

/**
 * Makes the desk's copy of one appointment follow the center's admission of it (undefined: the
 * center holds none), in the caller's transaction, with its audit entry: another desk's admission
 * is mirrored (or the mirror follows a kept-second decision); a mirror whose admission the center
 * no longer holds (released) is removed. This desk's own check-in stays as it is.
 */
export async function mirrorCenterAdmission(trx: Transaction<DB>, code: string, center: CenterCheckinsTable | undefined, o: { desk: string; at: string }): Promise<MirrorOutcome> {
  const appointment = await trx.selectFrom('appointments').select('id').where('admission_code', '=', code).executeTakeFirst();
  if (!appointment) return 'unknown';
  const local = await trx.selectFrom('check_ins').selectAll().where('appointment_id', '=', appointment.id).executeTakeFirst();
  if (local && local.mirrored_at === null) return 'own';
  const subject = { subjectType: 'appointment', subjectId: appointment.id } as const;
  if (!center || center.desk === o.desk) {
    if (!local) return 'unchanged';
    await trx.deleteFrom('check_ins').where('id', '=', local.id).execute();
    await appendAudit(trx, { at: o.at, operatorId: null, action: 'checkin.unmirrored', ...subject, detail: { admissionCode: code, removed: evidence(local), centerDesk: center?.desk ?? null } });
    return 'removed';
  }
  if (local?.center_nonce === center.nonce) return 'unchanged';
  const row = { desk: center.desk, admitted_at: center.desk_at, override_reason: center.override_reason, operator_name: center.operator, center_nonce: center.nonce, mirrored_at: o.at };
  if (local) {
    await trx.updateTable('check_ins').set(row).where('id', '=', local.id).execute();
  } else {
    await trx
      .insertInto('check_ins')
      .values({ appointment_id: appointment.id, operator_id: null, ...row })
      .execute();
  }
  const detail = {
    admissionCode: code,
    desk: center.desk,
    operator: center.operator,
    deskAt: center.desk_at,
    nonce: center.nonce,
    offline: center.offline === 1,
    forced: center.forced === 1,
    ...(local ? { replaced: evidence(local) } : {}),
  };
  await appendAudit(trx, { at: o.at, operatorId: null, action: 'checkin.mirrored', ...subject, detail });
  return local ? 'followed' : 'mirrored';
}

function evidence(r: { desk: string; operator_name: string | null; admitted_at: string; center_nonce: string | null }) {
  return { desk: r.desk, operator: r.operator_name, deskAt: r.admitted_at, nonce: r.center_nonce };
}

/** The center's audit seq up to which this desk has mirrored (0 before the first mirror). */
export async function mirrorCursor(db: Db): Promise<number> {
  const row = await db.selectFrom('center_mirror_cursor').select('audit_seq').where('id', '=', 1).executeTakeFirst();
  return row?.audit_seq ?? 0;
}

export async function setMirrorCursor(trx: Transaction<DB>, auditSeq: number, at: string): Promise<void> {
  await trx
    .insertInto('center_mirror_cursor')
    .values({ id: 1, audit_seq: auditSeq, synced_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ audit_seq: auditSeq, synced_at: at }))
    .execute();
}
