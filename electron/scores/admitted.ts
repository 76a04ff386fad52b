import type { Transaction } from 'kysely';
import { DomainError } from '../core/errors';
import type { DB } from '../store/schema';
import type { Db } from '../store/db';
import { candidateOfAppointment, checkInOf } from './admission-repo';

/** Whether the appointment has a check-in (DAY-8: admitted at the desk, or from the signed paper sheet). */
export async function isAdmitted(db: Db, appointmentId: number): Promise<boolean> {
  return (await checkInOf(db, appointmentId)) !== undefined;
}

/**
 * #18.5: scores only for admitted candidates. A candidate never admitted sat no exam: the only
 * thing recorded for them is "absent". Checked inside the transaction that writes the score (entry,
 * resolution, import), so an admission cannot be taken away between the check and the write.
 */
export async function assertScoreAllowed(trx: Transaction<DB>, appointmentId: number, input: { absent: boolean }): Promise<void> {
  if (input.absent || (await isAdmitted(trx, appointmentId))) return;
  const who = await candidateOfAppointment(trx, appointmentId);
  const name = who?.name ?? String(appointmentId);
  throw new DomainError(
    'REFUSED',
    `${name} was never admitted to this session (no check-in), so no score can be recorded, only "absent". If the day ran on the paper fallback pack, a manager first records the admission from the signed sheet.`,
    { key: 'scores.notAdmitted', params: { name } },
  );
}
