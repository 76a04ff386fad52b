/**
 * Holds a desk's commit at the center, so a scenario can act at an exact point of a claim instead of
 * racing it: a deferred constraint trigger on center_checkins (test-only, on the scenario's throwaway
 * database) takes a shared advisory lock at COMMIT, for one admission code or for every one, while
 * the test holds that lock exclusively on its own session. The desk's COMMIT then waits inside the
 * server until release(); the test sees it waiting in pg_locks.
 */
import pg from 'pg';

const LOCK = 1919;

export interface CommitHold {
  /** A desk's COMMIT is waiting on the hold. */
  waiting(): Promise<boolean>;
  /** Lets the held COMMIT(s) finish and removes the trigger. */
  release(): Promise<void>;
}

export async function holdCommits(centerUrl: string, admissionCode: string | null): Promise<CommitHold> {
  const client = new pg.Client({ connectionString: centerUrl });
  client.on('error', () => {});
  await client.connect();
  await client.query(`create or replace function scenario_hold() returns trigger language plpgsql as $$
    begin
      if tg_argv[0] = '' or new.admission_code = tg_argv[0] then perform pg_advisory_xact_lock_shared(${LOCK}); end if;
      return null;
    end $$`);
  await client.query('drop trigger if exists scenario_hold on center_checkins');
  // The code is a plain admission code of the demo day (letters and digits), passed as a trigger argument.
  if (admissionCode !== null && !/^[A-Za-z0-9-]+$/.test(admissionCode)) throw new Error(`not a plain admission code: ${admissionCode}`);
  await client.query(`create constraint trigger scenario_hold after insert on center_checkins deferrable initially deferred for each row execute function scenario_hold('${admissionCode ?? ''}')`);
  await client.query('select pg_advisory_lock($1)', [LOCK]);
  return {
    async waiting() {
      const r = await client.query<{ n: string }>(`select count(*) as n from pg_locks where locktype = 'advisory' and objid = $1 and not granted`, [LOCK]);
      return Number(r.rows[0]!.n) > 0;
    },
    async release() {
      await client.query('select pg_advisory_unlock($1)', [LOCK]);
      await client.query('drop trigger if exists scenario_hold on center_checkins');
      await client.end();
    },
  };
}
