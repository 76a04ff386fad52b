import { seedAppointment } from '../support/seed';
import type { TestDesk } from '../support/test-core';

type SeedOptions = NonNullable<Parameters<typeof seedAppointment>[1]>;

/**
 * A seeded appointment whose candidate was admitted (a check-in row, as the desk's admission writes
 * it): scores are taken only for admitted candidates (#18.5). The admission path itself is tested in
 * test/checkin; here it is the precondition of scoring.
 */
export async function seedAdmitted(desk: TestDesk, o: SeedOptions = {}): Promise<{ appointmentId: number; sessionId: number }> {
  const a = await seedAppointment(desk.core.store.db, o);
  await admit(desk, a.appointmentId);
  return a;
}

export async function admit(desk: TestDesk, appointmentId: number): Promise<void> {
  await desk.as('proctor');
  const db = desk.core.store.db;
  const op = await db.selectFrom('operators').select('id').orderBy('id').executeTakeFirstOrThrow();
  const appt = await db.selectFrom('appointments').select('starts_at').where('id', '=', appointmentId).executeTakeFirstOrThrow();
  const at = new Date(Date.parse(appt.starts_at) - 20 * 60_000).toISOString();
  await db.insertInto('check_ins').values({ appointment_id: appointmentId, operator_id: op.id, desk: 'desk-1', admitted_at: at, override_reason: null }).execute();
}
