import type { centerlinkContract } from '../../shared/centerlink/contract';
import { appendAudit } from '../audit/audit-log';
import { redactUrl } from '../centerserver/open-center';
import { requireOperator, type HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import type { HandlerMap } from '../core/registry';
import { deleteSetting, writeSetting } from '../store/settings-repo';
import { AlreadyJoined, CENTER_DESK_SETTING, CENTER_URL_SETTING, type CenterControl } from './center-control';
import { withPassword } from './center-url';
import { DESK_NAME } from './join';
import { centerOutboxDepth } from './outbox-repo';

/*
 * A manager joins or leaves the center from Settings (#19). The door lends the connection work
 * (core.centerControl); these handlers decide: the address and the name, the refusals in words,
 * the remembered center in the desk's settings and its audit entry in one transaction.
 */

type JoinChannels = Pick<HandlerMap<typeof centerlinkContract>, 'centerlink.join' | 'centerlink.leave'>;

function controlOf(ctx: HandlerContext): CenterControl {
  const control = ctx.core.centerControl;
  if (!control) throw new DomainError('REFUSED', 'This desk cannot join or leave a center from here; start it with --center URL --desk NAME.', { key: 'centerlink.noControl' });
  return control;
}

/** postgres://USER[:PASSWORD]@HOST:PORT/DB (or postgresql://), nothing else: the form's words say what is wrong. */
export function badCenterUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  const db = decodeURIComponent(u.pathname.replace(/^\//, ''));
  return !['postgres:', 'postgresql:'].includes(u.protocol) || !u.username || !u.hostname || !u.port || !db || db.includes('/') || u.hash !== '';
}

const alreadyJoined = (server: string) => new DomainError('REFUSED', `This desk is already joined to ${server}; leave it first.`, { key: 'centerlink.alreadyJoined', params: { server } });

export const centerJoinHandlers: JoinChannels = {
  'centerlink.join': async (req, ctx) => {
    const op = requireOperator(ctx);
    const control = controlOf(ctx);
    const joinedTo = control.current()?.server ?? ctx.core.centerLink?.server;
    if (joinedTo) throw alreadyJoined(joinedTo);
    if (badCenterUrl(req.url)) {
      throw new DomainError('VALIDATION', 'The center address must read postgres://USER@HOST:PORT/DB.', { key: 'centerlink.badUrl' });
    }
    if (!DESK_NAME.test(req.desk)) {
      throw new DomainError('VALIDATION', `"${req.desk}" is not a desk name: use letters, digits, ".", "_" or "-" (at most 40).`, { key: 'centerlink.badDeskName', params: { desk: req.desk } });
    }
    const url = req.password ? withPassword(req.url, req.password) : req.url;
    const server = redactUrl(url);
    const joined = await control.join(url, req.desk).catch((error: unknown) => {
      // Another join finished first.
      throw error instanceof AlreadyJoined ? alreadyJoined(error.server) : error;
    });
    if (!joined.reachable) {
      throw new DomainError('REFUSED', `The center server ${server} did not answer; this desk was not joined and nothing was changed.`, { key: 'centerlink.joinUnreachable', params: { server } });
    }
    try {
      await ctx.core.store.db.transaction().execute(async (trx) => {
        await writeSetting(trx, CENTER_URL_SETTING, server);
        await writeSetting(trx, CENTER_DESK_SETTING, req.desk);
        await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'centerlink.join', subjectType: 'settings', subjectId: 'center', detail: { server, desk: req.desk } });
      });
    } catch (error) {
      // Not remembered, so not joined either.
      await control.leave();
      throw error;
    }
    return { server, desk: req.desk };
  },

  'centerlink.leave': async (_req, ctx) => {
    const op = requireOperator(ctx);
    const control = controlOf(ctx);
    const joined = control.current();
    if (!joined) throw new DomainError('REFUSED', 'This desk is not joined to a center server.', { key: 'centerlink.notJoined' });
    const waiting = await centerOutboxDepth(ctx.core.store.db);
    if (waiting > 0) {
      throw new DomainError('REFUSED', `${waiting} admission(s) taken offline still wait to upload to ${joined.server}; leaving now would lose them. Leave once the center has them.`, {
        key: 'centerlink.leaveOutbox',
        params: { count: waiting, server: joined.server },
      });
    }
    await control.leave();
    await ctx.core.store.db.transaction().execute(async (trx) => {
      await deleteSetting(trx, CENTER_URL_SETTING);
      await deleteSetting(trx, CENTER_DESK_SETTING);
      await appendAudit(trx, { at: ctx.now.toISOString(), operatorId: op.id, action: 'centerlink.leave', subjectType: 'settings', subjectId: 'center', detail: { server: joined.server, desk: joined.desk } });
    });
    return { server: joined.server, desk: joined.desk };
  },
};
