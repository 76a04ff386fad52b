import type { Kysely } from 'kysely';
import type { Clock } from '../../../electron/core/clock';
import type { Core } from '../../../electron/core/context';
import type { buildRegistry } from '../../../electron/app/build-registry';
import type { DB } from '../../../electron/store/schema';
import type { Figure } from '../measure';
import type { SyntheticCenter } from '../synthetic-center';
import { admissionMeasure } from './admission';
import { centerMeasure } from './center';
import { dashboardMeasure } from './dashboard';
import { importMeasure } from './import';
import { lookupMeasure } from './lookup';
import { rosterMeasure } from './roster';
import { scanMeasure } from './scan';
import { seatPlanMeasure } from './seat-plan';
import { startMeasure } from './start';
import { storeMeasure } from './store';

export interface BenchContext {
  core: Core;
  registry: ReturnType<typeof buildRegistry>;
  center: SyntheticCenter;
  dbPath: string;
  dir: string;
  clock: Clock & { set(d: Date): void };
  log(line: string): void;
}

export interface Measure {
  name: string;
  /** The name of a measure this one runs after (it leaves the database as this one needs it); `--only` brings it along. */
  after?: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export type Db = Kysely<DB>;

/** Every measure, in the order they run. A domain adds its own file here. */
export const measures: Measure[] = [lookupMeasure, admissionMeasure, seatPlanMeasure, storeMeasure, dashboardMeasure, scanMeasure, rosterMeasure, importMeasure, startMeasure, centerMeasure];
