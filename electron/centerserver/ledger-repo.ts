import type { Kysely, Transaction } from 'kysely';
import { DomainError } from '../core/errors';
import { appendCenterAudit } from './center-audit-repo';
import type { CenterCheckinsTable, CenterDB, CenterDb } from './center-schema';

/** One admission a desk asks the center to record (DAY-8 across desks). */
export interface Claim extends AdmissionEvidence {
  admissionCode: string;
}

export type ClaimAnswer =
  /** repeat: this nonce was already the admission (a retry after a lost reply, or a replay). */
  | { result: 'admitted'; repeat: boolean }
  /** Online only: another desk (or another nonce) admitted this appointment first. */
  | { result: 'taken'; by: { desk: string; operator: string; deskAt: string; nonce: string } }
  /** Replay only: a second admission of an admitted appointment, kept for the manager. */
  | { result: 'conflict'; conflictId: number; repeat: boolean };

/** How an admission is kept in a conflict's evidence: everything needed to make it the admission later. */
export interface AdmissionEvidence {
  /** The desk's id of this admission: a retry or a replay carries the same nonce. */
  nonce: string;
  desk: string;
  operator: string;
  /** When the desk admitted, by its own clock. */
  deskAt: string;
  /** When the center took the claim. */
  receivedAt: string;
  offline: boolean;
  forced: boolean;
  overrideReason: string | null;
}

export function evidenceOfRow(r: CenterCheckinsTable): AdmissionEvidence {
  return { nonce: r.nonce, desk: r.desk, operator: r.operator, deskAt: r.desk_at, receivedAt: r.received_at, offline: r.offline === 1, forced: r.forced === 1, overrideReason: r.override_reason };
}

export function rowOfEvidence(admissionCode: string, e: AdmissionEvidence): CenterCheckinsTable {
  return {
    admission_code: admissionCode,
    nonce: e.nonce,
    desk: e.desk,
    operator: e.operator,
    desk_at: e.deskAt,
    received_at: e.receivedAt,
    offline: e.offline ? 1 : 0,
    forced: e.forced ? 1 : 0,
    override_reason: e.overrideReason,
  };
}

/** The claim's evidence, field by field: nothing else a caller's object carries goes into the stored JSON. */
const evidenceOfClaim = (c: Claim): AdmissionEvidence => ({
  nonce: c.nonce,
  desk: c.desk,
  operator: c.operator,
  deskAt: c.deskAt,
  receivedAt: c.receivedAt,
  offline: c.offline,
  forced: c.forced,
  overrideReason: c.overrideReason,
});

/**
 * Online admission at a joined desk: the center's one check-in per appointment (primary key) and
 * one use per nonce (unique) decide, with `insert … on conflict do nothing … returning`. A nonce
 * already used answers its earlier outcome with repeat: true. The check-in and its audit entry
 * share one transaction.
 */
export async function claimOnline(db: Kysely<CenterDB>, c: Claim): Promise<ClaimAnswer> {
  return db.transaction().execute(async (trx) => {
    const earlier = await earlierOutcome(trx, c);
    if (earlier) return earlier;
    // Twice at most: a check-in released between our insert and our look leaves the code free again.
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await insertCheckin(trx, c)) return { result: 'admitted', repeat: false };
      const now = await checkinOf(trx, c.admissionCode);
      if (now?.nonce === c.nonce) return { result: 'admitted', repeat: true };
      if (now) return { result: 'taken', by: { desk: now.desk, operator: now.operator, deskAt: now.desk_at, nonce: now.nonce } };
    }
    throw nonceReused(c);
  });
}

/**
 * A desk's outbox replayed after an outage, in its order with the same nonces (replaying twice is
 * harmless). A second admission of an admitted appointment is never dropped: it is kept in
 * center_conflicts with both admissions as evidence for the manager.
 */
export async function claimReplay(db: Kysely<CenterDB>, c: Claim): Promise<ClaimAnswer> {
  return db.transaction().execute(async (trx) => {
    const earlier = await earlierOutcome(trx, c);
    if (earlier) return earlier;
    if (await insertCheckin(trx, c)) return { result: 'admitted', repeat: false };
    const now = await checkinOf(trx, c.admissionCode);
    if (now?.nonce === c.nonce) return { result: 'admitted', repeat: true };
    if (!now) throw nonceReused(c);
    const evidence = { kept: evidenceOfRow(now), second: evidenceOfClaim(c) };
    const inserted = await trx
      .insertInto('center_conflicts')
      .values({
        admission_code: c.admissionCode,
        nonce: c.nonce,
        desk: c.desk,
        operator: c.operator,
        desk_at: c.deskAt,
        received_at: c.receivedAt,
        forced: c.forced ? 1 : 0,
        evidence_json: JSON.stringify(evidence),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      // The same replay, committed by a concurrent call between our look and our insert.
      const again = await earlierOutcome(trx, c);
      if (again) return again;
      throw nonceReused(c);
    }
    await appendCenterAudit(trx, { receivedAt: c.receivedAt, desk: c.desk, deskAt: c.deskAt, action: 'ledger.conflict', subject: c.admissionCode, detail: { conflictId: inserted.id, ...evidence } });
    return { result: 'conflict', conflictId: inserted.id, repeat: false };
  });
}

/**
 * Takes back an online admission whose local transaction failed at the desk: only the claim with
 * this nonce (never another desk's admission). True when a check-in was removed; audited.
 */
export async function releaseClaim(db: Kysely<CenterDB>, admissionCode: string, nonce: string, desk: string, at: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('center_checkins').where('admission_code', '=', admissionCode).where('nonce', '=', nonce).returningAll().executeTakeFirst();
    if (!gone) return false;
    await appendCenterAudit(trx, { receivedAt: at, desk, deskAt: at, action: 'ledger.release', subject: admissionCode, detail: { released: evidenceOfRow(gone) } });
    return true;
  });
}

/** The admission the center holds for an appointment, if any. */
export async function checkinOf(db: CenterDb, admissionCode: string): Promise<CenterCheckinsTable | undefined> {
  return db.selectFrom('center_checkins').selectAll().where('admission_code', '=', admissionCode).executeTakeFirst();
}

/** Every admission the center holds, by admission code. */
export async function listCheckins(db: CenterDb): Promise<CenterCheckinsTable[]> {
  return db.selectFrom('center_checkins').selectAll().orderBy('admission_code').execute();
}

/** Who admitted an appointment, as the center holds it. */
export interface AdmittedBy {
  desk: string;
  operator: string;
  deskAt: string;
}

/** Admission codes per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CODES_PER_QUERY = 500;

/** Which of these appointments the center holds an admission for (DAY-1/DAY-8 across desks), by admission code. */
export async function admittedAmong(db: CenterDb, codes: readonly string[]): Promise<Map<string, AdmittedBy>> {
  const found = new Map<string, AdmittedBy>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += CODES_PER_QUERY) {
    const rows = await db
      .selectFrom('center_checkins')
      .select(['admission_code', 'desk', 'operator', 'desk_at'])
      .where('admission_code', 'in', unique.slice(i, i + CODES_PER_QUERY))
      .execute();
    for (const r of rows) found.set(r.admission_code, { desk: r.desk, operator: r.operator, deskAt: r.desk_at });
  }
  return found;
}

export async function countCheckins(db: CenterDb): Promise<number> {
  const r = await db
    .selectFrom('center_checkins')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function insertCheckin(trx: Transaction<CenterDB>, c: Claim): Promise<boolean> {
  const row = rowOfEvidence(c.admissionCode, evidenceOfClaim(c));
  const inserted = await trx
    .insertInto('center_checkins')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('admission_code')
    .executeTakeFirst();
  if (!inserted) return false;
  const detail = { nonce: c.nonce, operator: c.operator, offline: c.offline, forced: c.forced, overrideReason: c.overrideReason };
  await appendCenterAudit(trx, { receivedAt: c.receivedAt, desk: c.desk, deskAt: c.deskAt, action: c.offline ? 'ledger.claimReplayed' : 'ledger.claim', subject: c.admissionCode, detail });
  return true;
}

/** The answer a nonce already got: it is the admission, or it is kept as a conflict. */
async function earlierOutcome(trx: Transaction<CenterDB>, c: Claim): Promise<ClaimAnswer | undefined> {
  const admitted = await trx.selectFrom('center_checkins').select('admission_code').where('nonce', '=', c.nonce).executeTakeFirst();
  if (admitted) {
    if (admitted.admission_code !== c.admissionCode) throw nonceReused(c);
    return { result: 'admitted', repeat: true };
  }
  const conflict = await trx.selectFrom('center_conflicts').select(['id', 'admission_code']).where('nonce', '=', c.nonce).executeTakeFirst();
  if (conflict) {
    if (conflict.admission_code !== c.admissionCode) throw nonceReused(c);
    return { result: 'conflict', conflictId: conflict.id, repeat: true };
  }
  return undefined;
}

function nonceReused(c: Claim): DomainError {
  return new DomainError('CONFLICT', `The nonce ${c.nonce} from desk ${c.desk} was already used for another appointment; a nonce names one admission.`, {
    key: 'centerServer.nonceReused',
    params: { desk: c.desk },
  });
}

/** The center audit actions that change an appointment's row in center_checkins (their subject is its admission code). */
const CHECKIN_ACTIONS = ['ledger.claim', 'ledger.claimReplayed', 'ledger.release', 'ledger.resolve'];

/**
 * The admission codes whose center admission changed after audit seq `after`, for a desk that
 * mirrors the other desks' admissions (#19). The center's audit chain is the feed: every claim,
 * release and resolution appends to it in its own transaction, and the chain's head row (updated
 * first, held until commit) serialises appends, so seqs commit in order and none below the head
 * can appear later. `upTo` is the seq to continue after (the head when all was read); a head below
 * `after` (a center restored from an older backup) starts again from 0. more: a page was full.
 */
export async function checkinChangesAfter(db: CenterDb, after: number, limit = 500): Promise<{ codes: string[]; upTo: number; more: boolean; restarted: boolean }> {
  const head = await db.selectFrom('center_chain_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  const headSeq = Number(head.seq);
  const restarted = headSeq < after;
  const from = restarted ? 0 : after;
  const rows = await db.selectFrom('center_audit').select(['seq', 'subject']).where('seq', '>', from).where('seq', '<=', headSeq).where('action', 'in', CHECKIN_ACTIONS).orderBy('seq').limit(limit).execute();
  const upTo = rows.length < limit ? headSeq : Number(rows[rows.length - 1]!.seq);
  return { codes: [...new Set(rows.map((r) => r.subject))], upTo, more: rows.length === limit, restarted };
}

/** The center's admissions of these appointments (absent: none), by admission code. */
export async function checkinsOf(db: CenterDb, codes: readonly string[]): Promise<Map<string, CenterCheckinsTable>> {
  const found = new Map<string, CenterCheckinsTable>();
  const unique = [...new Set(codes)];
  for (let i = 0; i < unique.length; i += CODES_PER_QUERY) {
    const rows = await db
      .selectFrom('center_checkins')
      .selectAll()
      .where('admission_code', 'in', unique.slice(i, i + CODES_PER_QUERY))
      .execute();
    for (const r of rows) found.set(r.admission_code, r);
  }
  return found;
}
