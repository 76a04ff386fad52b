/** Face-to-face training refunds and deferrals by working days before the class: PAY-4. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { compareDates } from '../../../shared/time/dates';
import { localMidnight } from '../../../shared/time/zoned';
import { yuan, type Ctx } from '../context';
import { mulDivFloor } from '../money';
import type { Decision } from './types';

/** W: working days strictly between the request date and the class start date (RULES.md section 8). */
export function workingDaysBeforeClass(ctx: Ctx, classStart: string): number {
  const requestDate = ctx.localDate(ctx.now);
  if (compareDates(requestDate, classStart) >= 0) {
    ctx.calendar.dayInfo(requestDate);
    ctx.calendar.dayInfo(classStart);
    return 0;
  }
  return ctx.calendar.workingDaysBetween(requestDate, classStart);
}

function refund(f: FactsOf<'refund-training'>, ctx: Ctx): Verdict {
  const t = ctx.need('training', 'training refund');
  const b = ctx.builder();
  b.date('classStart', f.classStart).fen('paidFen', f.paidFen).fen('couponKeptFen', f.couponFen);
  if (f.classCancelled) {
    b.because('PAY-4', 'reason.training.classCancelled', {});
    b.percent('refundPercent', 100).fen('refundFen', f.paidFen);
    return b.allow('verdict.training.refund', { percent: 100, amount: yuan(f.paidFen) });
  }
  if (f.deferred) {
    b.because('PAY-4', 'reason.training.deferredNoRefund', {});
    return b.refuse('verdict.training.deferredNoRefund');
  }
  const w = workingDaysBeforeClass(ctx, f.classStart);
  b.count('workingDaysBefore', w);
  const percent = w > t.fullRefundAboveWorkingDays ? 100 : w > t.partialRefundAboveWorkingDays ? t.partialRefundPercent : 0;
  const amount = mulDivFloor(f.paidFen, percent, 100);
  b.percent('refundPercent', percent).fen('refundFen', amount);
  b.because('PAY-4', `reason.training.band${percent === 100 ? 'Full' : percent === 0 ? 'None' : 'Partial'}`, {
    days: w,
    percent,
  });
  if (percent === 0) return b.refuse('verdict.training.noRefund', { days: w });
  return b.allow('verdict.training.refund', { percent, amount: yuan(amount) });
}

function defer(f: FactsOf<'defer-training'>, ctx: Ctx): Verdict {
  const t = ctx.need('training', 'training deferral');
  const b = ctx.builder();
  b.date('classStart', f.classStart);
  if (f.classCancelled) {
    b.because('PAY-4', 'reason.training.cancelledDeferral', {});
    return b.allow('verdict.training.deferCancelled');
  }
  if (f.deferralsUsed >= t.deferralsAllowed) {
    b.because('PAY-4', 'reason.training.deferralUsed', { allowed: t.deferralsAllowed });
    return b.refuse('verdict.training.deferralUsed');
  }
  const w = workingDaysBeforeClass(ctx, f.classStart);
  b.count('workingDaysBefore', w);
  if (w < t.deferralMinWorkingDays) {
    b.because('PAY-4', 'reason.training.deferralLate', { days: w, min: t.deferralMinWorkingDays });
    return b.refuse('verdict.training.deferralLate', { days: w, min: t.deferralMinWorkingDays });
  }
  b.because('PAY-4', 'reason.training.deferralInTime', { days: w, min: t.deferralMinWorkingDays });
  b.remind('PAY-4', 'remind.training.noRefundAfterDeferral', {});
  return b.allow('verdict.training.defer');
}

export const refundTraining: Decision<'refund-training'> = {
  name: 'refund-training',
  anchor: (r) => localMidnight(r.facts.classStart, r.timeZone),
  run: refund,
};

export const deferTraining: Decision<'defer-training'> = {
  name: 'defer-training',
  anchor: (r) => localMidnight(r.facts.classStart, r.timeZone),
  run: defer,
};
