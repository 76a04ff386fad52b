import type Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFileAtomic } from './private-file';

/**
 * The newest records of the tables whose loss matters most (#14.12): the heads of the audit log
 * and identity-check chains and the newest check-in. They are kept outside the database in
 * `<db>.heads` (0600, written atomically after each commit that moves them), so a database whose
 * newest acknowledged records vanished (a lost or damaged WAL) is noticed at the next open: the
 * file names records the database no longer holds.
 */
export interface ChainHeads {
  audit: { seq: number; hash: string } | null;
  idChecks: { id: number; hash: string } | null;
  checkIns: { id: number } | null;
}

export const headsPath = (dbPath: string) => `${dbPath}.heads`;

// Raw statements: these run inside the Kysely driver's release of the one connection (where a
// Kysely query would wait for itself) and at open, before the store is handed out.
function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
}

export function readChainHeads(sqlite: Database.Database): ChainHeads {
  const audit = hasTable(sqlite, 'audit_log') ? (sqlite.prepare('select seq, hash from audit_log order by seq desc limit 1').get() as ChainHeads['audit'] | undefined) : undefined;
  const idChecks = hasTable(sqlite, 'id_checks') ? (sqlite.prepare('select id, hash from id_checks order by id desc limit 1').get() as ChainHeads['idChecks'] | undefined) : undefined;
  const checkIns = hasTable(sqlite, 'check_ins') ? (sqlite.prepare('select id from check_ins order by id desc limit 1').get() as ChainHeads['checkIns'] | undefined) : undefined;
  return { audit: audit ?? null, idChecks: idChecks ?? null, checkIns: checkIns ?? null };
}

/** The heads file's content, or null when there is none (a new or older database) or it cannot be read. */
export function readHeadsFile(dbPath: string): ChainHeads | null {
  const path = headsPath(dbPath);
  if (!existsSync(path)) return null;
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<ChainHeads>;
    return { audit: h.audit ?? null, idChecks: h.idChecks ?? null, checkIns: h.checkIns ?? null };
  } catch {
    return null;
  }
}

export function writeHeadsFile(dbPath: string, heads: ChainHeads): void {
  writePrivateFileAtomic(headsPath(dbPath), JSON.stringify(heads));
}

/** What the heads file names that the database does not hold (empty: the tail is all there). */
export function missingTail(sqlite: Database.Database, file: ChainHeads): string[] {
  const missing: string[] = [];
  const has = (table: string, sql: string, ...args: unknown[]) => hasTable(sqlite, table) && sqlite.prepare(sql).get(...args) !== undefined;
  if (file.audit && !has('audit_log', 'select 1 from audit_log where seq = ? and hash = ?', file.audit.seq, file.audit.hash)) missing.push(`audit log entry ${file.audit.seq}`);
  if (file.idChecks && !has('id_checks', 'select 1 from id_checks where id = ? and hash = ?', file.idChecks.id, file.idChecks.hash)) missing.push(`identity check ${file.idChecks.id}`);
  if (file.checkIns && !has('check_ins', 'select 1 from check_ins where id = ?', file.checkIns.id)) missing.push(`check-in ${file.checkIns.id}`);
  return missing;
}

/**
 * Keeps `<db>.heads` in step with the database: called after the connection is released (a
 * commit, or a statement outside a transaction), it reads the heads only when SQLite's change
 * counter moved and writes the file only when they changed.
 */
export class HeadsKeeper {
  private lastChanges = -1;
  private lastWritten = '';
  private readonly totalChanges: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly dbPath: string,
  ) {
    this.totalChanges = sqlite.prepare('select total_changes()').pluck();
  }

  afterRelease(): void {
    if (!this.sqlite.open || this.sqlite.inTransaction) return;
    const n = this.totalChanges.get() as number;
    if (n === this.lastChanges) return;
    this.lastChanges = n;
    const text = JSON.stringify(readChainHeads(this.sqlite));
    if (text === this.lastWritten) return;
    writePrivateFileAtomic(headsPath(this.dbPath), text);
    this.lastWritten = text;
  }
}
