import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmitResult, RecordIdCheckResult } from '../../shared/checkin/types';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, logText, openCheckinDesk, passingCheck, type CheckinDesk } from './support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** A desk at 08:20 center time (00:20Z) before the 09:00 session, with one known candidate. */
async function morning() {
  desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  const zw = await addCandidate(desk, { seat: 'B02' });
  const proctor = await desk.as('proctor1');
  return { desk, zw, proctor };
}

const checkIns = (d: CheckinDesk, appointmentId: number) => d.core.store.db.selectFrom('check_ins').selectAll().where('appointment_id', '=', appointmentId).execute();

describe('admission at the desk', () => {
  test('DAY-8 the same admission sent twice at the same moment creates one check-in; the repeat says who admitted', async () => {
    const { desk, zw, proctor } = await morning();
    await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw), proctor);
    const nonce = randomUUID();
    const [a, b] = await Promise.all([
      desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce }, proctor),
      desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce }, proctor),
    ]);
    expect([a.status, b.status].sort()).toEqual(['admitted', 'already-admitted']);
    const repeat = (a.status === 'already-admitted' ? a : b) as Extract<AdmitResult, { status: 'already-admitted' }>;
    expect(repeat.sameRequest).toBe(true);
    expect(repeat.by).toBe('李监考');
    expect(await checkIns(desk, zw.appointmentId)).toHaveLength(1);
  });

  test('DAY-8 two desks admitting the same candidate concurrently (different nonces) still make one check-in', async () => {
    const { desk, zw, proctor } = await morning();
    const other = await desk.as('proctor2');
    await desk.call('checkin.recordIdCheck', passingCheck(zw), proctor);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, i % 2 ? other : proctor)));
    expect(results.filter((r) => r.status === 'admitted')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'already-admitted' && !r.sameRequest)).toHaveLength(5);
    expect(await checkIns(desk, zw.appointmentId)).toHaveLength(1);
  });

  test('without a passing identity check the candidate is refused, and the refusal is logged', async () => {
    const { desk, zw, proctor } = await morning();
    const r = await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    expect(r.status).toBe('refused');
    expect(await checkIns(desk, zw.appointmentId)).toHaveLength(0);
    const log = await desk.core.store.db.selectFrom('id_checks').select(['kind', 'outcome']).where('appointment_id', '=', zw.appointmentId).execute();
    expect(log).toEqual([{ kind: 'refusal', outcome: 'refused' }]);
  });

  test('DAY-1 after 08:30 a 09:00 candidate is refused with the rule id', async () => {
    const { desk, zw, proctor } = await morning();
    await desk.call('checkin.recordIdCheck', passingCheck(zw), proctor);
    desk.clock.set(new Date('2026-12-05T00:31:00Z'));
    const r = await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    expect(r).toMatchObject({ status: 'refused', ruleIds: expect.arrayContaining(['DAY-1']) });
  });

  test('DAY-3 an expired document is recorded as a failing check and the candidate cannot be admitted', async () => {
    const { desk, zw, proctor } = await morning();
    const rec = await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, { expiryDate: '2026-12-04' }), proctor);
    expect(rec).toMatchObject({ status: 'recorded', verdict: { outcome: 'refused', ruleIds: expect.arrayContaining(['DAY-3']) } });
    const r = await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    expect(r.status).toBe('refused');
  });

  test('DAY-5 a mainland ID whose check digit fails (one digit changed) is a recorded refusal, never an admission', async () => {
    const { desk, zw, proctor } = await morning();
    const wrong = zw.idNumber.slice(0, 5) + String((Number(zw.idNumber[5]) + 1) % 10) + zw.idNumber.slice(6);
    const r = await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, { documentNumber: wrong }), proctor);
    expect(r).toMatchObject({ status: 'recorded', verdict: { outcome: 'refused', ruleIds: expect.arrayContaining(['DAY-5']) } });
    const admit = await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    expect(admit.status).toBe('refused');
  });

  test('a number that cannot be an ID at all (impossible birth date) records nothing and says where', async () => {
    const { desk, zw, proctor } = await morning();
    const r = await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(zw, { documentNumber: '110101199013327571' }), proctor);
    expect(r).toMatchObject({ status: 'invalid-number' });
    expect(await desk.core.store.db.selectFrom('id_checks').select('id').execute()).toHaveLength(0);
  });

  test('the log and the audit hold only the masked number and a keyed hash, never the full number', async () => {
    const { desk, zw, proctor } = await morning();
    await desk.call('checkin.recordIdCheck', passingCheck(zw), proctor);
    await desk.call('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    const text = logText(desk);
    expect(text).toContain(`****${zw.idNumber.slice(-4)}`);
    expect(text).not.toContain(zw.idNumber);
  });

  test('DAY-8 is about the person: two bookings of the same document at 09:00 admit once; the second is refused naming the first booking', async () => {
    const { desk, zw, proctor } = await morning();
    const twin = await addCandidate(desk, { idNumber: zw.idNumber, bookingId: 'BKSECOND0001' });
    for (const x of [zw, twin]) await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(x), proctor);
    expect(await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor)).toMatchObject({ status: 'admitted' });
    const r = await desk.call<AdmitResult>('checkin.admit', { appointmentId: twin.appointmentId, nonce: randomUUID() }, proctor);
    expect(r).toMatchObject({ status: 'refused', ruleIds: ['DAY-8'], messageKey: 'refusal.samePersonAdmitted', params: { booking: zw.bookingId, by: '李监考' }, overridable: false });
    expect(await checkIns(desk, twin.appointmentId)).toHaveLength(0);
    const log = await desk.core.store.db.selectFrom('id_checks').select(['kind', 'rule_ids']).where('appointment_id', '=', twin.appointmentId).where('kind', '=', 'refusal').execute();
    expect(log).toEqual([{ kind: 'refusal', rule_ids: expect.stringContaining('DAY-8') }]);
  });

  test('DAY-8 two bookings of the same person admitted at the same moment from two desks: exactly one admitted, the other refused naming it', async () => {
    const { desk, zw, proctor } = await morning();
    const other = await desk.as('proctor2');
    const twin = await addCandidate(desk, { idNumber: zw.idNumber, bookingId: 'BKSECOND0002' });
    for (const x of [zw, twin]) await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(x), proctor);
    const [a, b] = await Promise.all([
      desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor),
      desk.call<AdmitResult>('checkin.admit', { appointmentId: twin.appointmentId, nonce: randomUUID() }, other),
    ]);
    expect([a.status, b.status].sort()).toEqual(['admitted', 'refused']);
    const refused = (a.status === 'refused' ? a : b) as Extract<AdmitResult, { status: 'refused' }>;
    const admittedBooking = a.status === 'admitted' ? zw.bookingId : twin.bookingId;
    expect(refused).toMatchObject({ ruleIds: ['DAY-8'], params: { booking: admittedBooking } });
    const rows = await desk.core.store.db.selectFrom('check_ins').select('appointment_id').where('appointment_id', 'in', [zw.appointmentId, twin.appointmentId]).execute();
    expect(rows).toHaveLength(1);
  });

  test('DAY-8 the same person in an overlapping 09:30 session is refused; in the 13:30 session (no overlap) admitted', async () => {
    const { desk, zw, proctor } = await morning();
    const overlapping = await addCandidate(desk, { idNumber: zw.idNumber, startsAt: '2026-12-05T01:30:00.000Z' });
    const afternoon = await addCandidate(desk, { idNumber: zw.idNumber, startsAt: '2026-12-05T05:30:00.000Z' });
    for (const x of [zw, overlapping]) await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(x), proctor);
    await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    const r = await desk.call<AdmitResult>('checkin.admit', { appointmentId: overlapping.appointmentId, nonce: randomUUID() }, proctor);
    expect(r).toMatchObject({ status: 'refused', ruleIds: ['DAY-8'], params: { booking: zw.bookingId } });
    // The desk clock moves to 12:50, before the afternoon's cut-off.
    desk.clock.set(new Date('2026-12-05T04:50:00Z'));
    await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(afternoon), proctor);
    expect(await desk.call<AdmitResult>('checkin.admit', { appointmentId: afternoon.appointmentId, nonce: randomUUID() }, proctor)).toMatchObject({ status: 'admitted' });
  });
});
