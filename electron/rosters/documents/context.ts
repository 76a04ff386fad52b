import type { SeatPlanView } from '../../../shared/seating/contract';
import type { PaperCandidate, PaperDay, PaperSession } from '../day-data';
import type { DocumentPages } from '../html';
import { esc } from '../html';
import type { Labels } from '../labels';

/** What every document builder gets: the day, the words, and the seat plans when they were asked for. */
export interface DocContext {
  day: PaperDay;
  L: Labels;
  seatPlans: Map<number, SeatPlanView>;
}

export type DocumentBuilder = (ctx: DocContext) => DocumentPages[];

export function sessionLine(s: PaperSession, L: Labels): string {
  return `${s.start} · ${roomText(s, L)}`;
}

/** "考场A" when the name carries the code, else "Room B2 Lab". */
export function roomText(s: Pick<PaperSession, 'roomCode' | 'roomName'>, L: Labels): string {
  return s.roomName.includes(s.roomCode) ? s.roomName : `${L.room} ${s.roomCode} ${s.roomName}`;
}

/** Wheelchair, extra time and retake, as short words. */
export function accommodations(c: PaperCandidate, L: Labels): string {
  const parts: string[] = [];
  if (c.wheelchair) parts.push(L.wheelchair);
  if (c.extraTimePct > 0) parts.push(L.extraTime(c.extraTimePct));
  if (c.retake) parts.push(L.retake);
  return esc(parts.join(' · '));
}

export function subjectCell(c: Pick<PaperCandidate, 'subjectCode' | 'part'>, L: Labels): string {
  return `${esc(c.subjectCode)} <small>${esc(L.part[c.part] ?? c.part)}</small>`;
}
