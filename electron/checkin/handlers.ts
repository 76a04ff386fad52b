import type { checkinContract } from '../../shared/checkin/contract';
import type { HandlerMap } from '../core/registry';
import type { DecideFn } from './admission';
import { admit } from './admit';
import { closeWindow } from './close-window';
import { notArrived } from './session-cutoffs';
import { findCards } from './find';
import { scanCards, verdictOf } from './scan';
import { decide } from '../rules/engine';
import { recordIdCheck } from './record-id-check';

/**
 * The check-in handlers. `decide` is the rule engine; tests may pass another one to reach paths
 * the shipped profiles never produce (an overridable admission refusal).
 */
export function createCheckinHandlers(deps: { decide?: DecideFn } = {}): HandlerMap<typeof checkinContract> {
  const decideFn = deps.decide ?? decide;
  return {
    'checkin.find': (req, ctx) => findCards(req.query, ctx),

    'checkin.scan': (req, ctx) => scanCards(req.query, ctx, decideFn),

    'checkin.verdict': (req, ctx) => verdictOf(req.appointmentId, ctx, decideFn),

    'checkin.recordIdCheck': (req, ctx) => recordIdCheck(req, ctx, decideFn),

    'checkin.admit': (req, ctx) => admit(req, ctx, decideFn),

    'checkin.closeWindow': (req, ctx) => closeWindow(req.sessionId, ctx),
    'checkin.notArrived': (req, ctx) => notArrived(ctx.core.store.db, req.sessionId),
  };
}

export const checkinHandlers: HandlerMap<typeof checkinContract> = createCheckinHandlers();
