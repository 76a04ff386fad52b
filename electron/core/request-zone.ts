import { centerZone } from '../store/center-zone';
import type { HandlerContext } from './context';

const zones = new WeakMap<object, Promise<string>>();

/**
 * The center's time zone as one request sees it: read from the store the first time a handler of
 * the request asks, then the same answer for the rest of that request. Nothing outlives the
 * request (the memo is keyed by its context object), so a zone changed by one request is what
 * the next request reads: there is no cache to go stale.
 *
 * It reads through the store's connection, so ask before opening a transaction (inside one, the
 * connection is the transaction's: read it with `centerZone(trx)` there instead).
 */
export function requestZone(ctx: Pick<HandlerContext, 'core'>): Promise<string> {
  let zone = zones.get(ctx);
  if (!zone) {
    zone = centerZone(ctx.core.store.db);
    zones.set(ctx, zone);
    // A failed read is not remembered: the next ask reads again.
    zone.catch(() => zones.delete(ctx));
  }
  return zone;
}
