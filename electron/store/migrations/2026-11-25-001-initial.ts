import type { Kysely } from 'kysely';
import { createAppointmentTables } from './initial/appointments';
import { createAuditLog } from './initial/audit';
import { createCandidateTables } from './initial/candidates';
import { createDeskTables } from './initial/desk';
import { createReferenceTables } from './initial/reference';
import { createRoomTables } from './initial/rooms';
import { createSeatAndScoreTables } from './initial/scores';

/**
 * FROZEN: the first schema of Exam Desk. Never edit an applied migration; add a new file.
 * Instants are TEXT ISO-8601 UTC; local dates are TEXT YYYY-MM-DD in the center's zone; money is
 * INTEGER fen. The tables are created by the modules of initial/, in this order (split for size in
 * #16; test/store/initial-migration-schema.test.ts proves the schema is the one this file always made).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await createReferenceTables(db);
  await createCandidateTables(db);
  await createRoomTables(db);
  await createAppointmentTables(db);
  await createDeskTables(db);
  await createSeatAndScoreTables(db);
  await createAuditLog(db);
}

export async function down(): Promise<void> {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
}
