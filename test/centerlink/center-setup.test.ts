import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitPassword, withPassword } from '../../electron/centerlink/center-url';
import { joinCenter } from '../../electron/centerlink/join';
import { createCore } from '../../electron/app/create-core';
import { manualClock } from '../../electron/core/clock';
import { assignLease } from '../../electron/centerserver/leases-repo';
import { touchDesk } from '../../electron/centerserver/desks-repo';
import { openCenterPg } from '../../electron/centerserver/open-center';
import { latestSnapshot } from '../../electron/centerserver/snapshots-repo';
import { plainTable } from '../../electron/cli/center-command';
import { keyPathOf } from '../../electron/store/hash-key';
import { usePgCluster } from '../support/pg-cluster';
import { useTempDir } from '../support/temp-dir';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const desk = (args: string[], env: Record<string, string> = {}) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 170_000, env: { ...process.env, ...env } });
const SLOW = 240_000;

const tempDir = useTempDir('exam-desk-center-cli-');
const cluster = usePgCluster();

const count = (path: string, table: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('desk center (#19): init and status against a real PostgreSQL', () => {
  test(
    "center init --from takes a desk file as the day's working copy (the file and its hash key); center status lists desks, leases, conflicts and the chain",
    async () => {
      const dir = tempDir();
      const file = join(dir, 'day.sqlite');
      expect(desk(['demo', '--db', file, '--date', '2026-12-05']).status).toBe(0);
      const url = await cluster().createDatabase('center_cli');

      const init = desk(['center', 'init', '--url', url, '--from', file]);
      expect(init.stderr).toBe('');
      expect(init.status).toBe(0);
      expect(init.stdout).toMatch(/ok {6}center schema at postgres:\/\//);
      expect(init.stdout).toMatch(/snapshot 1 from/);

      const center = openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 });
      try {
        const snap = await latestSnapshot(center);
        expect(snap?.hashKey).toBe(readFileSync(keyPathOf(file), 'utf8').trim());
        // The bytes are the desk file: a SQLite database with the same candidates and appointments.
        const copy = join(dir, 'copy.sqlite');
        writeFileSync(copy, snap!.bytes);
        expect(count(copy, 'candidates')).toBe(count(file, 'candidates'));
        expect(count(copy, 'appointments')).toBe(count(file, 'appointments'));
        expect(count(copy, 'appointments')).toBeGreaterThan(10);

        await touchDesk(center, 'A', '2026-12-05T00:10:00.000Z');
        await touchDesk(center, 'B', '2026-12-05T00:11:00.000Z');
        await assignLease(center, { sessionKey: 'R1@2026-12-05T01:00:00.000Z', desk: 'A', by: 'manager1@A', at: '2026-12-05T00:12:00.000Z' });
      } finally {
        await center.destroy();
      }

      // The address may come from the environment; the password never shows (there is none here, the user does).
      const status = desk(['center', 'status'], { EXAM_DESK_CENTER_URL: url });
      expect(status.stderr).toBe('');
      expect(status.status).toBe(0);
      expect(status.stdout).toMatch(/^A +2026-12-05T00:10:00.000Z +2026-12-05T00:10:00.000Z$/m);
      expect(status.stdout).toMatch(/^B +/m);
      expect(status.stdout).toMatch(/^R1@2026-12-05T01:00:00.000Z +A$/m);
      expect(status.stdout).toMatch(/^open conflicts +0$/m);
      expect(status.stdout).toMatch(/^chain +ok \(\d+ entries\)$/m);
    },
    SLOW,
  );

  test(
    'a new desk that joins takes the center’s working copy (file and hash key) before its store opens, and its link is online; an unreachable center leaves it to start offline',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'day.sqlite');
      expect(desk(['demo', '--db', file, '--date', '2026-12-05']).status).toBe(0);
      const url = await cluster().createDatabase('center_join');
      expect(desk(['center', 'init', '--url', url, '--from', file]).status).toBe(0);

      const joined = join(dir, 'desk-b', 'desk.sqlite');
      const clock = manualClock(new Date('2026-12-05T00:30:00Z'));
      const lines: string[] = [];
      const center = await joinCenter({ url, desk: 'B', dbPath: joined, clock, log: (m) => lines.push(m) });
      expect({ reachable: center.reachable, seeded: center.seeded }).toEqual({ reachable: true, seeded: true });
      expect(readFileSync(keyPathOf(joined), 'utf8')).toBe(readFileSync(keyPathOf(file), 'utf8').trim());
      // The store opens the copy with its key (a missing or wrong key would stop the open) and holds the day.
      const core = await createCore(joined, { clock });
      try {
        const link = center.attach(core);
        expect(core.centerLink).toBe(link);
        await link.replayNow();
        expect(await link.status()).toMatchObject({ desk: 'B', online: true, outboxDepth: 0 });
        expect(
          Number(
            (
              await core.store.db
                .selectFrom('appointments')
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ).toBe(count(file, 'appointments'));
      } finally {
        await center.close();
        await core.store.close();
      }

      const lonely = join(dir, 'desk-c', 'desk.sqlite');
      const away = await joinCenter({ url: 'postgres://postgres@127.0.0.1:1/none', desk: 'C', dbPath: lonely, clock, timeoutMs: 2000, log: (m) => lines.push(m) });
      expect({ reachable: away.reachable, seeded: away.seeded, file: existsSync(lonely) }).toEqual({ reachable: false, seeded: false, file: false });
      expect(lines.at(-1)).toMatch(/did not answer .* the desk starts offline from its own file/);
      await away.close();
      await expect(joinCenter({ url, desk: 'no spaces', dbPath: lonely, clock })).rejects.toThrow(/not a desk name/);
    },
    SLOW,
  );

  test('the desktop app keeps the password apart: split off and put back, any character', () => {
    expect(splitPassword('postgres://exam:s3cr%40t%2F@center.lan:5432/day')).toEqual({ url: 'postgres://exam@center.lan:5432/day', password: 's3cr@t/' });
    expect(splitPassword('postgres://exam@center.lan:5432/day')).toEqual({ url: 'postgres://exam@center.lan:5432/day', password: null });
    expect(splitPassword(withPassword('postgres://exam@center.lan:5432/day', 'p@ss:w/rd?#'))).toEqual({ url: 'postgres://exam@center.lan:5432/day', password: 'p@ss:w/rd?#' });
  });

  test('center without an address or with an unknown step says what is needed (exit 2)', () => {
    const none = desk(['center', 'status'], { EXAM_DESK_CENTER_URL: '' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('--url URL (or EXAM_DESK_CENTER_URL) is required');
    const bad = desk(['center', 'launch', '--url', 'postgres://x@127.0.0.1:1/db']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('init or status?');
  });

  test('a plain table pads every column to its widest cell', () => {
    expect(
      plainTable(
        ['desk', 'x'],
        [
          ['A', '1'],
          ['long-name', '22'],
        ],
      ),
    ).toBe(['desk       x', '---------  --', 'A          1', 'long-name  22'].join('\n'));
  });
});
