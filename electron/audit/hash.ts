import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Stable JSON: keys sorted, so the same record always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The link of a hash chain: sha256(previous hash + canonical record). */
export function linkHash(prevHash: string, record: Record<string, unknown>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(record)).digest('hex');
}

export interface ChainRow {
  key: number;
  prevHash: string;
  hash: string;
  record: Record<string, unknown>;
}

export type ChainReport = { ok: true; length: number; head: string } | { ok: false; length: number; brokenAt: number; reason: 'prev-mismatch' | 'hash-mismatch' };

/** Walks a chain in order and reports the first broken link (edited, deleted or reordered). */
export function verifyChain(rows: Iterable<ChainRow>): ChainReport {
  let prev = GENESIS_HASH;
  let length = 0;
  for (const row of rows) {
    if (row.prevHash !== prev) return { ok: false, length, brokenAt: row.key, reason: 'prev-mismatch' };
    if (linkHash(row.prevHash, row.record) !== row.hash) {
      return { ok: false, length, brokenAt: row.key, reason: 'hash-mismatch' };
    }
    prev = row.hash;
    length += 1;
  }
  return { ok: true, length, head: prev };
}
