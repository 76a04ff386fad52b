import type { Transaction } from 'kysely';
import type { CertificateView } from '../../shared/scores/contract';
import { appendAudit } from '../audit/audit-log';
import { decide, type RuleEnv } from '../rules/engine';
import type { DB } from '../store/schema';

/**
 * RES-4: the certificate records of candidates, recomputed from their live results after a
 * release, a correction or a cancellation. A subject is certified when every part it has is
 * released and passed (and none is cancelled, RES-5); the rule engine dates the validity from the
 * latest of those releases. A record that no longer holds is removed, and both are audited.
 */
export async function refreshCertificates(trx: Transaction<DB>, candidateIds: number[], ctx: { now: Date; timeZone: string; env: RuleEnv; operatorId: number }): Promise<void> {
  for (const candidateId of new Set(candidateIds)) {
    const rows = await trx
      .selectFrom('results as r')
      .innerJoin('appointments as a', 'a.id', 'r.appointment_id')
      .innerJoin('subjects as s', 's.id', 'a.subject_id')
      .where('a.candidate_id', '=', candidateId)
      .where('r.state', 'in', ['released', 'cancelled'])
      .select(['r.id', 'r.part', 'r.state', 'r.passed', 'r.released_at', 'a.subject_id', 's.profile_id', 's.level'])
      .orderBy('r.id')
      .execute();
    const subjects = new Set(rows.map((r) => r.subject_id));
    for (const subjectId of subjects) {
      const parts = (await trx.selectFrom('subject_parts').select('part').where('subject_id', '=', subjectId).execute()).map((p) => p.part);
      const latest = new Map<string, (typeof rows)[number]>();
      for (const r of rows) if (r.subject_id === subjectId) latest.set(r.part, r);
      const live = parts.map((p) => latest.get(p));
      const passedAll = parts.length > 0 && live.every((r) => r && r.state === 'released' && r.passed === 1 && r.released_at);
      const existing = await trx.selectFrom('certificates').selectAll().where('candidate_id', '=', candidateId).where('subject_id', '=', subjectId).execute();
      if (!passedAll) {
        if (existing.length) {
          await trx.deleteFrom('certificates').where('candidate_id', '=', candidateId).where('subject_id', '=', subjectId).execute();
          await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: ctx.operatorId, action: 'certificate.withdrawn', subjectType: 'candidate', subjectId: candidateId, detail: { subjectId } });
        }
        continue;
      }
      const releasedAt = live.map((r) => r!.released_at!).sort().at(-1)!;
      const first = live[0]!;
      const verdict = decide(
        { decision: 'certificate', profile: first.profile_id as never, now: ctx.now.toISOString(), timeZone: ctx.timeZone, facts: { level: first.level, results: [{ level: first.level, passed: true, releasedAt, cancelled: false }] } },
        ctx.env,
      );
      if ('error' in verdict) continue;
      const until = verdict.numbers.validUntil;
      if (!until || until.kind !== 'instant') continue;
      if (existing.length === 1 && existing[0]!.released_at === releasedAt && existing[0]!.valid_until === until.utc) continue;
      await trx.deleteFrom('certificates').where('candidate_id', '=', candidateId).where('subject_id', '=', subjectId).execute();
      await trx.insertInto('certificates').values({ candidate_id: candidateId, subject_id: subjectId, released_at: releasedAt, valid_until: until.utc }).execute();
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: ctx.operatorId, action: 'certificate.recorded', subjectType: 'candidate', subjectId: candidateId, detail: { subjectId, releasedAt, validUntil: until.utc, ruleIds: verdict.ruleIds } });
    }
  }
}

/** A candidate's certificates with their validity now (RES-4). */
export async function certificatesOf(trx: Transaction<DB> | import('kysely').Kysely<DB>, query: string, now: Date): Promise<CertificateView[]> {
  const q = query.trim();
  const rows = await trx
    .selectFrom('certificates as ce')
    .innerJoin('candidates as c', 'c.id', 'ce.candidate_id')
    .innerJoin('subjects as s', 's.id', 'ce.subject_id')
    .where((eb) =>
      eb.or([
        eb('c.name', '=', q),
        eb('c.id', 'in', eb.selectFrom('appointments').select('candidate_id').where((e) => e.or([e('booking_id', '=', q), e('admission_code', '=', q)]))),
      ]),
    )
    .select(['c.name', 'c.id_last4', 's.code', 's.name as subject', 'ce.released_at', 'ce.valid_until'])
    .orderBy('ce.valid_until', 'desc')
    .limit(50)
    .execute();
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
