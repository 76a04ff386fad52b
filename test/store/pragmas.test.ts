import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore, StoreOpenError } from '../../electron/store/open';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('store', () => {
  test('pragmas read back as set on open: WAL, synchronous FULL, foreign keys, secure delete, busy timeout', async () => {
    const store = await openStore(join(tempDir(), 'a.sqlite'), { busyTimeoutMs: 1500 });
    const p = (name: string) => store.sqlite.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('synchronous')).toBe(2); // FULL
    expect(p('foreign_keys')).toBe(1);
    expect(p('secure_delete')).toBe(1);
    expect(p('busy_timeout')).toBe(1500);
    expect(p('locking_mode')).toBe('exclusive');
    await store.close();
  });

  test('a second writer in the same process is refused with a clear message', async () => {
    const path = join(tempDir(), 'a.sqlite');
    const first = await openStore(path);
    await expect(openStore(path, { busyTimeoutMs: 50 })).rejects.toSatisfy((e: unknown) => e instanceof StoreOpenError && e.code === 'STORE_LOCKED' && /in use by another Exam Desk/.test(e.message));
    await first.close();
    const again = await openStore(path);
    await again.close();
  });

  test('a second process cannot open the database while the desk holds it', async () => {
    const path = join(tempDir(), 'a.sqlite');
    const first = await openStore(path);
    const script = `import { openStore } from ${JSON.stringify(join(process.cwd(), 'electron/store/open.ts'))};
      try { await openStore(${JSON.stringify(path)}, { busyTimeoutMs: 50 }); console.log('OPENED'); }
      catch (e) { console.log('REFUSED ' + e.code + ' ' + e.message); }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: process.cwd(),
    });
    expect(child.stdout).toMatch(/REFUSED STORE_LOCKED .*in use by another Exam Desk/);
    await first.close();
  });

  test('a file that is not a database is not opened and says so', async () => {
    const path = join(tempDir(), 'junk.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    await expect(openStore(path)).rejects.toSatisfy((e: unknown) => e instanceof StoreOpenError && e.code === 'STORE_DAMAGED');
  });

  test('tables are STRICT: a text in an integer column is refused', async () => {
    const store = await openStore(join(tempDir(), 'a.sqlite'));
    expect(() => store.sqlite.prepare("insert into coupons (code, kind, value) values ('C1', 'fixed', 'abc')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    await store.close();
  });

  test('the audit log and the identity-check log are append-only in the database itself', async () => {
    const store = await openStore(join(tempDir(), 'a.sqlite'));
    store.sqlite.prepare("insert into audit_log (at, action, detail_json, prev_hash, hash) values ('t', 'a', '{}', 'p', 'h')").run();
    expect(() => store.sqlite.prepare("update audit_log set action = 'b'").run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare('delete from audit_log').run()).toThrow(/append-only/);
    await store.close();
  });
});
