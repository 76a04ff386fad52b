import { verifyAuditLog } from '../audit/audit-log';
import type { ChainReport } from '../audit/hash';
import { stringOption } from '../core/args';
import { verifyIdCheckChain } from '../idlog/chain';
import { openStore } from '../store/open';
import type { Command } from './commands';

function chainLine(name: string, r: ChainReport): string {
  return r.ok
    ? `ok      ${name}: ${r.length} records, head ${r.head}`
    : `BROKEN  ${name}: record ${r.brokenAt} ${r.reason === 'hash-mismatch' ? 'was changed after it was written' : 'does not follow the record before it (a record was deleted or reordered)'} (${r.length} records checked)`;
}

/**
 * `desk check`: the database's own integrity check, then the audit log's and the identity-check
 * log's hash chains. Exit 0 when everything holds, 1 when anything is broken.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'check a database: SQLite integrity, the audit and identity-check log chains, the hash key and the newest records',
  usage: 'desk check --db PATH',
  async run({ options }) {
    const db = stringOption(options, 'db');
    if (!db) {
      console.error('check: --db PATH is required');
      return 2;
    }
    // Opened for looking only: a missing key or a lost tail is reported below, nothing is created.
    const store = await openStore(db, { guard: 'report' });
    try {
      const integrity = store.sqlite.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
      const integrityOk = integrity.length === 1 && integrity[0]!.integrity_check === 'ok';
      console.log(integrityOk ? 'ok      SQLite integrity_check' : `BROKEN  SQLite integrity_check: ${integrity.map((r) => r.integrity_check).join('; ')}`);
      const audit = await verifyAuditLog(store.db);
      console.log(chainLine('audit log', audit));
      const idlog = await verifyIdCheckChain(store.db);
      console.log(chainLine('identity-check log', idlog));
      // #14.10 the hash key; #14.12 the newest records named in <db>.heads.
      const key = store.problems.find((p) => p.code === 'KEY_MISSING' || p.code === 'KEY_WRONG');
      console.log(key ? `BROKEN  hash key: ${key.message}` : 'ok      hash key');
      const tail = store.problems.find((p) => p.code === 'STORE_TAIL_MISSING');
      console.log(tail ? `BROKEN  newest records: ${tail.message}` : 'ok      newest records (as named in the heads file)');
      return integrityOk && audit.ok && idlog.ok && store.problems.length === 0 ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
