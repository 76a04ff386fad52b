import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { docExamples } from '../rules/doc-examples';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const desk = (args: string[], input?: string) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('npm run desk (the real process)', () => {
  test('--help lists every command', () => {
    const r = desk(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['demo', 'decide', 'export', 'roster', 'check']) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  test('an unknown command fails with the list of commands', () => {
    const r = desk(['teleport']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Unknown command "teleport"');
  });

  test('decide answers every documented example of docs/rules.md on stdin, as documented', () => {
    const examples = docExamples();
    expect(examples.length).toBeGreaterThan(10);
    for (const e of examples) {
      const r = desk(['decide'], e.request);
      expect({ example: e.title, printed: JSON.parse(r.stdout) as unknown }).toEqual({
        example: e.title,
        printed: JSON.parse(e.expected) as unknown,
      });
    }
  });

  test('export writes the day’s attendance for the sponsor from a demo database, and refuses bad options with what is wrong', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'desk-cli-'));
    expect(desk(['demo', '--db', join(dir, 'd.sqlite'), '--date', '2026-12-05']).status).toBe(0);
    const r = desk(['export', '--db', join(dir, 'd.sqlite'), '--date', '2026-12-05', '--kind', 'attendance', '--out', join(dir, 'a.csv')]);
    expect(r.status).toBe(0);
    const csv = readFileSync(join(dir, 'a.csv'), 'utf8');
    expect(csv.split('\r\n').filter(Boolean).length).toBeGreaterThan(100);
    expect(csv).not.toMatch(/\d{17}[\dX]/);
    const bad = desk(['export', '--db', join(dir, 'd.sqlite'), '--date', '2026-02-30', '--kind', 'nope', '--out', join(dir, 'b.csv')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--date "2026-02-30"');
    expect(bad.stderr).toContain('--kind must be one of');
  });

  test('roster prints the fallback pack to a PDF; check verifies the chains and reports an edited record', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { execFileSync } = await import('node:child_process');
    const Database = (await import('better-sqlite3')).default;
    const dir = mkdtempSync(join(tmpdir(), 'desk-cli-'));
    const db = join(dir, 'd.sqlite');
    expect(desk(['demo', '--db', db, '--date', '2026-12-05']).status).toBe(0);
    const r = desk(['roster', '--db', db, '--date', '2026-12-05', '--docs', 'fallback', '--out', join(dir, 'pack.pdf')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ pages written to /);
    expect(readFileSync(join(dir, 'pack.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' });
    for (const title of ['考场名单', '门口名单', '座位图', '考生签到表', '证件核验登记表']) expect(text).toContain(title);
    const bad = desk(['roster', '--db', db, '--date', '2026-12-05', '--docs', 'roster,menu', '--out', join(dir, 'x.pdf')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown document "menu"');

    const ok = desk(['check', '--db', db]);
    expect(ok.stdout).toContain('ok      audit log');
    expect(ok.status).toBe(0);
    // Someone edits an audit record behind the app's back (the trigger has to be dropped first).
    const raw = new Database(db);
    raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
    const triggers = raw.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'").all() as { name: string }[];
    for (const t of triggers) raw.exec(`DROP TRIGGER "${t.name}"`);
    raw.prepare('update audit_log set detail_json = \'{"edited":true}\' where seq = 1').run();
    raw.close();
    const broken = desk(['check', '--db', db]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('BROKEN  audit log: record 1 was changed after it was written');
  });

  test('decide reports malformed JSON on stdin with exit code 1', () => {
    const r = desk(['decide'], '{not json');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_JSON' } });
  });
});
