import type { checkinContract } from '../../shared/checkin/contract';
import type { HandlerMap } from '../core/registry';
import { DomainError } from '../core/errors';
import { decide } from '../rules/engine';
import { admissionView } from './admission-view';
import type { DecideFn } from './admission';
import { admit } from './admit';
import { loadCheckinAppointment } from './appointment-repo';
import { closeWindow } from './close-window';
import { notArrived } from './session-cutoffs';
import { findCards } from './find';
import { recordIdCheck } from './record-id-check';
import { checkinRuleEnv } from './rule-env';
import { requestZone } from '../core/request-zone';

/**
 * The check-in handlers. `decide` is the rule engine; tests may pass another one to reach paths
 * the shipped profiles never produce (an overridable admission refusal).
 */
export function createCheckinHandlers(deps: { decide?: DecideFn } = {}): HandlerMap<typeof checkinContract> {
  const decideFn = deps.decide ?? decide;
  return {
    'checkin.find': (req, ctx) => findCards(req.query, ctx),

    'checkin.verdict': async (req, ctx) => {
      const db = ctx.core.store.db;
      const a = await loadCheckinAppointment(db, req.appointmentId);
      if (!a) throw new DomainError('NOT_FOUND', `No appointment with id ${req.appointmentId}.`);
      return admissionView(db, a, {
        now: ctx.now,
        timeZone: await requestZone(ctx),
        env: await checkinRuleEnv(db),
        decide: decideFn,
      });
    },

    'checkin.recordIdCheck': (req, ctx) => recordIdCheck(req, ctx, decideFn),

    'checkin.admit': (req, ctx) => admit(req, ctx, decideFn),

    'checkin.closeWindow': (req, ctx) => closeWindow(req.sessionId, ctx),
    'checkin.notArrived': (req, ctx) => notArrived(ctx.core.store.db, req.sessionId),
  };
}

export const checkinHandlers: HandlerMap<typeof checkinContract> = createCheckinHandlers();
