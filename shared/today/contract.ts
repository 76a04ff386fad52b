import { z } from 'zod';
import { channel } from '../ipc/channel';
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
}

export interface TodayOverview {
  center: CenterInfo | null;
  date: string;
  now: string;
  sessions: SessionSummary[];
}

export const todayContract = {
  'today.overview': channel<TodayOverview>()({
    request: z.object({ date: localDateSchema.optional() }).strict(),
    role: 'proctor',
  }),
};
