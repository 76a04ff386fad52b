import { expect, test } from 'vitest';
import { insertCenterOutbox, markCenterOutboxSent } from '../../electron/centerlink/outbox-repo';
import { expiredCandidates, expiredCenterOutbox, purgeCandidates, purgeCenterOutbox } from '../../electron/exchange/retention/purge-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';

describeEachDialect("REP-3's purge statements (#19: the same Kysely code on both dialects; VACUUM INTO and the pragmas stay SQLite-only)", (leg) => {
  test('REP-3: candidates with no appointment since the cutoff lose their document number and photos; sent center outbox rows before the cutoff go, unsent ones stay', async () => {
    const db = await leg.open();
    const old = await seedAppointment(db, { startsAt: '2026-06-01T01:00:00.000Z' });
    await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z', name: '李娜' });
    const oldCandidate = (await db.selectFrom('appointments').select('candidate_id').where('id', '=', old.appointmentId).executeTakeFirstOrThrow()).candidate_id;
    await db
      .insertInto('photos')
      .values({ candidate_id: oldCandidate, id_check_id: null, taken_at: at, mime: 'image/jpeg', sha256: 'ab', bytes: Buffer.from([1, 2, 3]) })
      .execute();
    const cutoff = '2026-09-01T00:00:00.000Z';
    expect(await expiredCandidates(db, cutoff)).toEqual({ ids: [oldCandidate], photos: 1 });

    const sent = await insertCenterOutbox(db, { nonce: 'n1', admissionCode: 'A1', payloadJson: '{}', createdAt: '2026-06-01T01:00:00.000Z' });
    await insertCenterOutbox(db, { nonce: 'n2', admissionCode: 'A2', payloadJson: '{}', createdAt: '2026-06-01T01:00:00.000Z' });
    await insertCenterOutbox(db, { nonce: 'n3', admissionCode: 'A3', payloadJson: '{}', createdAt: at });
    await markCenterOutboxSent(db, sent, '2026-06-01T02:00:00.000Z', '{"result":"admitted"}');
    expect(await expiredCenterOutbox(db, cutoff)).toBe(1);

    await db.transaction().execute(async (trx) => {
      await purgeCandidates(trx, [oldCandidate], at);
      expect(await purgeCenterOutbox(trx, cutoff)).toBe(1);
    });
    expect(await expiredCandidates(db, cutoff)).toEqual({ ids: [], photos: 0 });
    expect(await db.selectFrom('candidates').select(['id_number', 'purged_at', 'id_last4']).where('id', '=', oldCandidate).executeTakeFirstOrThrow()).toEqual({ id_number: null, purged_at: at, id_last4: '7578' });
    expect((await db.selectFrom('center_outbox').select('nonce').orderBy('seq').execute()).map((r) => r.nonce)).toEqual(['n2', 'n3']);
  });
});
