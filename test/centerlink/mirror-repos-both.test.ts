import { expect, test } from 'vitest';
import type { CenterCheckinsTable } from '../../electron/centerserver/center-schema';
import { mirrorCenterAdmission, mirrorCursor, setMirrorCursor } from '../../electron/centerlink/mirror-repo';
import { heldHere } from '../../electron/centerlink/release-queue-repo';
import { insertCheckIn } from '../../electron/checkin/check-ins-repo';
import { appendIdCheck } from '../../electron/idlog/append';
import { describeEachDialect } from '../support/each-dialect';
import { seedOperator } from '../support/leg-seed';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';
const center = (code: string, o: Partial<CenterCheckinsTable> = {}): CenterCheckinsTable => ({
  admission_code: code,
  nonce: 'n-b-1',
  desk: 'desk-b',
  operator: 'proctor-b',
  desk_at: '2026-12-05T01:01:00.000Z',
  received_at: '2026-12-05T01:01:01.000Z',
  offline: 0,
  forced: 0,
  override_reason: null,
  ...o,
});

describeEachDialect("the desk's mirror of other desks' admissions and its release check (#19: the same Kysely code on both dialects)", (leg) => {
  test("DAY-8 across desks: another desk's admission is mirrored once, follows a kept-second decision, goes when released; this desk's own admission is never touched", async () => {
    const db = await leg.open();
    const a = await seedAppointment(db);
    const b = await seedAppointment(db, { name: '李娜', startsAt: '2026-12-05T06:00:00.000Z' });
    const [codeA, codeB] = (await db.selectFrom('appointments').select('admission_code').orderBy('id').execute()).map((r) => r.admission_code);
    const mirror = (code: string, c: CenterCheckinsTable | undefined) => db.transaction().execute((trx) => mirrorCenterAdmission(trx, code, c, { desk: 'desk-a', at }));

    expect(await mirror(codeA!, center(codeA!))).toBe('mirrored');
    expect(await mirror(codeA!, center(codeA!))).toBe('unchanged');
    await expect(
      db.insertInto('check_ins').values({ appointment_id: a.appointmentId, operator_id: null, desk: 'desk-c', admitted_at: at, operator_name: 'x', center_nonce: 'n-c', mirrored_at: at }).execute(),
    ).rejects.toThrow(/unique/i);
    expect(await mirror(codeA!, center(codeA!, { nonce: 'n-c-2', desk: 'desk-c', operator: 'proctor-c' }))).toBe('followed');
    expect(await db.selectFrom('check_ins').select(['appointment_id', 'operator_id', 'desk', 'operator_name', 'center_nonce']).execute()).toEqual([
      { appointment_id: a.appointmentId, operator_id: null, desk: 'desk-c', operator_name: 'proctor-c', center_nonce: 'n-c-2' },
    ]);
    expect(await mirror(codeA!, undefined)).toBe('removed');
    expect(await mirror('NO-SUCH-CODE', center('NO-SUCH-CODE'))).toBe('unknown');

    const op = await seedOperator(db);
    await db.transaction().execute(async (trx) => {
      await insertCheckIn(trx, { appointment_id: b.appointmentId, operator_id: op, desk: 'desk-a', admitted_at: at, override_reason: null });
      await appendIdCheck(trx, { appointmentId: b.appointmentId, operatorId: op, desk: 'desk-a', checkedAt: at, kind: 'admission', checks: { nonce: 'n-a-1' }, outcome: 'admitted', ruleIds: [] });
    });
    expect(await mirror(codeB!, center(codeB!))).toBe('own');
    expect([await heldHere(db, codeB!, 'n-a-1'), await heldHere(db, codeB!, 'n-other'), await heldHere(db, codeA!, 'n-a-1')]).toEqual([true, false, false]);
    expect((await db.selectFrom('audit_log').select('action').orderBy('seq').execute()).map((r) => r.action)).toEqual(['checkin.mirrored', 'checkin.mirrored', 'checkin.unmirrored']);

    expect(await mirrorCursor(db)).toBe(0);
    await db.transaction().execute((trx) => setMirrorCursor(trx, 7, at));
    await db.transaction().execute((trx) => setMirrorCursor(trx, 12, at));
    expect(await mirrorCursor(db)).toBe(12);
  });
});
