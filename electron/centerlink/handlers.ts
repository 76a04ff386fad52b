import type { Kysely } from 'kysely';
import type { CenterConflictView, CenterLeaseView, centerlinkContract } from '../../shared/centerlink/contract';
import { formatLocal, localDateOf } from '../../shared/time/zoned';
import type { CenterDB } from '../centerserver/center-schema';
import { listConflicts, resolveConflict, type CenterConflict } from '../centerserver/conflicts-repo';
import { listDesks } from '../centerserver/desks-repo';
import { assignLease, listLeases } from '../centerserver/leases-repo';
import { sessionKey } from '../centerserver/session-key';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { requestZone } from '../core/request-zone';
import type { CenterLink } from './center-link';
import { namesByAdmissionCode, sessionsForLeases } from './day-sessions-repo';
import { centerJoinHandlers } from './join-handlers';
import { listLeaseCopy } from './lease-copy-repo';
import { localClock, localStamp, statusView } from './status-view';

/** The desk's link, or a refusal in words when this desk works alone. */
function joinedLink(ctx: HandlerContext): CenterLink {
  const link = ctx.core.centerLink;
  if (!link) throw new DomainError('REFUSED', 'This desk is not joined to a center server (start it with --center URL --desk NAME).', { key: 'centerlink.notJoined' });
  return link;
}

/** A failure to reach the center (refused, reset, timed out), as pg and the link report it. */
export function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P03'].includes(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout|timed out|terminated|Connection|connect/i.test(message);
}

/**
 * Runs a manager's read or write at the center. Offline (or the center stops answering during the
 * call), the answer is a refusal saying since when, and nothing is changed at the desk.
 */
async function atCenter<T>(ctx: HandlerContext, work: (center: Kysely<CenterDB>, link: CenterLink) => Promise<T>): Promise<T> {
  const link = joinedLink(ctx);
  const zone = await requestZone(ctx);
  const s = await link.status();
  if (!s.online) {
    const since = s.offlineSince ? localClock(s.offlineSince, zone) : '?';
    throw new DomainError('REFUSED', `The center ${s.server} has not answered since ${since}; this desk works from its copy until it does.`, { key: 'centerlink.offline', params: { since, server: s.server } });
  }
  try {
    return await work(link.center, link);
  } catch (error) {
    if (error instanceof DomainError || !unreachable(error)) throw error;
    throw new DomainError('REFUSED', `The center ${s.server} did not answer (${error instanceof Error ? error.message : String(error)}); nothing was changed.`, {
      key: 'centerlink.unreachable',
      params: { server: s.server },
    });
  }
}

async function dayLeases(ctx: HandlerContext, center: Kysely<CenterDB>, date?: string): Promise<CenterLeaseView[]> {
  const zone = await requestZone(ctx);
  const day = date ?? localDateOf(ctx.now.getTime(), zone);
  const sessions = await sessionsForLeases(ctx.core.store.db, day);
  const leased = new Map((await listLeases(center)).map((l) => [l.sessionKey, l.desk]));
  return sessions.map((s) => {
    const key = sessionKey(s.roomCode, s.startsAt);
    return { sessionKey: key, sessionId: s.id, roomCode: s.roomCode, roomName: s.roomName, startsAt: s.startsAt, startsLocal: localClock(s.startsAt, zone), desk: leased.get(key) ?? null };
  });
}

function conflictView(c: CenterConflict, names: Map<string, string>, zone: string): CenterConflictView {
  const side = (x: CenterConflict['kept']) => ({ desk: x.desk, operator: x.operator, deskAt: x.deskAt, deskAtLocal: localStamp(x.deskAt, zone), nonce: x.nonce, forced: Boolean(x.forced) });
  return {
    id: c.id,
    admissionCode: c.admissionCode,
    candidateName: names.get(c.admissionCode) ?? null,
    kept: side(c.kept),
    second: side(c.second),
    receivedAt: c.receivedAt,
    resolvedAt: c.resolvedAt,
    resolvedLocal: c.resolvedAt ? localStamp(c.resolvedAt, zone) : null,
    resolvedBy: c.resolvedBy,
    resolution: c.resolution,
    note: c.note,
  };
}

async function conflictViews(ctx: HandlerContext, conflicts: CenterConflict[]): Promise<CenterConflictView[]> {
  const zone = await requestZone(ctx);
  const names = await namesByAdmissionCode(ctx.core.store.db, [...new Set(conflicts.map((c) => c.admissionCode))]);
  // Open ones first (oldest first), then the resolved ones (newest first).
  const open = conflicts.filter((c) => c.resolvedAt === null).sort((a, b) => a.id - b.id);
  const done = conflicts.filter((c) => c.resolvedAt !== null).sort((a, b) => b.id - a.id);
  return [...open, ...done].map((c) => conflictView(c, names, zone));
}

export const centerlinkHandlers: HandlerMap<typeof centerlinkContract> = {
  'centerlink.status': async (_req, ctx) => {
    const link = ctx.core.centerLink;
    if (!link) return { joined: false };
    const leased = (await listLeaseCopy(ctx.core.store.db)).filter((l) => l.desk === link.desk).length;
    return statusView(await link.status(), await requestZone(ctx), leased);
  },

  'centerlink.desks': (_req, ctx) =>
    atCenter(ctx, async (center) => {
      const leases = await listLeases(center);
      const zone = await requestZone(ctx);
      return (await listDesks(center)).map((d) => ({ ...d, lastContactLocal: formatLocal(Date.parse(d.lastContactAt), zone), leases: leases.filter((l) => l.desk === d.name).length }));
    }),

  'centerlink.leases': (req, ctx) => atCenter(ctx, (center) => dayLeases(ctx, center, req.date)),

  'centerlink.assignLease': (req, ctx) =>
    atCenter(ctx, async (center, link) => {
      const op = requireOperator(ctx);
      if (req.desk !== null && !(await listDesks(center)).some((d) => d.name === req.desk)) {
        throw new DomainError('VALIDATION', `No desk named ${req.desk} has joined the center.`, { key: 'centerlink.unknownDesk', params: { desk: req.desk } });
      }
      await assignLease(center, { sessionKey: req.sessionKey, desk: req.desk, by: `${op.username}@${link.desk}`, at: ctx.now.toISOString() });
      // This desk's copy follows at once; the other desks take it at their next contact.
      await link.refreshLeases();
      return { sessionKey: req.sessionKey, desk: req.desk };
    }),

  'centerlink.conflicts': (req, ctx) => atCenter(ctx, async (center) => conflictViews(ctx, await listConflicts(center, req.open ? { open: true } : {}))),

  'centerlink.resolveConflict': (req, ctx) =>
    atCenter(ctx, async (center, link) => {
      const op = requireOperator(ctx);
      const resolved = await resolveConflict(center, { id: req.id, resolution: req.resolution, note: req.note, by: `${op.username}@${link.desk}`, at: ctx.now.toISOString() });
      return (await conflictViews(ctx, [resolved]))[0]!;
    }),

  ...centerJoinHandlers,
};
