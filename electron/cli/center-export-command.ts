import { localDateSchema } from '../../shared/ipc/schemas';
import { DEFAULT_CENTER_ZONE } from '../../shared/time/default-zone';
import { isValidTimeZone } from '../../shared/time/zoned';
import { stringOption } from '../core/args';
import { ledgerCsv, writeLedgerCsv } from '../centerserver/ledger-export';
import { centerLedger, type CenterLedger } from '../centerserver/ledger-export-repo';
import { openCenterPg, redactUrl } from '../centerserver/open-center';

export const CENTER_EXPORT_USAGE =
  "desk center export --url postgres://USER@HOST:PORT/DB --out FILE.csv [--date YYYY-MM-DD] [--zone Asia/Shanghai]   (admissions in FILE.csv, conflicts in FILE-conflicts.csv; names and document numbers are in the desks' own exports)";

/** Why the center could not be read, in words: the address is shown without its password. */
function unreadable(url: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const why = error instanceof Error ? error.message : String(error);
  if (code === '42P01') return `the database at ${redactUrl(url)} has no center tables (run "desk center init --url …" first)`;
  return `could not read the center at ${redactUrl(url)} (${why})`;
}

/**
 * `desk center export` (#19): what the center decided, as CSV: one row per admission (desk,
 * operator, desk time and received time in the zone, nonce, offline, forced, override reason) in
 * FILE.csv, and the conflicts with both sides and the manager's decision in FILE-conflicts.csv.
 * `--date` keeps one local day of the zone by desk time. Nothing is written unless the center was read.
 */
export async function centerExport(url: string, options: Record<string, string | true>): Promise<number> {
  const out = stringOption(options, 'out');
  const date = stringOption(options, 'date');
  const zone = stringOption(options, 'zone') ?? DEFAULT_CENTER_ZONE;
  const problems = [
    !out && '--out FILE.csv is required',
    date !== undefined && !localDateSchema.safeParse(date).success && `--date "${date}" is not a date as YYYY-MM-DD`,
    !isValidTimeZone(zone) && `--zone "${zone}" is not an IANA time zone`,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`center export: ${problems.join('; ')}\nUsage: ${CENTER_EXPORT_USAGE}`);
    return 2;
  }
  const db = openCenterPg(url, { connectTimeoutMs: 10_000, queryTimeoutMs: 600_000, max: 1 });
  let ledger: CenterLedger;
  try {
    ledger = await centerLedger(db, date ? { day: { date, zone } } : {});
  } catch (error) {
    console.error(`center export: ${unreadable(url, error)}; no file was written.`);
    return 1;
  } finally {
    await db.destroy();
  }
  const paths = writeLedgerCsv(out!, ledgerCsv(ledger, zone));
  const scope = date ? `${date} (${zone}, by desk time)` : `all days (times in ${zone})`;
  console.log(`center ${redactUrl(url)}, ${scope}:`);
  console.log(`  ${ledger.admissions.length} admissions written to ${paths.admissionsPath}`);
  console.log(`  ${ledger.conflicts.length} conflicts (${ledger.conflicts.filter((c) => !c.resolution).length} open) written to ${paths.conflictsPath}`);
  console.log("  candidate names and document numbers are not at the center: they are in each desk's own exports (desk export --kind attendance)");
  return 0;
}
