import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m20261125001 from './2026-11-25-001-initial';
import * as m20261125040 from './2026-11-25-040-results';
import * as m20261125050 from './2026-11-25-050-outbox';
import * as m20261125060 from './2026-11-25-060-seating';
import * as m20261130070 from './2026-11-30-070-chain-unique';
import * as m20261130080 from './2026-11-30-080-one-admission-per-person';
import * as m20261130100 from './2026-11-30-100-center-setup';
import * as m20261130120 from './2026-11-30-120-incidents';
import * as m20261130130 from './2026-11-30-130-center-link';
import * as m20261130140 from './2026-11-30-140-center-mirror';

/**
 * Every migration, registered statically (no directory scan: the bundled app has no folder to
 * read). Names are date-prefixed and sort in the order they must run. Add new files at the end.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-001-initial': m20261125001,
  '2026-11-25-040-results': m20261125040,
  '2026-11-25-050-outbox': m20261125050,
  '2026-11-25-060-seating': m20261125060,
  '2026-11-30-070-chain-unique': m20261130070,
  '2026-11-30-080-one-admission-per-person': m20261130080,
  '2026-11-30-100-center-setup': m20261130100,
  '2026-11-30-120-incidents': m20261130120,
  '2026-11-30-130-center-link': m20261130130,
  '2026-11-30-140-center-mirror': m20261130140,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
