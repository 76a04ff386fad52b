import { z } from 'zod';
import { channel } from '../ipc/channel';
import type { SessionCutoff } from '../checkin/types';
import { localDateSchema } from '../ipc/schemas';

export interface CenterInfo {
  code: string;
  name: string;
  nameEn: string;
  timeZone: string;
}

export interface SessionSummary {
  id: number;
  roomCode: string;
  roomName: string;
  startsAt: string;
  startLocal: string;
  endLocal: string;
  durationMin: number;
  booked: number;
  checkedIn: number;
  absent: number;
  subjects: string[];
  /** DAY-1 / DAY-2: when check-in closes (from the profiles); null when no admission rule applies. */
  cutoff: SessionCutoff | null;
}

/** A year soon needed that the working-day calendar lacks (working-day deadlines cannot be counted in it). */
export interface CalendarGap {
  year: number;
  /** The last covered year before it, if any. */
  lastCoveredYear: number | null;
}

export interface TodayOverview {
  center: CenterInfo | null;
  date: string;
  now: string;
  sessions: SessionSummary[];
  calendarGap: CalendarGap | null;
}

/** The day in pictures (issue #7): arrivals per 5 minutes, rooms filling up, refusals by rule. */
export interface TodayPictures {
  date: string;
  /** 5-minute buckets, center time "HH:mm", with the admissions in each. */
  arrivals: { time: string; admitted: number }[];
  /** DAY-1: when each start's check-in window closes (30 minutes before), center time "HH:mm". */
  windowCloses: { start: string; closes: string }[];
  rooms: { label: string; admitted: number; waiting: number; absent: number }[];
  refusals: { rule: string; count: number }[];
}

export const todayContract = {
  'today.pictures': channel<TodayPictures>()({
    request: z.object({ date: localDateSchema.optional() }).strict(),
    role: 'proctor',
  }),
  'today.overview': channel<TodayOverview>()({
    request: z.object({ date: localDateSchema.optional() }).strict(),
    role: 'proctor',
  }),
};
