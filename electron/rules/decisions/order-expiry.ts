/** Order validity and its reminder dates: ORD-1, ORD-2, ORD-3. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays } from '../../../shared/time/dates';
import { localMidnight, parseInstant } from '../../../shared/time/zoned';
import type { Ctx } from '../context';
import { orderExpiresAt } from './common';
import type { Decision } from './types';

function run(f: FactsOf<'order-expiry'>, ctx: Ctx): Verdict {
  const order = ctx.need('order', 'order validity');
  const b = ctx.builder();
  const paidAt = ctx.instant(f.paidAt);
  const expiresAt = orderExpiresAt(ctx, b, { paidAt: f.paidAt, bookedBeforePayment: f.bookedBeforePayment }) as number;
  const months = f.bookedBeforePayment ? order.validityMonthsIfBookedBeforePayment : order.validityMonths;
  b.instant('paidAt', paidAt).instant('validThrough', expiresAt).count('validityMonths', months);
  b.because('ORD-1', f.bookedBeforePayment ? 'reason.order.validityBookedFirst' : 'reason.order.validity', {
    months,
    expiresAt: ctx.local(expiresAt),
  });
  // ORD-2: 00:00 center time of the local date N days before the expiry date.
  const expiryDate = ctx.localDate(expiresAt);
  let due = 0;
  let next: number | null = null;
  for (const days of order.reminderDaysBefore) {
    const at = localMidnight(addDays(expiryDate, -days), ctx.zone);
    b.instant(`reminder${days}At`, at);
    if (ctx.now >= at) due += 1;
    else if (next === null || at < next) next = at;
  }
  b.count('remindersDue', due);
  if (next !== null) b.instant('nextReminderAt', next);
  b.because('ORD-2', 'reason.order.reminders', { days: order.reminderDaysBefore.join(', '), due });
  if (ctx.now > expiresAt) {
    b.because('ORD-3', 'reason.order.expired', { expiresAt: ctx.local(expiresAt) });
    return b.refuse('verdict.order.expired', { expiresAt: ctx.local(expiresAt) });
  }
  return b.allow('verdict.order.valid', { expiresAt: ctx.local(expiresAt) });
}

export const orderExpiry: Decision<'order-expiry'> = {
  name: 'order-expiry',
  anchor: (r) => parseInstant(r.facts.paidAt),
  run,
};
