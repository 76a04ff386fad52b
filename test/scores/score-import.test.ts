import { describe, expect, test } from 'vitest';
import type { IpcResult } from '../../shared/ipc/result';
import type { ScoreImportPreview } from '../../shared/scores/contract';
import { rowCounts } from '../support/row-counts';
import { seedAdmitted } from './admitted-fixture';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function setUp() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T06:00:00Z'));
  const a = await seedAdmitted(desk);
  const b = await seedAdmitted(desk, { name: '李娜' });
  const booking = async (id: number) => (await desk.core.store.db.selectFrom('appointments').select('booking_id').where('id', '=', id).executeTakeFirstOrThrow()).booking_id;
  const manager = await desk.as('manager');
  const file = (text: string) => ({ fileName: 'scores.csv', base64: Buffer.from(text).toString('base64') });
  const preview = async (text: string) => {
    const r = (await desk.registry.invoke('scores.importPreview', file(text), manager)) as IpcResult<ScoreImportPreview>;
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const apply = (text: string) => desk.registry.invoke('scores.importApply', file(text), manager);
  return { desk, a, b, ba: await booking(a.appointmentId), bb: await booking(b.appointmentId), manager, preview, apply };
}

describe('sponsor score import (#6)', () => {
  test('scores from the sponsor become held results dated by RES-2; importing again changes nothing', async () => {
    const { desk, a, ba, bb, preview, apply } = await setUp();
    const text = `预约号,考试部分,分数,缺考\r\n${ba},theory,72,\r\n${bb},theory,,是\r\n`;
    expect(await preview(text)).toMatchObject({ rows: 2, create: 2, update: 0, errorCount: 0 });
    expect(await apply(text)).toMatchObject({ ok: true });
    const results = await desk.core.store.db.selectFrom('results').selectAll().where('state', '=', 'held').orderBy('appointment_id').execute();
    expect(results.map((r) => [r.value, r.absent, r.passed, r.release_date])).toEqual([
      [72, 0, 1, '2026-12-08'],
      [null, 1, 0, '2026-12-08'],
    ]);
    expect(results[0]!.appointment_id).toBe(a.appointmentId);
    const before = await rowCounts(desk.core);
    expect(await preview(text)).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    await apply(text);
    expect({ ...(await rowCounts(desk.core)), audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    await desk.close();
  });

  test('every bad row is reported with its line and nothing is written; a released result is not overwritten', async () => {
    const { desk, ba, bb, preview, apply, manager } = await setUp();
    const bad = `booking_id,part,score,absent\r\nBK-NOPE,theory,70,\r\n${ba},theory,101,\r\n${bb},cooking,50,\r\n${bb},theory,50,yes\r\n${ba},theory,abc,\r\n`;
    const before = await rowCounts(desk.core);
    const p = await preview(bad);
    expect(p.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'UNKNOWN_BOOKING'],
      [3, 'BAD_SCORE'],
      [4, 'BAD_PART'],
      [5, 'BAD_SCORE'],
      [6, 'BAD_SCORE'],
    ]);
    expect(await apply(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('nothing was imported') } });
    expect(await rowCounts(desk.core)).toEqual(before);
    // Released results are locked: a different sponsor score for them is refused.
    await apply(`booking_id,part,score\r\n${ba},theory,72\r\n`);
    desk.clock.set(new Date('2026-12-08T02:00:00Z'));
    const session = await desk.core.store.db.selectFrom('appointments').select('session_id').where('booking_id', '=', ba).executeTakeFirstOrThrow();
    await desk.registry.invoke('scores.release', { sessionId: session.session_id!, part: 'theory' }, manager);
    const again = await preview(`booking_id,part,score\r\n${ba},theory,80\r\n`);
    expect(again.errors[0]).toMatchObject({ line: 2, code: 'RELEASED' });
    await desk.close();
  });
});
