import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEDGER_ADMISSION_HEADER, LEDGER_CONFLICT_HEADER } from '../../electron/centerserver/ledger-export';
import { claimOnline, claimReplay } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterPg } from '../../electron/centerserver/open-center';
import { readCsv } from '../../shared/exchange/csv-read';
import { useTempDir } from '../support/temp-dir';
import { claim, SLOW, useCenterLegs } from './center-legs';

const legs = useCenterLegs();
const outDir = useTempDir('exam-desk-center-export-');

function desk(args: string[]) {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  return spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: SLOW, env: { ...process.env, EXAM_DESK_CENTER_URL: '' } });
}

/** A CSV file the export wrote: UTF-8 with BOM, read back as header and rows. */
function readBack(path: string): { header: string[]; rows: string[][] } {
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = readCsv(text.slice(1)).map((r) => r.cells);
  return { header: header!, rows };
}

describe('`desk center export` against a real PostgreSQL center (#19)', () => {
  test('two admissions from two desks and one conflict: the CSVs read back hold exactly those rows, desks and local times in the zone; --date keeps one local day', { timeout: SLOW * 2 }, async () => {
    const url = await legs.pgUrl();
    const db = legs.track(openCenterPg(url, { connectTimeoutMs: 30_000, queryTimeoutMs: 60_000 }));
    await migrateCenter(db, 'postgres');
    const a = claim('A-1001', { desk: 'desk-1', operator: 'Wang, Fang', deskAt: '2026-11-30T01:15:02.120Z', receivedAt: '2026-11-30T01:15:02.300Z' });
    const b = claim('A-1002', { desk: 'desk-2', operator: 'li', deskAt: '2026-11-30T01:20:00.000Z', receivedAt: '2026-11-30T01:40:00.000Z', offline: true, forced: true, overrideReason: '=leased to desk-1' });
    await claimOnline(db, a);
    await claimReplay(db, b);
    const second = claim('A-1001', { desk: 'desk-2', operator: 'li', deskAt: '2026-11-30T01:16:00.000Z', receivedAt: '2026-11-30T01:41:00.000Z', offline: true });
    expect((await claimReplay(db, second)).result).toBe('conflict');

    const dir = outDir();
    const out = join(dir, 'ledger.csv');
    const r = desk(['center', 'export', '--url', url, '--out', out, '--zone', 'Asia/Shanghai']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`2 admissions written to ${out}`);
    expect(r.stdout).toContain(`1 conflicts (1 open) written to ${join(dir, 'ledger-conflicts.csv')}`);
    expect(r.stdout).toContain('names and document numbers are not at the center');
    expect(r.stdout).not.toMatch(/:[^@/]*@127/); // the address without a password

    const admissions = readBack(out);
    expect(admissions.header).toEqual([...LEDGER_ADMISSION_HEADER]);
    expect(admissions.header[0]).toBe('admission_code (准考证号)');
    expect(admissions.rows).toEqual([
      ['A-1001', 'desk-1', 'Wang, Fang', '2026-11-30T09:15:02.120+08:00', '2026-11-30T09:15:02.300+08:00', a.nonce, 'no', 'no', ''],
      ['A-1002', 'desk-2', 'li', '2026-11-30T09:20:00+08:00', '2026-11-30T09:40:00+08:00', b.nonce, 'yes', 'yes', "'=leased to desk-1"],
    ]);
    const conflicts = readBack(join(dir, 'ledger-conflicts.csv'));
    expect(conflicts.header).toEqual([...LEDGER_CONFLICT_HEADER]);
    expect(conflicts.rows).toEqual([
      [
        expect.stringMatching(/^\d+$/),
        'A-1001',
        '2026-11-30T09:41:00+08:00',
        ...['desk-1', 'Wang, Fang', '2026-11-30T09:15:02.120+08:00', a.nonce, 'no', ''],
        ...['desk-2', 'li', '2026-11-30T09:16:00+08:00', second.nonce, 'no', ''],
        'open',
        '',
        '',
        '',
        '',
      ],
    ]);
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);

    // Another local day: 2026-12-01 00:30 in Shanghai is still the 30th in UTC.
    await claimOnline(db, claim('A-2001', { desk: 'desk-1', deskAt: '2026-11-30T16:30:00.000Z', receivedAt: '2026-11-30T16:30:01.000Z' }));
    const day = join(dir, 'day.csv');
    expect(desk(['center', 'export', '--url', url, '--out', day, '--date', '2026-11-30']).status).toBe(0);
    expect(readBack(day).rows.map((row) => row[0])).toEqual(['A-1001', 'A-1002']);
    expect(readBack(join(dir, 'day-conflicts.csv')).rows).toHaveLength(1);
    const next = join(dir, 'next.csv');
    expect(desk(['center', 'export', '--url', url, '--out', next, '--date', '2026-12-01']).status).toBe(0);
    expect(readBack(next).rows.map((row) => [row[0], row[3]])).toEqual([['A-2001', '2026-12-01T00:30:00+08:00']]);
    expect(readBack(join(dir, 'next-conflicts.csv')).rows).toEqual([]);
    // In UTC the same admission belongs to the 30th.
    const utc = join(dir, 'utc.csv');
    expect(desk(['center', 'export', '--url', url, '--out', utc, '--date', '2026-11-30', '--zone', 'UTC']).status).toBe(0);
    expect(readBack(utc).rows.map((row) => [row[0], row[3]])).toEqual([
      ['A-1001', '2026-11-30T01:15:02.120+00:00'],
      ['A-1002', '2026-11-30T01:20:00+00:00'],
      ['A-2001', '2026-11-30T16:30:00+00:00'],
    ]);
  });

  test('a wrong address, a database without the center tables, or bad options: a clear message and no file written', { timeout: SLOW * 2 }, async () => {
    const fresh = await legs.pgUrl();
    const dir = outDir();
    const missing = new URL(fresh);
    missing.password = 'secret-word';
    missing.pathname = '/no_such_center';
    const cases: [string, RegExp][] = [
      ['postgres://examdesk:secret-word@127.0.0.1:1/exam_center', /center export: could not read the center at postgres:\/\/examdesk@127\.0\.0\.1:1\/exam_center \(.+\); no file was written\./],
      [missing.href, /center export: could not read the center at postgres:\/\/[^:]+@127\.0\.0\.1:\d+\/no_such_center \(.*no_such_center.*\); no file was written\./],
      [fresh, /center export: the database at postgres:\/\/.+ has no center tables \(run "desk center init --url …" first\); no file was written\./],
    ];
    for (const [url, message] of cases) {
      const r = desk(['center', 'export', '--url', url, '--out', join(dir, 'ledger.csv')]);
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 1, stdout: '' });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('secret-word');
    }
    const bad = desk(['center', 'export', '--url', fresh, '--out', join(dir, 'ledger.csv'), '--date', '2026-02-30', '--zone', 'Mars/Olympus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "2026-02-30" is not a date as YYYY-MM-DD');
    expect(bad.stderr).toContain('--zone "Mars/Olympus" is not an IANA time zone');
    expect(desk(['center', 'export', '--url', fresh]).stderr).toContain('--out FILE.csv is required');
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'ledger-conflicts.csv'))).toBe(false);
  });

  test('the help lists the export beside the other center steps, and says names are in the desks’ own exports', () => {
    const r = desk(['center', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('desk center export --url postgres://USER@HOST:PORT/DB --out FILE.csv [--date YYYY-MM-DD] [--zone Asia/Shanghai]');
    expect(r.stdout).toContain("names and document numbers are in the desks' own exports");
  });
});
