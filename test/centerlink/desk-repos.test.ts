import { expect, test } from 'vitest';
import { leasedDesk, listLeaseCopy, replaceLeaseCopy } from '../../electron/centerlink/lease-copy-repo';
import { centerOutboxDepth, insertCenterOutbox, markCenterOutboxSent, unsentCenterOutbox } from '../../electron/centerlink/outbox-repo';
import { describeEachDialect } from '../support/each-dialect';

describeEachDialect("the desk's center link repositories (#19, on both dialects)", (leg) => {
  test('#19 the center outbox hands back unsent rows in seq order, one per nonce; marking one sent takes it out of the depth once', async () => {
    const db = await leg.open();
    const at = '2026-12-05T01:00:00.000Z';
    const s1 = await insertCenterOutbox(db, { nonce: 'n1', admissionCode: 'ADM1', payloadJson: '{"a":1}', createdAt: at });
    const s2 = await insertCenterOutbox(db, { nonce: 'n2', admissionCode: 'ADM2', payloadJson: '{"a":2}', createdAt: at });
    expect(s2).toBeGreaterThan(s1);
    await expect(insertCenterOutbox(db, { nonce: 'n1', admissionCode: 'ADM3', payloadJson: '{}', createdAt: at })).rejects.toThrow(/unique/i);
    expect((await unsentCenterOutbox(db)).map((r) => r.nonce)).toEqual(['n1', 'n2']);
    expect(await centerOutboxDepth(db)).toBe(2);
    await markCenterOutboxSent(db, s1, '2026-12-05T02:00:00.000Z', '{"result":"admitted"}');
    await markCenterOutboxSent(db, s1, '2026-12-05T03:00:00.000Z', '{"result":"conflict"}');
    expect((await unsentCenterOutbox(db)).map((r) => r.nonce)).toEqual(['n2']);
    expect(await centerOutboxDepth(db)).toBe(1);
    const first = await db.selectFrom('center_outbox').select(['sent_at', 'answer']).where('seq', '=', s1).executeTakeFirstOrThrow();
    expect(first).toEqual({ sent_at: '2026-12-05T02:00:00.000Z', answer: '{"result":"admitted"}' });
  });

  test('#19 the lease copy is replaced as a whole and answers which desk a session is leased to (null for none)', async () => {
    const db = await leg.open();
    await replaceLeaseCopy(
      db,
      [
        { sessionKey: 'A@x', desk: 'desk-1' },
        { sessionKey: 'B@x', desk: 'desk-2' },
      ],
      't1',
    );
    expect(await leasedDesk(db, 'A@x')).toBe('desk-1');
    await replaceLeaseCopy(db, [{ sessionKey: 'B@x', desk: 'desk-1' }], 't2');
    expect(await leasedDesk(db, 'A@x')).toBeNull();
    expect(await listLeaseCopy(db)).toEqual([{ sessionKey: 'B@x', desk: 'desk-1', copiedAt: 't2' }]);
  });
});
