import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { OperatorInfo } from '../../shared/accounts/contract';
import type { ImportErrorCode, ImportRowError } from '../../shared/exchange/import-contract';
import { headerKey } from '../../shared/exchange/import-fields';
import type { ScoreImportPreview } from '../../shared/scores/contract';
import { appendAudit } from '../audit/audit-log';
import { DomainError } from '../core/errors';
import { BadFileError, decodeTable } from '../exchange/import/decode';
import type { RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';
import { assertScoreAllowed, isAdmitted } from './admitted';
import { settle } from './double-entry';
import { liveResult } from './results-repo';
import { loadScoreContext, type ScoreContext } from './score-context';
import { appointmentIdByBooking, upsertScoreResolution } from './score-import-repo';

const COLUMNS = {
  booking_id: ['booking_id', 'booking id', '预约号', '预约编号'],
  part: ['part', 'exam part', '考试部分', '部分'],
  score: ['score', 'points', '分数', '成绩', '得分'],
  absent: ['absent', '缺考'],
} as const;
type Column = keyof typeof COLUMNS;

interface Planned {
  line: number;
  context: ScoreContext;
  part: 'theory' | 'lab' | 'interview';
  value: number | null;
  absent: boolean;
  existing: 'none' | 'same' | 'different';
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '缺考']);
const NO = new Set(['', 'no', 'n', 'false', '0', '否']);

/** Reads a sponsor's score file and checks every row against the store; writes nothing. */
export async function checkScoreFile(db: Kysely<DB>, fileName: string, bytes: Uint8Array): Promise<{ preview: ScoreImportPreview; planned: Planned[] }> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const base = { fileName, sha256, rows: 0, create: 0, update: 0, unchanged: 0 };
  let table;
  try {
    table = await decodeTable(bytes);
  } catch (e) {
    if (!(e instanceof BadFileError)) throw e;
    const error: ImportRowError = { line: e.line, column: null, field: null, code: 'BAD_FILE', value: '', message: e.message };
    return { preview: { ...base, errors: [error], errorCount: 1, missing: [] }, planned: [] };
  }
  const keys = table.headers.map(headerKey);
  const col = {} as Record<Column, number>;
  for (const c of Object.keys(COLUMNS) as Column[]) col[c] = keys.findIndex((k) => COLUMNS[c].some((a) => headerKey(a) === k));
  const missing = (['booking_id', 'part', 'score'] as const).filter((c) => col[c] < 0);
  if (missing.length) return { preview: { ...base, rows: table.records.length, errors: [], errorCount: 0, missing }, planned: [] };

  const errors: ImportRowError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, { line: number; key: string }>();
  for (const rec of table.records) {
    const cell = (c: Column) => (col[c] >= 0 ? (rec.cells[col[c]] ?? '').trim() : '');
    const err = (c: Column, code: ImportErrorCode, value: string, message: string) => errors.push({ line: rec.line, column: table.headers[col[c]] ?? c, field: null, code, value, message });
    const booking = cell('booking_id');
    const part = cell('part').toLowerCase();
    const scoreText = cell('score');
    const absentText = cell('absent').toLowerCase();
    if (!booking) {
      err('booking_id', 'REQUIRED', '', 'booking_id is empty');
      continue;
    }
    if (!['theory', 'lab', 'interview'].includes(part)) {
      err('part', 'BAD_PART', part, `part "${part}" is not theory, lab or interview`);
      continue;
    }
    if (!YES.has(absentText) && !NO.has(absentText)) {
      err('absent', 'BAD_INTEGER', absentText, `absent "${absentText}" is not yes or no`);
      continue;
    }
    const absent = YES.has(absentText);
    if (!absent && !/^\d{1,4}$/.test(scoreText)) {
      err('score', 'BAD_SCORE', scoreText, `score "${scoreText}" is not a whole number of points`);
      continue;
    }
    if (absent && scoreText !== '') {
      err('score', 'BAD_SCORE', scoreText, 'an absent candidate has no score');
      continue;
    }
    const appt = await appointmentIdByBooking(db, booking);
    if (!appt) {
      err('booking_id', 'UNKNOWN_BOOKING', booking, `booking ${booking} is not in this desk's bookings`);
      continue;
    }
    const context = await loadScoreContext(db, appt.id, part as Planned['part']);
    if (!context) {
      err('part', 'BAD_PART', part, `the subject of booking ${booking} has no ${part} part`);
      continue;
    }
    const value = absent ? null : Number(scoreText);
    if (value !== null && value > context.maxScore) {
      err('score', 'BAD_SCORE', scoreText, `score ${value} is above the maximum of ${context.maxScore}`);
      continue;
    }
    // #18.5: a candidate never admitted gets "absent", never a score.
    if (!absent && !(await isAdmitted(db, appt.id))) {
      err('booking_id', 'NOT_ADMITTED', booking, `the candidate of booking ${booking} was never admitted; only "absent" can be recorded`);
      continue;
    }
    const dupKey = `${appt.id}|${part}`;
    const key = `${value}|${absent}`;
    const first = seen.get(dupKey);
    if (first) {
      if (first.key !== key) err('booking_id', 'DUPLICATE_CONFLICT', booking, `booking ${booking} ${part} is also on line ${first.line} with another score`);
      continue;
    }
    seen.set(dupKey, { line: rec.line, key });
    const live = await liveResult(db, appt.id, part);
    const same = live && live.value === value && (live.absent === 1) === absent;
    if (live?.state === 'released' && !same) {
      err('booking_id', 'RELEASED', booking, `the ${part} result of booking ${booking} is released and locked; a manager corrects it with a reason`);
      continue;
    }
    planned.push({ line: rec.line, context, part: part as Planned['part'], value, absent, existing: !live ? 'none' : same ? 'same' : 'different' });
  }
  return {
    preview: {
      ...base,
      rows: table.records.length,
      create: planned.filter((p) => p.existing === 'none').length,
      update: planned.filter((p) => p.existing === 'different').length,
      unchanged: planned.filter((p) => p.existing === 'same').length,
      errors: errors.slice(0, 500),
      errorCount: errors.length,
      missing: [],
    },
    planned,
  };
}

/**
 * Sponsor scores, all or none: each becomes the decided score of its part (recorded like a
 * manager's resolution, with the file named as the reason) and a held result dated by RES-2.
 */
export async function importScoreFile(db: Kysely<DB>, file: { fileName: string; bytes: Uint8Array }, op: OperatorInfo, now: Date, env: RuleEnv): Promise<ScoreImportPreview> {
  const { preview, planned } = await checkScoreFile(db, file.fileName, file.bytes);
  if (preview.missing.length)
    throw new DomainError('VALIDATION', `The file has no column for ${preview.missing.join(', ')}. Nothing was imported.`, { key: 'scores.missingColumns', params: { fields: preview.missing.join(', ') } });
  if (preview.errorCount) {
    const e = preview.errors[0]!;
    throw new DomainError('VALIDATION', `${preview.errorCount} problem(s) in the file; nothing was imported. First: line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}.`, {
      key: 'scores.problems',
      params: { count: preview.errorCount, line: e.line, column: e.column ? ` [${e.column}]` : '', detail: e.message },
    });
  }
  const reason = `sponsor score file ${file.fileName} (sha256 ${preview.sha256.slice(0, 16)})`;
  await db.transaction().execute(async (trx) => {
    for (const p of planned) {
      if (p.existing === 'same') continue;
      await assertScoreAllowed(trx, p.context.appointmentId, p);
      const row = { value: p.value, absent: p.absent ? 1 : 0, reason, operator_id: op.id, resolved_at: now.toISOString() };
      await upsertScoreResolution(trx, { appointment_id: p.context.appointmentId, part: p.part }, row);
      await settle(trx, p.context, p.part, { value: p.value, absent: p.absent ? 1 : 0 }, op, now, env);
    }
    await appendAudit(trx, {
      at: now.toISOString(),
      operatorId: op.id,
      action: 'scores.import',
      subjectType: 'file',
      subjectId: preview.sha256,
      detail: { fileName: file.fileName, rows: preview.rows, created: preview.create, updated: preview.update, unchanged: preview.unchanged },
    });
  });
  return preview;
}
