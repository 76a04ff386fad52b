/** Face and ID images collected at check-in: REP-3 retention and purge. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays } from '../../../shared/time/dates';
import { endOfLocalDate, parseInstant } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'image-retention'>, ctx: Ctx): Verdict {
  const r = ctx.need('retention', 'image retention');
  const b = ctx.builder();
  // Kept through the certification's end date plus N days; purge due from the next 00:00.
  const keepThrough = addDays(f.certificationEndsOn, r.imageRetentionDaysAfterEnd);
  const purgeAt = endOfLocalDate(keepThrough, ctx.zone);
  b.date('keepThrough', keepThrough).instant('purgeDueAt', purgeAt);
  if (ctx.now >= purgeAt) {
    b.because('REP-3', 'reason.retention.purge', { at: ctx.local(purgeAt) });
    return b.refuse('verdict.retention.purge', { at: ctx.local(purgeAt) });
  }
  b.because('REP-3', 'reason.retention.keep', { through: keepThrough });
  return b.allow('verdict.retention.keep', { through: keepThrough, at: ctx.local(purgeAt) });
}

export const imageRetention: Decision<'image-retention'> = {
  name: 'image-retention',
  anchor: (r) => parseInstant(r.now),
  run,
};
