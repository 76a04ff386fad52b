import { afterEach, describe, expect, test } from 'vitest';
import { subjectFigures } from '../../electron/policy/subject-figures';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, cnId, openCheckinDesk, type CheckinDesk } from '../checkin/support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('REP-1 figures per subject from the store (desk report)', () => {
  test('REP-1 registered, attended (checked in), passed (released passing result) and pass rate for one exam day', async () => {
    desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:00:00Z'));
    const db = desk.core.store.db;
    // Three candidates on 12-07 (no demo appointments that day): one passes, one fails, one absent.
    const day = '2026-12-07T01:00:00.000Z';
    const people = [];
    for (const [i, name] of ['张伟', '李娜', '王芳'].entries())
      people.push(await addCandidate(desk, { name, pinyin: null, idNumber: cnId(`1101011990030775${i}`), admissionCode: `A-REP1-${i}`, bookingId: `BK-REP1-${i}`, startsAt: day }));
    const op = await db.selectFrom('operators').select('id').limit(1).executeTakeFirstOrThrow();
    for (const [i, p] of people.slice(0, 2).entries()) {
      await db.insertInto('check_ins').values({ appointment_id: p.appointmentId, operator_id: op.id, desk: 'd1', admitted_at: '2026-12-07T00:20:00.000Z', override_reason: null }).execute();
      await db
        .insertInto('results')
        .values({
          appointment_id: p.appointmentId,
          part: 'theory',
          value: i === 0 ? 80 : 40,
          max_score: 100,
          pass_score: 60,
          passed: i === 0 ? 1 : 0,
          state: 'released',
          release_date: '2026-12-10',
          released_at: '2026-12-10T02:00:00.000Z',
          released_by: op.id,
          corrects_id: null,
          reason: null,
          created_at: '2026-12-07T03:00:00.000Z',
          created_by: op.id,
        })
        .execute();
    }
    const figures = await subjectFigures(db, { date: '2026-12-07' });
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ registered: 3, attended: 2, passed: 1, passRate: 50 });
    expect(await subjectFigures(db, { date: '2026-12-08' })).toEqual([]);
    const all = await subjectFigures(db);
    expect(all.reduce((s, f) => s + f.registered, 0)).toBeGreaterThan(3);
  });
});
