import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('exam-desk-first-day-');
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const desk = (args: string[], input?: string) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', input, timeout: 120_000 });
const ROSTER = join(process.cwd(), '../shared/formats/sample-roster.csv');

const ROOMS_CSV = ['code,name,rows,seats_per_row,aisles_after,out_of_service,wheelchair', 'R101,第一考场,5,6,3,E07,A01 A02', 'R102,第二考场,4,5,,,A01', ''].join('\n');

describe('a center’s first day from the command line (issue #15)', () => {
  test('desk init, operators add, rooms import and desk import set up a new file; the import creates the day’s sessions and names the rooms it used', () => {
    const dir = tempDir();
    const db = join(dir, 'center.sqlite');
    const rooms = join(dir, 'rooms.csv');
    writeFileSync(rooms, ROOMS_CSV);

    // Before set-up, the import names the missing step instead of leading nowhere.
    const early = desk(['import', '--db', join(dir, 'empty.sqlite'), '--file', ROSTER]);
    expect(early.status).toBe(1);
    expect(early.stderr + early.stdout).toMatch(/No center is set up yet.*set up the center .*Settings → Set-up/s);

    const init = desk(['init', '--db', db, '--center', 'SZ-NS-01', '--name', '深圳南山考点', '--address', '深圳市南山区科技园', '--profiles', 'ctyun,tencent-test-center']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('center SZ-NS-01 "深圳南山考点" set up');
    expect(init.stdout).toContain('time zone Asia/Shanghai');
    expect(desk(['init', '--db', db, '--center', 'SZ-NS-02', '--name', 'x']).status).toBe(1);

    const secret = 'first-manager-pass';
    const manager = desk(['operators', 'add', '--db', db, '--username', 'wang', '--name', '王经理', '--role', 'manager'], `${secret}\n`);
    expect(manager.stderr).toBe('');
    expect(manager.status).toBe(0);
    expect(manager.stdout).toBe('manager wang (王经理) added\n');
    const pwFile = join(dir, 'pw.txt');
    writeFileSync(pwFile, 'proctor-pass-01\n');
    const proctor = desk(['operators', 'add', '--db', db, '--username', 'li', '--name', '李监考', '--role', 'proctor', '--password-file', pwFile]);
    expect(proctor.status).toBe(0);
    for (const r of [manager, proctor]) expect(r.stdout + r.stderr).not.toMatch(/first-manager-pass|proctor-pass-01/);
    const short = desk(['operators', 'add', '--db', db, '--username', 'zhao', '--name', '赵', '--role', 'proctor'], 'short\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('password: at least 8 characters');
    expect(desk(['operators', 'add', '--db', db, '--username', 'li', '--name', '李', '--role', 'proctor'], 'another-pass-1\n').stderr).toContain('is taken');

    const made = desk(['rooms', 'import', '--db', db, '--file', rooms]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toBe('room R101: 29 working seats\nroom R102: 20 working seats\n2 rooms imported\n');
    expect(desk(['rooms', 'import', '--db', db, '--file', rooms]).stderr).toContain('Room R101, R102 exists already');

    const imported = desk(['import', '--db', db, '--file', ROSTER]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('imported: 60 new, 0 changed, 0 unchanged');
    expect(imported.stdout).toContain('rooms used: R101, R102');

    const raw = new Database(db, { readonly: true });
    const sessions = raw
      .prepare('select r.code, s.local_date, s.starts_at, (select count(*) from appointments a where a.session_id = s.id) n from exam_sessions s join rooms r on r.id = s.room_id order by s.starts_at, r.code')
      .all();
    expect(sessions).toEqual([
      { code: 'R101', local_date: '2026-12-05', starts_at: '2026-12-05T01:00:00.000Z', n: 27 },
      { code: 'R101', local_date: '2026-12-05', starts_at: '2026-12-05T05:30:00.000Z', n: 29 },
      { code: 'R102', local_date: '2026-12-05', starts_at: '2026-12-05T05:30:00.000Z', n: 4 },
    ]);
    expect(raw.prepare('select username, role from operators order by username').all()).toEqual([
      { username: 'li', role: 'proctor' },
      { username: 'wang', role: 'manager' },
    ]);
    expect(
      raw
        .prepare("select action from audit_log where action in ('center.setup', 'accounts.create', 'rooms.create', 'exchange.import') order by seq")
        .all()
        .map((r) => (r as { action: string }).action),
    ).toEqual(['center.setup', 'accounts.create', 'accounts.create', 'rooms.create', 'rooms.create', 'exchange.import']);
    expect(raw.prepare('select count(*) n from sponsors').get()).toEqual({ n: 2 });
    raw.close();
    const check = desk(['check', '--db', db]);
    expect(check.stdout).toContain('ok      audit log');
    expect(check.status).toBe(0);
  }, 900_000);

  test('each set-up command has --help; rooms import documents its CSV and refuses a bad file with every problem and its line', () => {
    for (const c of ['init', 'operators', 'rooms']) {
      const h = desk([c, '--help']);
      expect(h.status).toBe(0);
      expect(h.stdout).toContain(`Usage: desk ${c}`);
    }
    expect(desk(['rooms', '--help']).stdout).toContain('code,name,rows,seats_per_row,aisles_after,out_of_service,wheelchair');
    expect(desk(['--help']).stdout).toMatch(/^ {2}init\b/m);
    const dir = tempDir();
    const db = join(dir, 'c.sqlite');
    expect(desk(['init', '--db', db, '--center', 'SZ-NS-01', '--name', 'N', '--zone', 'Mars/Base']).stderr).toContain('--zone: an IANA time zone');
    expect(desk(['init', '--db', db, '--center', 'SZ-NS-01', '--name', 'N']).status).toBe(0);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'code,name,rows,seats_per_row,aisles_after,out_of_service,wheelchair\nR1,一,0,5,,,\nR2,二,3,4,,Z09,\n');
    const r = desk(['rooms', 'import', '--db', db, '--file', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 2: rows "0" must be a whole number from 1 to 26');
    expect(r.stderr).toContain('line 3: seat Z09 is not a seat of room R2');
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('select count(*) n from rooms').get()).toEqual({ n: 0 });
    raw.close();
  }, 900_000);
});
