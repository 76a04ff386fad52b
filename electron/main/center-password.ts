import { safeStorage } from 'electron';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { splitPassword, withPassword } from '../centerlink/center-url';
import type { CenterPasswordKeeper } from '../centerlink/center-control';
import { writePrivateFileAtomic } from '../store/private-file';

/** Where the desktop app keeps the center's password: beside the database, encrypted by the operating system. */
export const centerPasswordPath = (dbPath: string) => `${dbPath}.center-password`;

/**
 * The desktop app's center password (#19). A password given in the address is kept with Electron's
 * safeStorage (the OS keychain / DPAPI), never as plain text; an address without one takes the kept
 * password. Where safeStorage cannot encrypt, nothing is written and the password serves this run
 * only. The address with its password stays in the main process: the window only ever sees the
 * center's redacted address. Leaving the center deletes the kept password.
 */
export function desktopPasswords(dbPath: string, log: (message: string) => void): CenterPasswordKeeper {
  const file = centerPasswordPath(dbPath);
  return {
    keep(url) {
      const { password } = splitPassword(url);
      if (password === null) return;
      if (safeStorage.isEncryptionAvailable()) writePrivateFileAtomic(file, safeStorage.encryptString(password));
      else log('The operating system offers no encryption (safeStorage): the center password is used for this run only and not kept.');
    },
    fill(url) {
      const { url: bare, password } = splitPassword(url);
      if (password !== null) return url;
      if (existsSync(file) && safeStorage.isEncryptionAvailable()) return withPassword(bare, safeStorage.decryptString(readFileSync(file)));
      return url;
    },
    forget() {
      rmSync(file, { force: true });
    },
  };
}
