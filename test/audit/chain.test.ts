import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { appendAudit, verifyAuditLog } from '../../electron/audit/audit-log';
import { canonicalJson, GENESIS_HASH, linkHash, verifyChain, type ChainRow } from '../../electron/audit/hash';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

function chainOf(records: Record<string, unknown>[]): ChainRow[] {
  let prev = GENESIS_HASH;
  return records.map((record, i) => {
    const hash = linkHash(prev, record);
    const row = { key: i + 1, prevHash: prev, hash, record };
    prev = hash;
    return row;
  });
}

describe('hash chain', () => {
  test('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
  });

  test('any single edited, deleted or swapped record is found at its position', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ action: fc.string(), n: fc.integer() }), { minLength: 2, maxLength: 20 }), fc.nat(), fc.constantFrom('edit', 'delete', 'swap'), (records, at, how) => {
        const rows = chainOf(records);
        const i = at % (rows.length - 1);
        const broken = [...rows];
        if (how === 'edit') broken[i] = { ...rows[i]!, record: { ...rows[i]!.record, n: (rows[i]!.record.n as number) + 1 } };
        if (how === 'delete') broken.splice(i, 1);
        if (how === 'swap') [broken[i], broken[i + 1]] = [rows[i + 1]!, rows[i]!];
        const report = verifyChain(broken);
        expect(report.ok).toBe(false);
        if (!report.ok) expect(report.brokenAt).toBe(how === 'delete' ? rows[i + 1]!.key : broken[i]!.key);
      }),
    );
    expect(verifyChain(chainOf([{ a: 1 }, { a: 2 }]))).toMatchObject({ ok: true, length: 2 });
  });

  test('the audit log in the database verifies, and an edit made behind the app is detected', async () => {
    const desk = await openTestDesk(tempDir());
    for (let i = 0; i < 5; i++) {
      await desk.core.store.db.transaction().execute((trx) => appendAudit(trx, { at: `2026-12-05T00:0${i}:00.000Z`, operatorId: null, action: `t.${i}` }));
    }
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true, length: 5 });
    desk.core.store.sqlite.exec('DROP TRIGGER audit_log_no_update');
    desk.core.store.sqlite.exec("UPDATE audit_log SET action = 'forged' WHERE seq = 3");
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash-mismatch' });
    await desk.close();
  });
});
