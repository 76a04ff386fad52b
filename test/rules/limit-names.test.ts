/**
 * #17.6: one naming rule for limits (shared/rules/limit-names.ts): `…Before` exclusive, `…Through`
 * inclusive, `…From` inclusive lower limit, `…At`/`…Start`/`…Date` not a limit. Checked on every
 * instant and date of every verdict for the documented examples under every profile, and at the
 * edges of a few limits; the old names stay as aliases for one version.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decide } from '../../electron/rules/engine';
import { isOldLimitName, LIMIT_SUFFIXES, OLD_LIMIT_NAMES } from '../../shared/rules/limit-names';
import { profileIds } from '../../shared/rules/profile-ids';
import type { DecisionRequest } from '../../shared/rules/requests';
import type { Figure, Verdict } from '../../shared/rules/verdict';
import { env, verdict } from './helpers';

const doc = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');
const seeds = [...doc.matchAll(/```json request\n([\s\S]*?)```/g)].flatMap((m) => {
  const parsed = JSON.parse(m[1] as string) as DecisionRequest | DecisionRequest[];
  return Array.isArray(parsed) ? parsed : [parsed];
});
const verdicts: Verdict[] = seeds.flatMap((seed) =>
  profileIds.flatMap((profile) => {
    const out = decide({ ...seed, profile } as DecisionRequest, env);
    return 'error' in out ? [] : [out];
  }),
);
const utc = (f: Figure | undefined): number => {
  if (f?.kind !== 'instant') throw new Error(`not an instant: ${JSON.stringify(f)}`);
  return Date.parse(f.utc);
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('#17.6 limit names say whether the edge is included', () => {
  it('every instant and date of every verdict ends in Before, Through, From, At, Start or Date (old names only as aliases)', () => {
    expect(verdicts.length).toBeGreaterThanOrEqual(20);
    const bad: string[] = [];
    for (const v of verdicts)
      for (const [name, f] of Object.entries(v.numbers)) {
        if (f.kind !== 'instant' && f.kind !== 'date') continue;
        if (isOldLimitName(v.decision, name)) continue;
        if (!LIMIT_SUFFIXES.some((s) => name.endsWith(s) || name === s.toLowerCase())) bad.push(`${v.decision}.${name}`);
      }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('each old name is printed beside its new name with the same value (one version)', () => {
    let seen = 0;
    for (const v of verdicts)
      for (const [name, old] of Object.entries(OLD_LIMIT_NAMES[v.decision] ?? {}))
        if (v.numbers[name]) {
          expect(v.numbers[old], `${v.decision}.${old}`).toEqual(v.numbers[name]);
          seen += 1;
        }
    expect(seen).toBeGreaterThan(10);
  });

  const cancelAt = (now: string) => verdict({ decision: 'cancel', profile: 'tencent-test-center', now, facts: { start: '2026-12-05T09:00:00+08:00' } });
  it('BOOK-1 cancelAllowedBefore is exclusive: allowed 1 ms before it, refused at it', () => {
    const before = utc(cancelAt('2026-11-20T10:00:00+08:00').numbers.cancelAllowedBefore);
    expect(cancelAt(iso(before - 1)).outcome).toBe('allowed');
    expect(cancelAt(iso(before)).outcome).toBe('refused');
  });

  const admitAt = (now: string) => verdict({ decision: 'admission', profile: 'tencent-test-center', now, facts: { start: '2026-12-05T09:00:00+08:00', appointmentState: 'booked' } });
  it('DAY-1 arrivalThrough is inclusive: admitted at it, refused 1 ms after', () => {
    const through = utc(admitAt('2026-12-05T08:00:00+08:00').numbers.arrivalThrough);
    expect(admitAt(iso(through)).outcome).toBe('allowed');
    expect(admitAt(iso(through + 1)).outcome).toBe('refused');
  });

  const certAt = (now: string) => verdict({ decision: 'certificate', profile: 'tencent-test-center', now, facts: { results: [{ passed: true, releaseDate: '2025-06-01' }] } });
  it('RES-4 validThrough is inclusive: valid at it, expired 1 ms after', () => {
    const through = utc(certAt('2026-01-01T00:00:00+08:00').numbers.validThrough);
    expect(certAt(iso(through)).outcome).toBe('allowed');
    expect(certAt(iso(through + 1)).outcome).toBe('refused');
  });
});
