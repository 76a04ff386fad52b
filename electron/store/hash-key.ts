import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { listBackups, type BackupFile } from '../exchange/backup/backup-files';
import { knownBackupFolders } from '../exchange/backup/backup-settings';
import { makePrivate, PRIVATE_MODE } from './private-file';
import type { DB } from './schema';

/**
 * The secret for keyed hashes of document numbers. It lives in a file beside the database (mode
 * 0600), so a copy of the database alone cannot be used to test guessed ID numbers. The database
 * keeps a fingerprint of its key (an HMAC of a constant, which says nothing about the key), so a
 * missing or wrong key file is noticed at open instead of silently finding nobody (#14.10).
 */
export const keyPathOf = (dbPath: string) => `${dbPath}.key`;
const FINGERPRINT_SETTING = 'hash_key.fingerprint';

export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('exam-desk hash key fingerprint v1').digest('hex');
}

function readKeyFile(keyPath: string): Buffer {
  const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`The key file ${keyPath} is damaged (expected 32 bytes).`);
  return key;
}

function writeNewKey(keyPath: string): Buffer {
  const key = randomBytes(32);
  const fd = openSync(keyPath, 'wx', PRIVATE_MODE);
  try {
    writeSync(fd, key.toString('base64'));
  } finally {
    closeSync(fd);
  }
  makePrivate(keyPath);
  return key;
}

/** The key of a database whose store is open (`checkHashKey` has made sure it exists and fits). */
export function loadOrCreateHashKey(dbPath: string): Buffer {
  if (dbPath === ':memory:') return randomBytes(32);
  const keyPath = keyPathOf(dbPath);
  return existsSync(keyPath) ? readKeyFile(keyPath) : writeNewKey(keyPath);
}

export interface KeyProblem {
  code: 'KEY_MISSING' | 'KEY_WRONG';
  message: string;
}

/** The newest backup of this database that carries a key (with this fingerprint, when one is known). */
async function keyBesideNewestBackup(db: Kysely<DB>, dbPath: string, fingerprint: string | undefined): Promise<{ file: BackupFile | null; folders: string[] }> {
  const folders = await knownBackupFolders(db, dbPath);
  const all = folders.flatMap((f) => listBackups(f)).sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  const file = all.find((b) => {
    try {
      return existsSync(keyPathOf(b.path)) && (fingerprint === undefined || keyFingerprint(readKeyFile(keyPathOf(b.path))) === fingerprint);
    } catch {
      return false;
    }
  });
  return { file: file ?? null, folders };
}

async function wayBack(db: Kysely<DB>, dbPath: string, fingerprint: string | undefined): Promise<string> {
  const { file, folders } = await keyBesideNewestBackup(db, dbPath, fingerprint);
  if (file) return `The way back: copy the key kept beside the newest backup, ${keyPathOf(file.path)}, to ${keyPathOf(dbPath)} and start the desk again.`;
  return `No backup key of this database was found in ${folders.join(', ')}: put back ${keyPathOf(dbPath)} from a copy of the database folder (every backup carries the key beside it as <backup>.key).`;
}

/**
 * At open: the key file must be there and be this database's key. A new database (no candidates,
 * no identity checks, no fingerprint) gets a new key. A database that already holds keyed hashes
 * and has no key file, or a key whose fingerprint differs, is a problem: the caller refuses to
 * open it (KEY_MISSING / KEY_WRONG) and shows the message, which names the way back.
 * With `create: false` (looking only, as `desk check` does) nothing is written.
 */
export async function checkHashKey(db: Kysely<DB>, dbPath: string, opts: { create: boolean }): Promise<KeyProblem | null> {
  if (dbPath === ':memory:') return null;
  const keyPath = keyPathOf(dbPath);
  const stored = (await db.selectFrom('settings').select('value').where('key', '=', FINGERPRINT_SETTING).executeTakeFirst())?.value;
  const save = (fp: string) =>
    db
      .insertInto('settings')
      .values({ key: FINGERPRINT_SETTING, value: fp })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fp }))
      .execute();
  if (existsSync(keyPath)) {
    makePrivate(keyPath);
    const fp = keyFingerprint(readKeyFile(keyPath));
    if (stored === undefined) {
      if (opts.create) await save(fp);
      return null;
    }
    if (stored === fp) return null;
    return {
      code: 'KEY_WRONG',
      message: `The key file ${keyPath} is not the key of the database ${dbPath} (its fingerprint differs): searches by full document number would find nobody, so the desk does not work on it. ${await wayBack(db, dbPath, stored)}`,
    };
  }
  const candidate = await db.selectFrom('candidates').select('id').limit(1).executeTakeFirst();
  const checked = await db.selectFrom('id_checks').select('id').where('doc_hash', 'is not', null).limit(1).executeTakeFirst();
  if (stored !== undefined || candidate || checked) {
    return {
      code: 'KEY_MISSING',
      message: `The key file ${keyPath} is missing, but the database ${dbPath} holds document numbers hashed with its key: without it a search by full document number would find nobody, so the desk does not work on it. ${await wayBack(db, dbPath, stored)}`,
    };
  }
  if (opts.create) await save(keyFingerprint(writeNewKey(keyPath)));
  return null;
}
