import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { centerPasswordPath, desktopPasswords } from '../../electron/main/center-password';
import { useTempDir } from '../support/temp-dir';

/** The operating system's encryption as safeStorage offers it: a reversible transform that never leaves the text readable. */
const os = vi.hoisted(() => ({ available: true }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => os.available,
    encryptString: (s: string) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
  },
}));

const tempDir = useTempDir('exam-desk-center-password-');

describe('#19 the desktop app keeps the center password with safeStorage (join from Settings, next start, leave)', () => {
  test('a password given at join is kept only encrypted beside the database, put back into the remembered address at the next start, and deleted on leave', () => {
    const db = join(tempDir(), 'desk.sqlite');
    const keeper = desktopPasswords(db, () => {});
    keeper.keep('postgres://examdesk:s3cr%3At@10.0.0.5:5432/exam_center');
    const kept = readFileSync(centerPasswordPath(db));
    expect(kept.toString('utf8')).not.toContain('s3cr');
    // The remembered address has no password: the kept one goes back in (percent-encoded).
    expect(keeper.fill('postgres://examdesk@10.0.0.5:5432/exam_center')).toBe('postgres://examdesk:s3cr%3At@10.0.0.5:5432/exam_center');
    // An address that carries its own password keeps it.
    expect(keeper.fill('postgres://examdesk:other@10.0.0.5:5432/exam_center')).toBe('postgres://examdesk:other@10.0.0.5:5432/exam_center');
    keeper.forget();
    expect(existsSync(centerPasswordPath(db))).toBe(false);
    expect(keeper.fill('postgres://examdesk@10.0.0.5:5432/exam_center')).toBe('postgres://examdesk@10.0.0.5:5432/exam_center');
  });

  test('where the system offers no encryption nothing is written: the password serves this run only', () => {
    os.available = false;
    try {
      const db = join(tempDir(), 'desk.sqlite');
      const said: string[] = [];
      desktopPasswords(db, (m) => said.push(m)).keep('postgres://examdesk:s3cret@10.0.0.5:5432/exam_center');
      expect(existsSync(centerPasswordPath(db))).toBe(false);
      expect(said.join('\n')).toMatch(/no encryption/);
    } finally {
      os.available = true;
    }
  });
});
