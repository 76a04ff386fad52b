import { toCsv } from '../../shared/exchange/csv-write';
import { formatLocalIso } from '../../shared/time/zoned';
import { writePrivateFileAtomic } from '../store/private-file';
import type { AdmissionEvidence } from './ledger-repo';
import type { CenterLedger } from './ledger-export-repo';

/**
 * The columns of the center's admissions ledger, each "key (中文)": the key for scripts, the words
 * for a manager reading it in a spreadsheet. The center holds no candidate names nor document
 * numbers: those are in each desk's own exports (`desk export --kind attendance`).
 */
export const LEDGER_ADMISSION_HEADER = [
  'admission_code (准考证号)',
  'desk (工作台)',
  'operator (操作员)',
  'desk_time_local (工作台时间)',
  'received_at_local (中心接收时间)',
  'nonce (记录编号)',
  'offline (离线准入)',
  'forced (负责人例外准入)',
  'override_reason (例外理由)',
] as const;

/** The columns of the conflicts file: both admissions as they arrived, then the manager's decision. */
export const LEDGER_CONFLICT_HEADER = [
  'conflict_id (冲突编号)',
  'admission_code (准考证号)',
  'received_at_local (中心接收时间)',
  'first_desk (先被接受的工作台)',
  'first_operator (先被接受的操作员)',
  'first_desk_time_local (先被接受的工作台时间)',
  'first_nonce (先被接受的记录编号)',
  'first_forced (先被接受的例外准入)',
  'first_override_reason (先被接受的例外理由)',
  'second_desk (第二次准入的工作台)',
  'second_operator (第二次准入的操作员)',
  'second_desk_time_local (第二次准入的工作台时间)',
  'second_nonce (第二次准入的记录编号)',
  'second_forced (第二次准入的例外准入)',
  'second_override_reason (第二次准入的例外理由)',
  'status (状态)',
  'resolution (处理结果)',
  'resolved_by (处理人)',
  'resolved_at_local (处理时间)',
  'note (处理说明)',
] as const;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

export interface LedgerCsv {
  admissions: Buffer;
  conflicts: Buffer;
}

/**
 * The ledger as two CSV files (UTF-8 with BOM for Excel, CRLF, formula-like cells neutralised, as
 * the desk's sponsor exports). Times are local in `zone` with the offset, e.g.
 * "2026-11-30T09:15:02.120+08:00", so each is exact and says which zone it is in.
 */
export function ledgerCsv(ledger: CenterLedger, zone: string): LedgerCsv {
  const local = (iso: string | null) => (iso === null ? null : formatLocalIso(Date.parse(iso), zone));
  const side = (e: AdmissionEvidence) => [e.desk, e.operator, local(e.deskAt), e.nonce, yesNo(e.forced), e.overrideReason];
  const admissions = ledger.admissions.map((a) => [a.admissionCode, a.desk, a.operator, local(a.deskAt), local(a.receivedAt), a.nonce, yesNo(a.offline), yesNo(a.forced), a.overrideReason]);
  const conflicts = ledger.conflicts.map((c) => [
    c.id,
    c.admissionCode,
    local(c.receivedAt),
    ...side(c.kept),
    ...side(c.second),
    c.resolution ? 'resolved' : 'open',
    c.resolution,
    c.resolvedBy,
    local(c.resolvedAt),
    c.note,
  ]);
  return {
    admissions: Buffer.from(toCsv([[...LEDGER_ADMISSION_HEADER], ...admissions], { bom: true }), 'utf8'),
    conflicts: Buffer.from(toCsv([[...LEDGER_CONFLICT_HEADER], ...conflicts], { bom: true }), 'utf8'),
  };
}

/** Where the conflicts go beside `out`: "day.csv" -> "day-conflicts.csv". */
export function conflictsPathOf(out: string): string {
  return /\.csv$/i.test(out) ? out.replace(/\.csv$/i, '-conflicts.csv') : `${out}-conflicts.csv`;
}

/**
 * Writes both files, each private (0600: admission codes and operators) and atomically (a reader
 * sees the old file or the new, never half). Called only once the ledger was read, so a center
 * that does not answer leaves no file behind.
 */
export function writeLedgerCsv(out: string, csv: LedgerCsv): { admissionsPath: string; conflictsPath: string } {
  const conflictsPath = conflictsPathOf(out);
  writePrivateFileAtomic(out, csv.admissions);
  writePrivateFileAtomic(conflictsPath, csv.conflicts);
  return { admissionsPath: out, conflictsPath };
}
