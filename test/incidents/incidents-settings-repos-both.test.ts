import { expect, test } from 'vitest';
import { centerView, chosenProfiles, replaceProfiles, scheduledCounts, setSetting, storedSettingKeys } from '../../electron/center/center-repo';
import { closeOpenIncident, incidentExists, insertIncident } from '../../electron/incidents/incident-changes-repo';
import { loadIncidents } from '../../electron/incidents/incidents-repo';
import { calendarDaysInOrder, calendarDaysOfYear, deleteCalendarDays, saveCalendarDay } from '../../electron/policy/calendar-days-repo';
import { centerZone } from '../../electron/store/center-zone';
import { readSetting, writeSetting } from '../../electron/store/settings-repo';
import { sessionsOfDate } from '../../electron/today/overview-repo';
import { describeEachDialect } from '../support/each-dialect';
import { seedOperator } from '../support/leg-seed';
import { seedAppointment } from '../support/seed';

const at = '2026-12-05T01:05:00.000Z';

describeEachDialect('incident, settings, center and overview repositories (#19: the same Kysely code on both dialects)', (leg) => {
  test('an incident is recorded, listed in the center zone, closed once (a second close changes nothing)', async () => {
    const db = await leg.open();
    const { appointmentId, sessionId } = await seedAppointment(db);
    const op = await seedOperator(db);
    const id = await insertIncident(db, { session_id: sessionId, appointment_id: appointmentId, kind: 'late-arrival', occurred_at: at, text: 'arrived 20 minutes late', recorded_by: op, recorded_at: at, desk: 'desk-1' });
    expect(await incidentExists(db, id)).toBe(true);
    expect(await incidentExists(db, id + 1)).toBe(false);
    expect(await loadIncidents(db, { date: '2026-12-05', openOnly: true })).toEqual([
      expect.objectContaining({ id, kind: 'late-arrival', candidateName: '张伟', occurredLocal: '2026-12-05 09:05', state: 'open', recordedBy: 'proctor-1', sessionLabel: 'A 09:00' }),
    ]);
    expect(await closeOpenIncident(db, id, { closedBy: op, closedAt: at, resolution: 'admitted by the rules' })).toBe(true);
    expect(await closeOpenIncident(db, id, { closedBy: op, closedAt: at, resolution: 'again' })).toBe(false);
    expect(await loadIncidents(db, { sessionId })).toEqual([expect.objectContaining({ id, state: 'closed', resolution: 'admitted by the rules', closedBy: 'proctor-1' })]);
    expect(await loadIncidents(db, { openOnly: true })).toEqual([]);
  });

  test('settings are written and replaced by key; the calendar keeps one row per date; the zone and the center come from the store', async () => {
    const db = await leg.open();
    expect(await readSetting(db, 'desk.name')).toBeUndefined();
    await writeSetting(db, 'desk.name', 'desk-1');
    await writeSetting(db, 'desk.name', 'desk-2');
    await setSetting(db, 'center.other', 'x');
    expect(await readSetting(db, 'desk.name')).toBe('desk-2');
    expect(await storedSettingKeys(db, ['desk.name', 'center.other', 'missing'])).toEqual(new Set(['desk.name', 'center.other']));

    await saveCalendarDay(db, { date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    await saveCalendarDay(db, { date: '2026-10-01', kind: 'holiday', name: 'National Day' });
    await saveCalendarDay(db, { date: '2026-10-10', kind: 'workday' });
    await saveCalendarDay(db, { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect((await calendarDaysOfYear(db, 2026)).map((d) => [d.date, d.name]).sort()).toEqual([
      ['2026-10-01', 'National Day'],
      ['2026-10-10', null],
    ]);
    await deleteCalendarDays(db, ['2026-10-10']);
    expect((await calendarDaysInOrder(db)).map((d) => d.date)).toEqual(['2026-10-01', '2027-01-01']);

    expect(await centerZone(db)).toBe('Asia/Shanghai');
    const { sessionId } = await seedAppointment(db);
    const center = (await db.selectFrom('centers').select('id').executeTakeFirstOrThrow()).id;
    await db.transaction().execute((trx) => replaceProfiles(trx, center, ['tencent-test-center', 'ctyun'], at, null));
    expect((await chosenProfiles(db, center)).sort()).toEqual(['ctyun', 'tencent-test-center']);
    expect(await scheduledCounts(db)).toEqual({ sessions: 1, appointments: 1 });
    expect(await centerView(db)).toEqual(expect.objectContaining({ code: 'SZ-NS-01' }));
    expect(sessionId).toEqual(expect.any(Number));
  });

  test("the day's overview counts booked, checked-in and absent candidates per session and names its subjects", async () => {
    const db = await leg.open();
    const a = await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z' });
    const b = await seedAppointment(db, { startsAt: '2026-12-05T01:00:00.000Z', name: '李娜' });
    await db.updateTable('appointments').set({ session_id: a.sessionId }).where('id', '=', b.appointmentId).execute();
    const op = await seedOperator(db);
    await db.insertInto('check_ins').values({ appointment_id: a.appointmentId, operator_id: op, desk: 'desk-1', admitted_at: at }).execute();
    const rows = await sessionsOfDate(db, '2026-12-05');
    expect(rows.map((r) => ({ ...r, subjects: r.subjects?.split(',').sort() ?? [] }))).toEqual([
      { id: a.sessionId, roomCode: 'A', roomName: '考场A', startsAt: '2026-12-05T01:00:00.000Z', durationMin: 90, booked: 2, checkedIn: 1, absent: 0, subjects: ['SUBJ-1', 'SUBJ-2'] },
      { id: b.sessionId, roomCode: 'A', roomName: '考场A', startsAt: '2026-12-05T01:00:00.000Z', durationMin: 90, booked: 0, checkedIn: 0, absent: 0, subjects: [] },
    ]);
  });
});
