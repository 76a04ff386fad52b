import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { scryptSlots } from './password-gate';

/** scrypt with OWASP's parameters (N=2^17, r=8, p=1), stored as a self-describing string. */
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEY_LEN = 32;
const MAX_MEM = 256 * 1024 * 1024;

/** One derivation holds about 128 MiB: it waits for one of the desk's few scrypt permits (#14.3). */
function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return scryptSlots.run(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(password.normalize('NFC'), salt, KEY_LEN, { N: n, r, p, maxmem: MAX_MEM }, (err, key) => (err ? reject(err) : resolve(key)));
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
