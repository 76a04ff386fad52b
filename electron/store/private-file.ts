import { chmodSync, closeSync, existsSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Files that hold personal data (the database, its WAL, backups, the hash key, the heads file) are
 * readable by their owner only (0600) on POSIX. Windows keeps its folder ACLs: chmod there only
 * toggles the read-only bit, so it is left alone.
 */
export const PRIVATE_MODE = 0o600;
const POSIX = process.platform !== 'win32';

/** Sets 0600 on a file that exists (a no-op on Windows or when the file is not there). */
export function makePrivate(path: string): void {
  if (POSIX && existsSync(path)) chmodSync(path, PRIVATE_MODE);
}

/**
 * Creates an empty file with mode 0600 unless it exists, then makes it 0600 either way. SQLite
 * opens an empty file as a new database and creates the WAL (and -shm, -journal) with the mode of
 * the database file, so pre-creating the file is what keeps those private too.
 */
export function ensurePrivateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'wx', PRIVATE_MODE));
  makePrivate(path);
}

/** Flushes a folder's entries (a rename) to disk; not possible on Windows, where it is skipped. */
export function fsyncFolder(folder: string): void {
  if (!POSIX) return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a small file so that a reader sees the old content or the new, never half: tmp, fsync, rename. */
export function writePrivateFileAtomic(path: string, content: string | Buffer): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', PRIVATE_MODE);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  makePrivate(tmp);
  renameSync(tmp, path);
  fsyncFolder(dirname(path));
}
