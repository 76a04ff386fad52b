import type { FindResult } from '../../shared/checkin/types';
import type { HandlerContext } from '../core/context';
import type { RuleEnv } from '../rules/engine';
import { loadCards } from './cards-repo';
import { dayOf } from './center-day';
import { FIND_LIMIT } from './find-queries-repo';
import { planFind, runFind } from './find-plan';
import { checkinRuleEnv } from './rule-env';
import { requestZone } from '../core/request-zone';

/** `checkin.find`: the cards of today's appointments matching one typed or scanned query. */
export async function findCards(query: string, ctx: HandlerContext): Promise<FindResult> {
  const db = ctx.core.store.db;
  return findCardsIn(query, ctx, await requestZone(ctx), await checkinRuleEnv(db));
}

/** The same search with the request's zone and rule environment already read (checkin.scan reads them once). */
export async function findCardsIn(query: string, ctx: HandlerContext, timeZone: string, env: RuleEnv): Promise<FindResult> {
  const db = ctx.core.store.db;
  const day = dayOf(ctx.now, timeZone);
  const plan = planFind(query, ctx.core.hashKey, day.date);
  const { ids, truncated } = await runFind(db, day, plan, FIND_LIMIT);
  const cards = await loadCards(db, ids, { now: ctx.now, timeZone: day.timeZone, env });
  return { query: plan.query, kind: plan.kind, date: day.date, cards, truncated };
}
