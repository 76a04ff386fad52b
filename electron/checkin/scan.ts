import type { AdmissionView, ScanResult } from '../../shared/checkin/types';
import type { HandlerContext } from '../core/context';
import { DomainError } from '../core/errors';
import { requestZone } from '../core/request-zone';
import type { RuleEnv } from '../rules/engine';
import { admissionView } from './admission-view';
import type { DecideFn } from './admission';
import { loadCheckinAppointment } from './appointment-repo';
import { findCardsIn } from './find';
import { checkinRuleEnv } from './rule-env';

/** `checkin.verdict`: the admission verdict of one appointment now and its identity check. */
export async function verdictOf(appointmentId: number, ctx: HandlerContext, decide: DecideFn, read?: { timeZone: string; env: RuleEnv }): Promise<AdmissionView> {
  const db = ctx.core.store.db;
  const a = await loadCheckinAppointment(db, appointmentId);
  if (!a) throw new DomainError('NOT_FOUND', `No appointment with id ${appointmentId}.`);
  return admissionView(db, a, {
    now: ctx.now,
    timeZone: read?.timeZone ?? (await requestZone(ctx)),
    env: read?.env ?? (await checkinRuleEnv(db)),
    decide,
  });
}

/**
 * `checkin.scan`: what `checkin.find` answers for the scanned text and the first card's verdict
 * as `checkin.verdict` answers it, in one request (one round trip before the verdict is painted);
 * the zone and the rule environment are read once for both.
 */
export async function scanCards(query: string, ctx: HandlerContext, decide: DecideFn): Promise<ScanResult> {
  const timeZone = await requestZone(ctx);
  const env = await checkinRuleEnv(ctx.core.store.db);
  const find = await findCardsIn(query, ctx, timeZone, env);
  const first = find.cards[0];
  return { find, view: first ? await verdictOf(first.appointmentId, ctx, decide, { timeZone, env }) : null };
}
