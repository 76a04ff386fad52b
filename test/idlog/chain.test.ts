import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { linkHash } from '../../electron/audit/hash';
import { idCheckRecord, verifyIdCheckChain } from '../../electron/idlog/chain';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk } from '../checkin/support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** Three candidates checked and admitted: six chained records. */
async function workedLog() {
  desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  const proctor = await desk.as('proctor1');
  const ids = ['11010119900307757', '11010119850101001', '44030519920202002'];
  for (const [i, body] of ids.entries()) {
    const { cnId } = await import('../checkin/support');
    const x = await addCandidate(desk, { name: ['张伟', '李娜', '王芳'][i], pinyin: null, idNumber: cnId(body) });
    await desk.call('checkin.recordIdCheck', passingCheck(x, { nameOnDocument: ['张伟', '李娜', '王芳'][i] }), proctor);
    await desk.call('checkin.admit', { appointmentId: x.appointmentId, nonce: randomUUID() }, proctor);
  }
  return desk;
}

/** The append-only triggers stop the app; a tamperer with the file drops them first. */
function dropGuards(d: CheckinDesk) {
  for (const t of ['id_checks_no_update', 'id_checks_no_delete']) d.core.store.sqlite.exec(`DROP TRIGGER IF EXISTS ${t}`);
}

describe('the identity-check log hash chain', () => {
  test('an intact log verifies, with its length and head', async () => {
    const d = await workedLog();
    const r = await verifyIdCheckChain(d.core.store.db);
    expect(r).toMatchObject({ ok: true, length: 6 });
  });

  test('the app cannot edit or delete a record (append-only triggers)', async () => {
    const d = await workedLog();
    expect(() => d.core.store.sqlite.prepare("update id_checks set outcome = 'pass' where id = 2").run()).toThrow();
    expect(() => d.core.store.sqlite.prepare('delete from id_checks where id = 2').run()).toThrow();
  });

  test('an edited record is found: its own hash no longer matches', async () => {
    const d = await workedLog();
    dropGuards(d);
    d.core.store.sqlite.prepare("update id_checks set outcome = 'overridden' where id = 3").run();
    expect(await verifyIdCheckChain(d.core.store.db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash-mismatch' });
  });

  test('a deleted record is found: the next record no longer links to the one before it', async () => {
    const d = await workedLog();
    dropGuards(d);
    d.core.store.sqlite.prepare('delete from id_checks where id = 4').run();
    expect(await verifyIdCheckChain(d.core.store.db)).toMatchObject({ ok: false, brokenAt: 5, reason: 'prev-mismatch' });
  });

  test('a record edited with its own hash recomputed still breaks the link of the next one', async () => {
    const d = await workedLog();
    dropGuards(d);
    const db = d.core.store.db;
    const row = await db.selectFrom('id_checks').selectAll().where('id', '=', 2).executeTakeFirstOrThrow();
    const edited = { ...row, outcome: row.outcome === 'overridden' ? 'admitted' : 'overridden' };
    const hash = linkHash(row.prev_hash, idCheckRecord(edited));
    d.core.store.sqlite.prepare('update id_checks set outcome = ?, hash = ? where id = 2').run(edited.outcome, hash);
    expect(await verifyIdCheckChain(db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev-mismatch' });
  });
});
