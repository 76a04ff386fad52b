import { basename } from 'node:path';
import { stringOption } from '../core/args';
import { readDeskSnapshot } from '../centerlink/desk-snapshot';
import { centerStatus } from '../centerserver/center-status';
import { migrateCenter, openCenterPg, redactUrl } from '../centerserver/open-center';
import { putSnapshot } from '../centerserver/snapshots-repo';
import { CENTER_EXPORT_USAGE, centerExport } from './center-export-command';
import type { Command } from './commands';

const USAGE = [
  'desk center init --url postgres://USER@HOST:PORT/DB [--from desk.sqlite]',
  'desk center status --url postgres://USER@HOST:PORT/DB',
  CENTER_EXPORT_USAGE,
  '(the address may also come from EXAM_DESK_CENTER_URL)',
].join('\n       ');

/** Rows as a plain table: columns padded to their widest cell. */
export function plainTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function init(url: string, from: string | undefined): Promise<number> {
  const db = openCenterPg(url, { connectTimeoutMs: 10_000, queryTimeoutMs: 60_000 });
  try {
    await migrateCenter(db, 'postgres');
    console.log(`ok      center schema at ${redactUrl(url)}`);
    if (from) {
      const snap = await readDeskSnapshot(from);
      const id = await putSnapshot(db, { takenAt: new Date().toISOString(), fromDesk: basename(from), bytes: snap.bytes, hashKey: snap.hashKey });
      console.log(`ok      the day's working copy: snapshot ${id} from ${from} (${snap.bytes.length} bytes, with its hash key); a new desk that joins starts from it`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

async function status(url: string): Promise<number> {
  const db = openCenterPg(url, { connectTimeoutMs: 10_000, queryTimeoutMs: 60_000 });
  try {
    const s = await centerStatus(db);
    console.log(`Center ${redactUrl(url)}`);
    console.log('');
    console.log('Desks');
    console.log(
      plainTable(
        ['desk', 'joined', 'last contact'],
        s.desks.map((d) => [d.name, d.joinedAt, d.lastContactAt]),
      ),
    );
    console.log('');
    console.log('Leases');
    console.log(
      plainTable(
        ['session', 'desk'],
        s.leases.map((l) => [l.sessionKey, l.desk]),
      ),
    );
    console.log('');
    console.log(`check-ins        ${s.checkins}`);
    console.log(`open conflicts   ${s.openConflicts}`);
    console.log(s.chain.ok ? `chain            ok (${s.chain.length} entries)` : `chain            BROKEN at entry ${s.chain.brokenAt}`);
    return s.chain.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

/**
 * `desk center init|status|export` (#19): creates and migrates the center's PostgreSQL schema (and with
 * `--from` takes a desk file as the day's working copy for the desks that join), or lists the desks
 * with their last contact, the leases, the open conflicts and whether the center's chain verifies.
 */
export const centerCommand: Command = {
  name: 'center',
  summary: "set up the center server (PostgreSQL) and take a desk file as the day's working copy, show its desks, leases and conflicts, or export its admissions and conflicts as CSV",
  usage: USAGE,
  async run({ positional, options }) {
    const [sub] = positional;
    const url = stringOption(options, 'url') ?? process.env.EXAM_DESK_CENTER_URL;
    if ((sub !== 'init' && sub !== 'status' && sub !== 'export') || !url) {
      console.error(`center: ${url ? 'init or status? Or export?' : '--url URL (or EXAM_DESK_CENTER_URL) is required'}\nUsage: ${USAGE}`);
      return 2;
    }
    if (sub === 'export') return centerExport(url, options);
    return sub === 'init' ? init(url, stringOption(options, 'from')) : status(url);
  },
};
