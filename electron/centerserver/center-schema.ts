import type { Generated, Kysely, Transaction } from 'kysely';

/*
 * The center server's tables (#19): the one place that decides while desks can reach it. The same
 * Kysely repositories run on PostgreSQL (the center) and on SQLite (tests of the repositories on
 * both dialects); only the DDL in ./migrations differs per dialect. Instants: ISO UTC text.
 * Flags: integer 0/1 on both dialects.
 */

/** One row per desk that ever joined. */
export interface CenterDesksTable {
  name: string;
  joined_at: string;
  last_contact_at: string;
}

/** A session (room code + UTC start) leased to one desk: the desk may admit its candidates offline. */
export interface CenterLeasesTable {
  session_key: string;
  desk: string;
  assigned_by: string;
  assigned_at: string;
}

/** DAY-8 across desks: one admission per appointment (primary key), one use per nonce (unique). */
export interface CenterCheckinsTable {
  admission_code: string;
  nonce: string;
  desk: string;
  operator: string;
  /** When the desk admitted (its own clock). */
  desk_at: string;
  /** When the center took it (arrival order). */
  received_at: string;
  offline: number;
  forced: number;
  override_reason: string | null;
}

/** A second admission of the same appointment from another desk, kept with both sides' evidence. */
export interface CenterConflictsTable {
  id: Generated<number>;
  admission_code: string;
  nonce: string;
  desk: string;
  operator: string;
  desk_at: string;
  received_at: string;
  forced: number;
  /** JSON: { kept: the admission in center_checkins at the time, second: this one }. */
  evidence_json: string;
  resolved_at: string | null;
  resolved_by: string | null;
  /** 'kept-first' | 'kept-second' */
  resolution: string | null;
  note: string | null;
}

/** The center's audit chain, in arrival order, with each entry's desk time. */
export interface CenterAuditTable {
  seq: number;
  received_at: string;
  desk: string;
  desk_at: string;
  action: string;
  subject: string;
  detail_json: string;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the chain's head. Appends update it first, which serialises them on PostgreSQL (row lock). */
export interface CenterChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** The day's working copy a joining desk starts from (a desk file taken with VACUUM INTO, and its hash key). */
export interface CenterSnapshotsTable {
  id: Generated<number>;
  taken_at: string;
  from_desk: string;
  bytes: Uint8Array;
  hash_key: string;
}

export interface CenterDB {
  center_desks: CenterDesksTable;
  center_leases: CenterLeasesTable;
  center_checkins: CenterCheckinsTable;
  center_conflicts: CenterConflictsTable;
  center_audit: CenterAuditTable;
  center_chain_head: CenterChainHeadTable;
  center_snapshots: CenterSnapshotsTable;
}

/** What every center repository function takes. */
export type CenterDb = Kysely<CenterDB> | Transaction<CenterDB>;
