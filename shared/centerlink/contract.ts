import { z } from 'zod';
import { channel } from '../ipc/channel';
import { idSchema, localDateSchema } from '../ipc/schemas';

/*
 * The center link (#19) as a desk's screens see it: whether this desk is joined to a center server,
 * whether the center answers, and (for a manager) the desks, the day's session leases and the
 * conflicts between desks' admissions.
 */

/** A joined desk's link to the center, as the badge on every screen shows it. */
export interface CenterLinkStatusView {
  joined: true;
  /** This desk's name at the center. */
  desk: string;
  /** The center's address without its password. */
  server: string;
  online: boolean;
  /** UTC instant the center stopped answering, while offline. */
  offlineSince: string | null;
  /** The same, center-local "HH:mm" (the badge says it). */
  offlineSinceLocal: string | null;
  lastContactAt: string | null;
  /** Admissions taken offline and not yet accepted by the center. */
  outboxDepth: number;
  openConflicts: number;
  /** Sessions leased to this desk in its copy (the ones it may admit offline). */
  leasedHere: number;
}

export type CenterLinkState = { joined: false } | CenterLinkStatusView;

export interface CenterDeskView {
  name: string;
  joinedAt: string;
  lastContactAt: string;
  /** Center-local "YYYY-MM-DD HH:mm". */
  lastContactLocal: string;
  /** Sessions of the day leased to this desk. */
  leases: number;
}

/** A session of the day and the desk it is leased to (the desk admits its candidates offline). */
export interface CenterLeaseView {
  /** `${roomCode}@${startsAtUtcIso}`: the session's key across desks. */
  sessionKey: string;
  sessionId: number;
  roomCode: string;
  roomName: string;
  startsAt: string;
  /** Center-local "HH:mm". */
  startsLocal: string;
  desk: string | null;
}

/** One side of a conflict: who admitted, where and when (by the desk's clock). */
export interface CenterAdmissionSide {
  desk: string;
  operator: string;
  deskAt: string;
  /** The desk's time, center-local "YYYY-MM-DD HH:mm:ss". */
  deskAtLocal: string;
  nonce: string;
  forced: boolean;
}

export interface CenterConflictView {
  id: number;
  admissionCode: string;
  /** The candidate's name from this desk's copy of the roster, if it holds the appointment. */
  candidateName: string | null;
  /** The admission the center holds. */
  kept: CenterAdmissionSide;
  /** The second admission of the same appointment, from another desk (replayed after an outage). */
  second: CenterAdmissionSide;
  receivedAt: string;
  resolvedAt: string | null;
  /** Center-local "YYYY-MM-DD HH:mm:ss". */
  resolvedLocal: string | null;
  resolvedBy: string | null;
  resolution: 'kept-first' | 'kept-second' | null;
  note: string | null;
}

export const CONFLICT_RESOLUTIONS = ['kept-first', 'kept-second'] as const;

/** A desk that just joined or left its center (the badge and the panel ask again after it). */
export interface CenterJoinView {
  /** The center's address without its password. */
  server: string;
  desk: string;
}

export const centerlinkContract = {
  /** Whether this desk is joined to a center, and if so whether the center answers (every screen's badge). */
  'centerlink.status': channel<CenterLinkState>()({ request: z.object({}).strict(), role: 'proctor' }),
  /** The desks that joined the center, with their last contact. */
  'centerlink.desks': channel<CenterDeskView[]>()({ request: z.object({}).strict(), role: 'manager' }),
  /** The day's sessions (this desk's roster) with the desk each is leased to. Default: today at the center. */
  'centerlink.leases': channel<CenterLeaseView[]>()({ request: z.object({ date: localDateSchema.optional() }).strict(), role: 'manager' }),
  /** Leases a session to a desk (null: no desk). Audited in the center's chain. */
  'centerlink.assignLease': channel<{ sessionKey: string; desk: string | null }>()({
    request: z.object({ sessionKey: z.string().min(3).max(200), desk: z.string().min(1).max(80).nullable() }).strict(),
    role: 'manager',
  }),
  /** Conflicts between desks' admissions: open ones first, then the resolved ones. */
  'centerlink.conflicts': channel<CenterConflictView[]>()({ request: z.object({ open: z.boolean().optional() }).strict(), role: 'manager' }),
  /** A manager decides which admission stands, with a note saying why. Audited in the center's chain. */
  'centerlink.resolveConflict': channel<CenterConflictView>()({
    request: z.object({ id: idSchema, resolution: z.enum(CONFLICT_RESOLUTIONS), note: z.string().trim().min(3).max(2000) }).strict(),
    role: 'manager',
  }),
  /**
   * A manager joins this running desk to a center (postgres://USER[:PASSWORD]@HOST:PORT/DB, the
   * password may come apart): refused when the center does not answer; remembered for the next
   * start (the address without its password). Audited in the desk's chain.
   */
  'centerlink.join': channel<CenterJoinView>()({
    request: z.object({ url: z.string().trim().min(1).max(500), desk: z.string().trim().min(1).max(80), password: z.string().max(200).optional() }).strict(),
    role: 'manager',
  }),
  /** A manager takes this desk out of its center (refused while admissions wait to upload); the desk works alone again. Audited. */
  'centerlink.leave': channel<CenterJoinView>()({ request: z.object({}).strict(), role: 'manager' }),
};
