import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The secret for keyed hashes of document numbers. It lives in a file beside the database (mode
 * 0600), so a copy of the database alone cannot be used to test guessed ID numbers.
 */
export function loadOrCreateHashKey(dbPath: string): Buffer {
  if (dbPath === ':memory:') return randomBytes(32);
  const keyPath = `${dbPath}.key`;
  if (existsSync(keyPath)) {
    const key = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`The key file ${keyPath} is damaged (expected 32 bytes).`);
    return key;
  }
  const key = randomBytes(32);
  writeFileSync(keyPath, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}
