import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import { createAppointmentTablesPg, createAuditLogPg, createDeskTablesPg, createSeatAndScoreTablesPg } from './initial-desk';
import { createCandidateTablesPg, createReferenceTablesPg, createRoomTablesPg } from './initial-reference';
import { chainUnique, oneAdmissionPerPerson, outbox, results, seating } from './later';
import { centerLink, centerSetup, incidents } from './later-center';
import { centerMirror } from './later-mirror';

const forwardOnly = async (): Promise<void> => {
  throw new Error('Exam Desk migrations are forward-only; restore a backup instead.');
};
const step = (up: (db: Kysely<unknown>) => Promise<void>): Migration => ({ up, down: forwardOnly });

/**
 * The desk's schema on PostgreSQL (#19): one twin per SQLite migration of
 * electron/store/migrations/index.ts, under the same name, in the same order. Only the DDL differs
 * (identity ids, bytea, plpgsql triggers; no STRICT). test/store/pg-schema-twin.test.ts compares the
 * two migrated schemas, so a SQLite migration without its twin here fails it. Add new twins at the end.
 */
export const pgMigrations: Record<string, Migration> = {
  '2026-11-25-001-initial': step(async (db) => {
    await createReferenceTablesPg(db);
    await createCandidateTablesPg(db);
    await createRoomTablesPg(db);
    await createAppointmentTablesPg(db);
    await createDeskTablesPg(db);
    await createSeatAndScoreTablesPg(db);
    await createAuditLogPg(db);
  }),
  '2026-11-25-040-results': step(results),
  '2026-11-25-050-outbox': step(outbox),
  '2026-11-25-060-seating': step(seating),
  '2026-11-30-070-chain-unique': step(chainUnique),
  '2026-11-30-080-one-admission-per-person': step(oneAdmissionPerPerson),
  '2026-11-30-100-center-setup': step(centerSetup),
  '2026-11-30-120-incidents': step(incidents),
  '2026-11-30-130-center-link': step(centerLink),
  '2026-11-30-140-center-mirror': step(centerMirror),
};

export const pgMigrationProvider: MigrationProvider = { getMigrations: async () => pgMigrations };
