import { spawnSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../shared/exchange/import-limits';
import { readRoster } from '../../electron/exchange/import/read-rows';
import { checkImport } from '../../electron/exchange/import/run-import';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { csv, sampleTable, withCell } from './fixtures';
import { importDesk, ok } from './import-desk';

const tempDir = useTempDir();
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');

describe('roster import: what a cell may hold (#14.4, #14.8)', () => {
  test('DAY-8 a booking id holding NUL bytes is refused with its line and column; so are a bidi override in a name and a tab in a code', async () => {
    const { d, preview, apply, close } = await importDesk(tempDir());
    ok(await apply(csv(sampleTable())));
    let t = sampleTable();
    t = withCell(t, 1, 'booking_id', `${t[1]![0]}\u0000\u0000`);
    t = withCell(t, 2, 'candidate_name', '王\u202e律');
    t = withCell(t, 3, 'subject_code', 'ECA\tDEV');
    const before = await rowCounts(d.core);
    const p = await preview(csv(t));
    expect(p.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'booking_id', 'CONTROL_CHARACTER'],
      [3, 'candidate_name', 'CONTROL_CHARACTER'],
      [4, 'subject_code', 'CONTROL_CHARACTER'],
    ]);
    expect(p.errors[0]!.message).toBe('booking_id holds a control character (U+0000) at character 13');
    expect(p.errors[0]!.value).toBe(`${t[1]![0]!.slice(0, 12)}<U+0000><U+0000>`);
    expect(await apply(csv(t))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The NUL-byte line did not become a second booking of the same candidate.
    expect(await rowCounts(d.core)).toEqual(before);
    await close();
  });

  // A 10 MB cell takes a while to send, decode and read on a busy machine: the bound is generous.
  test('a 10 MB candidate name is refused with its line and column, and nothing is stored', { timeout: 600_000 }, async () => {
    const { d, preview, apply, close } = await importDesk(tempDir());
    const t = withCell(sampleTable(), 5, 'candidate_name', 'Z'.repeat(10 * 1024 * 1024));
    const p = await preview(csv(t));
    expect(p.errors).toEqual([expect.objectContaining({ line: 6, column: 'candidate_name', code: 'TOO_LONG', message: 'candidate_name is 10485760 characters long; at most 100 are allowed' })]);
    expect(p.errors[0]!.value.length).toBeLessThan(50);
    expect(await apply(csv(t))).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('line 6, column candidate_name') } });
    expect(await d.core.store.db.selectFrom('candidates').select('id').execute()).toEqual([]);
    await close();
  });

  test('an id over 64 characters is refused; names up to 100 characters import', async () => {
    const { preview, close } = await importDesk(tempDir());
    let t = withCell(sampleTable(), 1, 'booking_id', 'B'.repeat(65));
    t = withCell(t, 2, 'candidate_name', '王'.repeat(100));
    const p = await preview(csv(t));
    expect(p.errors.map((e) => [e.line, e.column, e.code])).toEqual([[2, 'booking_id', 'TOO_LONG']]);
    await close();
  });
});

describe('roster import: the file as a whole (#14.8)', () => {
  test('a file over 64 MB is refused by the CLI from its size before it is read (a sparse file), with the limit in the message', { timeout: 300_000 }, () => {
    const dir = tempDir();
    const big = join(dir, 'huge.csv');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024);
    closeSync(fd);
    const r = spawnSync(tsx, ['electron/cli/index.ts', 'import', '--db', join(dir, 'desk.sqlite'), '--file', big], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toContain('The file is 1024.0 MB; a roster may be at most 64 MB.');
    expect(r.status).toBe(1);
  });

  test('the desk refuses a file over 64 MB with the limit in words, before the reader thread sees it; the reader refuses it too', async () => {
    const { d, manager, close } = await importDesk(tempDir());
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    await expect(checkImport(d.core.store.db, d.core.hashKey, { fileName: 'big.csv', bytes })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('a roster may be at most 64 MB'),
      say: { key: 'exchange.fileTooLarge', params: { limit: 64 } },
    });
    const read = await readRoster({ bytes, presets: [], centerCode: 'SZ-NS-01', timeZone: 'Asia/Shanghai', hashKey: d.core.hashKey });
    expect(read).toMatchObject({ kind: 'badFile', error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('at most 64 MB') } });
    // Over the IPC payload's bound: refused by the contract with the same limit in the message.
    const base64 = 'A'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4);
    const r = await d.registry.invoke('exchange.importPreview', { fileName: 'big.csv', base64 }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(r)).toContain('larger than 64 MB');
    await close();
  });

  test(`more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows are refused while the file is read, naming the limit`, async () => {
    const { d, close } = await importDesk(tempDir());
    const header = sampleTable()[0]!.join(',');
    const text = `${header}\n${'x,y\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const read = await readRoster({ bytes: new TextEncoder().encode(text), presets: [], centerCode: 'SZ-NS-01', timeZone: 'Asia/Shanghai', hashKey: d.core.hashKey });
    expect(read).toMatchObject({ kind: 'badFile', error: { code: 'TOO_MANY_ROWS', line: MAX_IMPORT_ROWS + 2, message: expect.stringContaining('more than 200,000 rows') } });
    await close();
  });
});
