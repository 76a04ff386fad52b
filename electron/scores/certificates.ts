import type { Transaction } from 'kysely';
import type { CertificateView } from '../../shared/scores/contract';
import { appendAudit } from '../audit/audit-log';
import { decide, type RuleEnv } from '../rules/engine';
import type { Db } from '../store/db';
import type { DB } from '../store/schema';
import { certificatesOfSubject, decidedResultsOf, deleteCertificates, findCertificates, insertCertificate, partsOfSubject } from './certificates-repo';

/**
 * RES-4: the certificate records of candidates, recomputed from their live results after a
 * release, a correction or a cancellation. A subject is certified when every part it has is
 * released and passed (and none is cancelled, RES-5); the rule engine dates the validity from the
 * latest of those releases. A record that no longer holds is removed, and both are audited.
 */
export async function refreshCertificates(trx: Transaction<DB>, candidateIds: number[], ctx: { now: Date; timeZone: string; env: RuleEnv; operatorId: number }): Promise<void> {
  for (const candidateId of new Set(candidateIds)) {
    const rows = await decidedResultsOf(trx, candidateId);
    const subjects = new Set(rows.map((r) => r.subject_id));
    for (const subjectId of subjects) {
      const parts = await partsOfSubject(trx, subjectId);
      const latest = new Map<string, (typeof rows)[number]>();
      for (const r of rows) if (r.subject_id === subjectId) latest.set(r.part, r);
      const live = parts.map((p) => latest.get(p));
      const passedAll = parts.length > 0 && live.every((r) => r && r.state === 'released' && r.passed === 1 && r.released_at);
      const existing = await certificatesOfSubject(trx, candidateId, subjectId);
      if (!passedAll) {
        if (existing.length) {
          await deleteCertificates(trx, candidateId, subjectId);
          await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: ctx.operatorId, action: 'certificate.withdrawn', subjectType: 'candidate', subjectId: candidateId, detail: { subjectId } });
        }
        continue;
      }
      const releasedAt = live
        .map((r) => r!.released_at!)
        .sort()
        .at(-1)!;
      const first = live[0]!;
      const verdict = decide(
        {
          decision: 'certificate',
          profile: first.profile_id as never,
          now: ctx.now.toISOString(),
          timeZone: ctx.timeZone,
          facts: { level: first.level, results: [{ level: first.level, passed: true, releasedAt, cancelled: false }] },
        },
        ctx.env,
      );
      if ('error' in verdict) continue;
      const until = verdict.numbers.validUntil;
      if (!until || until.kind !== 'instant') continue;
      if (existing.length === 1 && existing[0]!.released_at === releasedAt && existing[0]!.valid_until === until.utc) continue;
      await deleteCertificates(trx, candidateId, subjectId);
      await insertCertificate(trx, { candidate_id: candidateId, subject_id: subjectId, released_at: releasedAt, valid_until: until.utc });
      await appendAudit(trx, {
        at: ctx.now.toISOString(),
        operatorId: ctx.operatorId,
        action: 'certificate.recorded',
        subjectType: 'candidate',
        subjectId: candidateId,
        detail: { subjectId, releasedAt, validUntil: until.utc, ruleIds: verdict.ruleIds },
      });
    }
  }
}

/** A candidate's certificates with their validity now (RES-4). */
export async function certificatesOf(db: Db, query: string, now: Date): Promise<CertificateView[]> {
  const q = query.trim();
  const rows = await findCertificates(db, q);
  return rows.map((r) => ({
    candidateName: r.name,
    documentMasked: `****${r.id_last4}`,
    subjectCode: r.code,
    subjectName: r.subject,
    releasedAt: r.released_at,
    validUntil: r.valid_until,
    valid: now.toISOString() <= r.valid_until,
  }));
}
