/** Which indexed lookups one typed or scanned query runs (see find-queries-repo.ts). */
import { DOCUMENT_TYPES } from '../../shared/identity/document-types';
import { validateDocument } from '../../shared/identity/permits';
import { cleanScannerInput, compactDocumentInput } from '../../shared/identity/scanner-input';
import { normalizeNameText } from '../../shared/names/name-text';
import { lookupKey, type QueryKind } from '../../shared/names/query-kind';
import type { Db } from '../store/db';
import type { CenterDay } from './center-day';
import { documentHash } from './document-hash';
import { findQueries, type FoundRow } from './find-queries-repo';

export type FindStep = (db: Db, day: CenterDay) => { execute(): Promise<FoundRow[]> };

export interface FindPlan {
  /** The input without scanner control characters (a trailing CR/LF, TAB, zero-width...). */
  query: string;
  kind: QueryKind;
  steps: FindStep[];
}

/** Keyed hashes of every document type the text is a valid number of. */
export function documentHashesOf(text: string, key: Buffer, today: string): string[] {
  const out = new Set<string>();
  for (const type of DOCUMENT_TYPES) {
    const r = validateDocument(type, text, { today });
    if (r.ok) out.add(documentHash(key, r.normalized));
  }
  return [...out];
}

function exactCodes(cleaned: string): string[] {
  const compact = compactDocumentInput(cleaned);
  return [...new Set([cleaned, cleaned.toUpperCase(), compact].filter((s) => s !== ''))];
}

export function planFind(raw: string, key: Buffer, today: string): FindPlan {
  const query = cleanScannerInput(raw);
  const lookup = lookupKey(query);
  const steps: FindStep[] = [];
  const codes = exactCodes(query);
  const byCode = () => {
    steps.push((db, day) => findQueries.admissionCode(db, day, codes));
    steps.push((db, day) => findQueries.bookingId(db, day, codes));
  };
  switch (lookup.kind) {
    case 'empty':
      break;
    case 'name': {
      const prefix = normalizeNameText(query);
      steps.push((db, day) => findQueries.namePrefix(db, day, prefix));
      break;
    }
    case 'last4':
      steps.push((db, day) => findQueries.last4(db, day, lookup.key));
      break;
    case 'document': {
      const hashes = documentHashesOf(query, key, today);
      if (hashes.length > 0) steps.push((db, day) => findQueries.documentHash(db, day, hashes));
      // A scanned code may have the shape of a document number (10 digits, a letter + 8 digits).
      byCode();
      break;
    }
    case 'initials':
      if (lookup.key !== '') steps.push((db, day) => findQueries.initialsPrefix(db, day, lookup.key));
      if (lookup.pinyinKey) {
        const p = lookup.pinyinKey;
        steps.push((db, day) => findQueries.pinyinPrefix(db, day, p));
      }
      if (query.length >= 6) byCode();
      break;
    case 'pinyin':
      if (lookup.key !== '') steps.push((db, day) => findQueries.pinyinPrefix(db, day, lookup.key));
      // An all-letter scanned code reads like pinyin; the exact-code lookups are two index probes.
      if (query.length >= 6) byCode();
      break;
    case 'code':
    case 'unknown':
      byCode();
      break;
  }
  return { query, kind: lookup.kind, steps };
}

/** Runs a plan: the distinct appointment ids in start order, and whether there were more. */
export async function runFind(db: Db, day: CenterDay, plan: FindPlan, limit: number): Promise<{ ids: number[]; truncated: boolean }> {
  const found = new Map<number, string>();
  for (const step of plan.steps) {
    for (const row of await step(db, day).execute()) found.set(row.id, row.startsAt);
  }
  const ordered = [...found.entries()].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]));
  return { ids: ordered.slice(0, limit).map(([id]) => id), truncated: ordered.length > limit };
}
