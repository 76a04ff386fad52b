import { safeStorage } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { splitPassword, withPassword } from '../centerlink/center-url';
import { writePrivateFileAtomic } from '../store/private-file';

/** Where the desktop app keeps the center's password: beside the database, encrypted by the operating system. */
export const centerPasswordPath = (dbPath: string) => `${dbPath}.center-password`;

/**
 * The center address to connect with, for the desktop app (#19). A password given in the address is
 * kept with Electron's safeStorage (the OS keychain / DPAPI), never as plain text; an address
 * without one takes the kept password. Where safeStorage cannot encrypt, nothing is written and the
 * password serves this start only. The address with its password stays in the main process: the
 * window only ever sees the center's redacted address.
 */
export function desktopCenterUrl(url: string, dbPath: string, log: (message: string) => void): string {
  const file = centerPasswordPath(dbPath);
  const { url: bare, password } = splitPassword(url);
  if (password !== null) {
    if (safeStorage.isEncryptionAvailable()) writePrivateFileAtomic(file, safeStorage.encryptString(password));
    else log('The operating system offers no encryption (safeStorage): the center password is used for this start only and not kept.');
    return url;
  }
  if (existsSync(file) && safeStorage.isEncryptionAvailable()) return withPassword(bare, safeStorage.decryptString(readFileSync(file)));
  return url;
}
