import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Exam Desk';

/**
 * The user's data folder, the same one Electron's app.getPath('userData') gives for this app, so
 * the desktop app, browser mode and the CLI find the same database.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.EXAM_DESK_DATA_DIR) return env.EXAM_DESK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** --db wins, then EXAM_DESK_DB, then the demo database in the data folder. */
export function resolveDbPath(
  argDb: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): {
  path: string;
  isDefaultDemo: boolean;
} {
  if (argDb) return { path: argDb, isDefaultDemo: false };
  if (env.EXAM_DESK_DB) return { path: env.EXAM_DESK_DB, isDefaultDemo: false };
  return { path: join(defaultDataDir(env), 'demo.sqlite'), isDefaultDemo: true };
}
