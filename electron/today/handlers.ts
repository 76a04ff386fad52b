import type { todayContract } from '../../shared/today/contract';
import type { HandlerMap } from '../core/registry';
import { sessionCutoffs } from '../checkin/session-cutoffs';
import { ruleEnvFor } from '../policy/rule-env';
import { calendarGap } from './calendar-gap';
import { localDate, localDateTime } from './local-time';
import { firstCenter, sessionsOfDate } from './overview-repo';
import { dayPictures } from './pictures';
import { requestZone } from '../core/request-zone';

export const todayHandlers: HandlerMap<typeof todayContract> = {
  'today.pictures': async (req, ctx) => {
    const db = ctx.core.store.db;
    const timeZone = await requestZone(ctx);
    return dayPictures(db, req.date ?? localDate(ctx.now, timeZone), timeZone);
  },
  'today.overview': async (req, ctx) => {
    const db = ctx.core.store.db;
    const center = await firstCenter(db);
    const timeZone = await requestZone(ctx);
    const date = req.date ?? localDate(ctx.now, timeZone);
    const rows = await sessionsOfDate(db, date);
    const today = localDate(ctx.now, timeZone);
    const cutoffs = await sessionCutoffs(
      db,
      rows.map((r) => r.id),
      ctx.now.getTime(),
      timeZone,
    );
    return {
      center,
      date,
      now: ctx.now.toISOString(),
      // Only a manager can enter calendar rows; a proctor's dashboard stays on the day's work.
      calendarGap: ctx.operator?.role === 'manager' ? calendarGap((await ruleEnvFor(db)).calendar.years, today) : null,
      sessions: rows.map((r) => ({
        id: r.id,
        roomCode: r.roomCode,
        roomName: r.roomName,
        startsAt: r.startsAt,
        startLocal: localDateTime(r.startsAt, timeZone),
        endLocal: localDateTime(new Date(new Date(r.startsAt).getTime() + r.durationMin * 60_000), timeZone),
        durationMin: r.durationMin,
        booked: Number(r.booked),
        checkedIn: Number(r.checkedIn),
        absent: Number(r.absent ?? 0),
        subjects: r.subjects ? r.subjects.split(',').sort() : [],
        cutoff: cutoffs.get(r.id) ?? null,
      })),
    };
  },
};
