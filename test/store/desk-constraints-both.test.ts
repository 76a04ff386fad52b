import type { Kysely } from 'kysely';
import { expect, test } from 'vitest';
import type { DB } from '../../electron/store/schema';
import { describeEachDialect } from '../support/each-dialect';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';

async function operator(db: Kysely<DB>, username = 'p1') {
  return (await db.insertInto('operators').values({ username, display_name: username, role: 'proctor', password_hash: 'x', created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
}

const link = (n: number) => ({ prev_hash: `p${n}`.padEnd(64, '0'), hash: `h${n}`.padEnd(64, '0') });

describeEachDialect("the desk's tables keep their own invariants (#19: the PostgreSQL migrations enforce what SQLite's do)", (leg) => {
  test('DAY-8: a second check-in of the same appointment is refused by the database, the first stays', async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db);
    const op = await operator(db);
    await db.insertInto('check_ins').values({ appointment_id: appointmentId, operator_id: op, desk: 'desk-1', admitted_at: at }).execute();
    await expect(db.insertInto('check_ins').values({ appointment_id: appointmentId, operator_id: op, desk: 'desk-2', admitted_at: at }).execute()).rejects.toThrow(/unique/i);
    expect(await db.selectFrom('check_ins').select(['appointment_id', 'desk']).execute()).toEqual([{ appointment_id: appointmentId, desk: 'desk-1' }]);
  });

  test('DAY-8: the same person (one document hash on two candidate rows) is not admitted twice in overlapping sessions; a later session is fine', async () => {
    const db = await leg.open();
    const a = await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z' });
    const b = await seedAppointment(db, { startsAt: '2026-12-05T02:00:00.000Z' });
    const c = await seedAppointment(db, { startsAt: '2026-12-05T06:00:00.000Z' });
    const candidateOf = async (id: number) => (await db.selectFrom('appointments').select('candidate_id').where('id', '=', id).executeTakeFirstOrThrow()).candidate_id;
    await db
      .updateTable('candidates')
      .set({ id_hash: 'one-document' })
      .where('id', 'in', [await candidateOf(a.appointmentId), await candidateOf(b.appointmentId), await candidateOf(c.appointmentId)])
      .execute();
    const op = await operator(db);
    const admit = (id: number) => db.insertInto('check_ins').values({ appointment_id: id, operator_id: op, desk: 'desk-1', admitted_at: at }).execute();
    await admit(a.appointmentId);
    await expect(admit(b.appointmentId)).rejects.toThrow(/DAY-8: this person is already admitted/);
    await admit(c.appointmentId);
    expect((await db.selectFrom('check_ins').select('appointment_id').orderBy('appointment_id').execute()).map((r) => r.appointment_id)).toEqual([a.appointmentId, c.appointmentId]);
  });

  test('the audit log and the ID log are append-only: UPDATE and DELETE are refused and the rows stay as written', async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db);
    const op = await operator(db);
    await db
      .insertInto('audit_log')
      .values({ at, operator_id: op, action: 'test.write', subject_type: null, subject_id: null, detail_json: '{}', ...link(1) })
      .execute();
    await db
      .insertInto('id_checks')
      .values({ appointment_id: appointmentId, operator_id: op, desk: 'desk-1', checked_at: at, kind: 'identity', checks_json: '[]', outcome: 'ok', rule_ids: '', ...link(1) })
      .execute();
    await expect(db.updateTable('audit_log').set({ action: 'rewritten' }).execute()).rejects.toThrow(/audit_log is append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/audit_log is append-only/);
    await expect(db.updateTable('id_checks').set({ outcome: 'rewritten' }).execute()).rejects.toThrow(/id_checks is append-only/);
    await expect(db.deleteFrom('id_checks').execute()).rejects.toThrow(/id_checks is append-only/);
    expect((await db.selectFrom('audit_log').select('action').execute()).map((r) => r.action)).toEqual(['test.write']);
    expect((await db.selectFrom('id_checks').select('outcome').execute()).map((r) => r.outcome)).toEqual(['ok']);
    // An unforkable chain (#14.1): a second link to the same previous hash is refused.
    await expect(
      db
        .insertInto('audit_log')
        .values({ at, operator_id: op, action: 'fork', subject_type: null, subject_id: null, detail_json: '{}', ...link(1), hash: 'other'.padEnd(64, '0') })
        .execute(),
    ).rejects.toThrow(/unique/i);
  });

  test('RES-5: a released result is locked (its value cannot change, it is never deleted); held -> released -> superseded is allowed', async () => {
    const db = await leg.open();
    const { appointmentId } = await seedAppointment(db);
    const op = await operator(db);
    const row = { appointment_id: appointmentId, part: 'theory', value: 70, absent: 0, max_score: 100, pass_score: 60, passed: 1, release_date: '2026-12-10', created_at: at, created_by: op };
    const { id } = await db
      .insertInto('results')
      .values({ ...row, state: 'held' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      db
        .insertInto('results')
        .values({ ...row, state: 'held' })
        .execute(),
    ).rejects.toThrow(/unique/i);
    await db.updateTable('results').set({ state: 'released', released_at: at, released_by: op }).where('id', '=', id).execute();
    await expect(db.updateTable('results').set({ value: 90 }).where('id', '=', id).execute()).rejects.toThrow(/a released result is locked/);
    await expect(db.deleteFrom('results').where('id', '=', id).execute()).rejects.toThrow(/results are never deleted/);
    await db.updateTable('results').set({ state: 'superseded' }).where('id', '=', id).execute();
    expect(await db.selectFrom('results').select(['state', 'value']).execute()).toEqual([{ state: 'superseded', value: 70 }]);
  });

  test('an incident report is never rewritten, is closed once with all three closing fields, and is never deleted', async () => {
    const db = await leg.open();
    const { sessionId } = await seedAppointment(db);
    const op = await operator(db);
    const { id } = await db
      .insertInto('incidents')
      .values({ session_id: sessionId, appointment_id: null, kind: 'other', occurred_at: at, text: 'a fire drill', recorded_by: op, recorded_at: at, desk: 'desk-1' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(db.updateTable('incidents').set({ text: 'rewritten' }).where('id', '=', id).execute()).rejects.toThrow(/never rewritten/);
    await expect(db.updateTable('incidents').set({ closed_at: at }).where('id', '=', id).execute()).rejects.toThrow(/check|incidents_closed_together/i);
    await db.updateTable('incidents').set({ closed_at: at, closed_by: op, resolution: 'done' }).where('id', '=', id).execute();
    await expect(db.updateTable('incidents').set({ resolution: 'again' }).where('id', '=', id).execute()).rejects.toThrow(/closed one stays closed/);
    await expect(db.deleteFrom('incidents').execute()).rejects.toThrow(/never deleted/);
    expect(await db.selectFrom('incidents').select(['text', 'resolution']).execute()).toEqual([{ text: 'a fire drill', resolution: 'done' }]);
  });
});
