import { existsSync, readdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, parse } from 'node:path';

/** Where a desk's operating system mounts removable drives (USB sticks, external disks). */
export function defaultMountRoots(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') return ['/Volumes'];
  if (platform === 'win32') return [];
  return ['/media', '/run/media'];
}

const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
const list = (p: string) => {
  try {
    return readdirSync(p).sort();
  } catch {
    return [];
  }
};

/**
 * Mounted removable drives: folders under /media and /run/media (also one user level down, as
 * udisks mounts them: /media/<user>/<label>), /Volumes on macOS (not the system disk), drive letters
 * D: to Z: on Windows other than the database's own drive.
 */
export function removableDrives(opts: { roots?: string[]; platform?: NodeJS.Platform; dbPath?: string; user?: string } = {}): string[] {
  const user = opts.user ?? safeUser();
  const platform = opts.platform ?? process.platform;
  if (platform === 'win32' && !opts.roots) {
    const own = opts.dbPath ? parse(opts.dbPath).root.toUpperCase() : 'C:\\';
    return 'DEFGHIJKLMNOPQRSTUVWXYZ'
      .split('')
      .map((l) => `${l}:\\`)
      .filter((d) => d !== own && existsSync(d));
  }
  const drives: string[] = [];
  for (const root of opts.roots ?? defaultMountRoots(platform)) {
    for (const name of list(root)) {
      const p = join(root, name);
      if (!isDir(p) || (platform === 'darwin' && name === 'Macintosh HD')) continue;
      // /run/media/<user>/<label> and /media/<user>/<label>: the user's folder holds the drives.
      if (root.endsWith('/run/media') || name === user)
        drives.push(
          ...list(p)
            .map((n) => join(p, n))
            .filter(isDir),
        );
      else drives.push(p);
    }
  }
  return drives;
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
