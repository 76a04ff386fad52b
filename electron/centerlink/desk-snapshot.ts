import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vacuumInto } from '../exchange/retention/purge-repo';
import { keyPathOf } from '../store/hash-key';
import { writePrivateFileAtomic } from '../store/private-file';
import type { DB } from '../store/schema';

/** A desk file as the center keeps it for joining desks: the whole database and the text of its hash key. */
export interface DeskSnapshot {
  bytes: Uint8Array;
  hashKey: string;
}

/**
 * Takes a desk file as the day's working copy: a consistent copy (VACUUM INTO, read through any WAL)
 * into a private temp folder, read back as bytes, with the desk's hash key (the file beside the
 * database, electron/store/hash-key.ts). A desk whose key file is missing cannot be copied: a
 * joining desk could not search its document numbers.
 */
export async function readDeskSnapshot(dbPath: string): Promise<DeskSnapshot> {
  if (!existsSync(dbPath)) throw new Error(`No desk file at ${dbPath}.`);
  const keyPath = keyPathOf(dbPath);
  if (!existsSync(keyPath)) throw new Error(`The desk file's hash key ${keyPath} is missing: without it the joining desks could not search document numbers.`);
  const hashKey = readFileSync(keyPath, 'utf8').trim();
  const dir = mkdtempSync(join(tmpdir(), 'exam-desk-snapshot-'));
  const copy = join(dir, 'desk.sqlite');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new Database(dbPath, { readonly: true, fileMustExist: true }) }) });
  try {
    await vacuumInto(db, copy);
    return { bytes: readFileSync(copy), hashKey };
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes a snapshot as a new desk's file and its hash key beside it (both 0600, each whole or not at
 * all), before the store opens it. The key goes first: a desk file is never there without its key.
 */
export function seedDeskFile(dbPath: string, snap: DeskSnapshot): void {
  mkdirSync(dirname(dbPath), { recursive: true });
  writePrivateFileAtomic(keyPathOf(dbPath), snap.hashKey);
  writePrivateFileAtomic(dbPath, Buffer.from(snap.bytes));
}
