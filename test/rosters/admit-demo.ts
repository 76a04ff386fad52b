import { randomUUID } from 'node:crypto';
import type { Caller } from '../../electron/core/session';
import type { TestDesk } from '../support/test-core';

/**
 * Admits demo candidates through the real desk path (identity check, then admission) at the desk
 * clock's time. Only mainland ID holders (the check needs an 18-digit number) not yet admitted; those
 * the rules refuse are passed over; returns who was admitted.
 */
export async function admitDemo(desk: TestDesk, caller: Caller, sessionId: number, count: number) {
  const people = await desk.core.store.db
    .selectFrom('appointments as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .where('a.session_id', '=', sessionId)
    .where('a.state', '=', 'booked')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('check_ins').whereRef('check_ins.appointment_id', '=', 'a.id').select('check_ins.id'))))
    .select(['a.id', 'c.name', 'c.id_number', 'c.id_last4'])
    .orderBy('a.id')
    .execute();
  const admitted: { appointmentId: number; name: string; last4: string }[] = [];
  for (const p of people.filter((x) => /^\d{17}[\dX]$/.test(x.id_number ?? ''))) {
    if (admitted.length === count) break;
    const check = await desk.registry.invoke(
      'checkin.recordIdCheck',
      { appointmentId: p.id, documentType: 'CN_ID', documentNumber: p.id_number!, expiryDate: '2035-01-01', originalPresented: true, nameOnDocument: p.name, photoMatches: true, staffCheck: 'pass' },
      caller,
    );
    if (!check.ok) throw new Error(`identity check failed: ${JSON.stringify(check)}`);
    const r = await desk.registry.invoke('checkin.admit', { appointmentId: p.id, nonce: randomUUID() }, caller);
    if (!r.ok) throw new Error(`admission failed: ${JSON.stringify(r)}`);
    // The demo day holds deliberate refusals (an expired order, a wrong subject...): the next one comes.
    if ((r.value as { status: string }).status !== 'admitted') continue;
    admitted.push({ appointmentId: p.id, name: p.name, last4: p.id_last4 });
  }
  if (admitted.length < count) throw new Error(`only ${admitted.length} of ${count} could be admitted`);
  return admitted;
}
