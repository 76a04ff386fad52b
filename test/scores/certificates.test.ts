import { describe, expect, test } from 'vitest';
import type { CertificateView, ScoreRow } from '../../shared/scores/contract';
import { seedAdmitted } from './admitted-fixture';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('RES-4 certificate records', () => {
  test('releasing a passing result records a certificate valid for two years; a RES-5 cancellation withdraws it; both are audited', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-09T06:00:00Z'));
    const a = await seedAdmitted(desk);
    const first = await desk.as('proctor');
    const second = await desk.as('manager');
    await desk.registry.invoke('scores.enter', { appointmentId: a.appointmentId, part: 'theory', value: 80, absent: false }, first);
    const row = (await desk.registry.invoke('scores.enter', { appointmentId: a.appointmentId, part: 'theory', value: 80, absent: false }, second)) as { ok: true; value: ScoreRow };
    expect(row.ok).toBe(true);
    expect(await desk.registry.invoke('scores.release', { sessionId: a.sessionId, part: 'theory' }, second)).toMatchObject({ ok: true, value: { released: 1 } });
    const certs = await desk.core.store.db.selectFrom('certificates').selectAll().execute();
    expect(certs).toHaveLength(1);
    expect(certs[0]).toMatchObject({ released_at: '2026-12-09T06:00:00.000Z', valid_until: '2028-12-09T06:00:00.000Z' });
    const name = (await desk.core.store.db.selectFrom('candidates').select('name').executeTakeFirstOrThrow()).name;
    const view = (await desk.registry.invoke('scores.certificates', { query: name }, first)) as { ok: true; value: CertificateView[] };
    expect(view.value).toEqual([expect.objectContaining({ candidateName: name, valid: true, validUntil: '2028-12-09T06:00:00.000Z' })]);
    // Two years and a day later the same record reads as expired.
    desk.clock.set(new Date('2028-12-10T06:00:00Z'));
    const later = (await desk.registry.invoke('scores.certificates', { query: name }, first)) as { ok: true; value: CertificateView[] };
    expect(later.value[0]!.valid).toBe(false);
    desk.clock.set(new Date('2026-12-10T06:00:00Z'));
    const released = await desk.core.store.db.selectFrom('results').select('id').where('state', '=', 'released').executeTakeFirstOrThrow();
    expect(await desk.registry.invoke('scores.cancel', { resultId: released.id, reason: 'Discipline breach found on video' }, second)).toMatchObject({ ok: true });
    expect(await desk.core.store.db.selectFrom('certificates').selectAll().execute()).toEqual([]);
    const actions = (await desk.core.store.db.selectFrom('audit_log').select('action').execute()).map((x) => x.action);
    expect(actions).toEqual(expect.arrayContaining(['certificate.recorded', 'certificate.withdrawn']));
    await desk.close();
  });
});
