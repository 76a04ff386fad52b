/** Check-in admission: DAY-8, appointment state, ORD-1/ORD-3, CAT-4, DAY-1, DAY-2, DAY-6, DAY-7. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import type { Ctx, VerdictBuilder } from '../context';
import { lifecycleRefusal, orderRefusal } from './common';
import { appointmentAnchor } from './reschedule';
import type { Decision } from './types';

/** Adds the admission rules to `b`; returns the refusal, or null when the candidate may enter. */
export function admissionRefusal(f: FactsOf<'admission'>, ctx: Ctx, b: VerdictBuilder): Verdict | null {
  const admission = ctx.need('admission', 'check-in');
  const start = ctx.instant(f.start);
  const arrival = ctx.now;
  b.instant('start', start).instant('arrivalAt', arrival);
  const dayRule = admission.rule === 'arrive-before' ? 'DAY-1' : 'DAY-2';

  // DAY-8: one check-in per appointment.
  if (f.existingCheckIn) {
    const at = ctx.instant(f.existingCheckIn.at);
    b.instant('checkedInAt', at);
    b.because('DAY-8', 'reason.admission.duplicate', { at: ctx.local(at), by: f.existingCheckIn.by });
    return b.refuse('verdict.admission.duplicate', { at: ctx.local(at), by: f.existingCheckIn.by });
  }

  if (f.appointmentState !== 'booked') {
    const rule = f.appointmentState === 'completed' ? 'DAY-8' : f.appointmentState === 'no-show' ? dayRule : 'BOOK-1';
    b.because(rule, `reason.admission.state.${f.appointmentState}`, {});
    return b.refuse('verdict.admission.notBooked', { state: f.appointmentState });
  }

  const orderRefused = orderRefusal(ctx, b, f.order, arrival, { allowUnpaidIfBookedBeforePayment: false });
  if (orderRefused) return orderRefused;

  const examDate = ctx.localDate(start);
  const life = lifecycleRefusal(ctx, b, f.subject, { examDate });
  if (life) return life;

  if (ctx.localDate(arrival) !== examDate) {
    b.because(dayRule, 'reason.admission.notExamDay', { examDate });
    return b.refuse('verdict.admission.notExamDay', { examDate });
  }

  if (admission.rule === 'arrive-before') {
    // DAY-1: admitted if arrival <= start - 30 min; DAY-6: late means no entry and no refund.
    const latest = start - admission.minutesBefore * 60_000;
    b.instant('arrivalThrough', latest);
    if (arrival > latest) {
      b.because('DAY-1', 'reason.admission.late', { latest: ctx.local(latest), minutes: admission.minutesBefore });
      b.because('DAY-6', 'reason.admission.lateForfeits', {});
      return b.refuse('verdict.admission.late', { latest: ctx.local(latest) });
    }
    b.because('DAY-1', 'reason.admission.onTime', { latest: ctx.local(latest), minutes: admission.minutesBefore });
  } else {
    // DAY-2: admitted if start - 30 min <= arrival < start + 30 min; missing it is absent = failed.
    const opens = start - admission.opensMinutesBefore * 60_000;
    const closes = start + admission.closesMinutesAfter * 60_000;
    b.instant('entryFrom', opens).instant('entryBefore', closes);
    if (arrival < opens) {
      b.because('DAY-2', 'reason.admission.entryNotOpen', { opens: ctx.local(opens) });
      return b.refuse('verdict.admission.entryNotOpen', { opens: ctx.local(opens) });
    }
    if (arrival >= closes) {
      b.because('DAY-2', 'reason.admission.entryClosed', { closes: ctx.local(closes) });
      return b.refuse('verdict.admission.entryClosed', { closes: ctx.local(closes) });
    }
    b.because('DAY-2', 'reason.admission.inWindow', { opens: ctx.local(opens), closes: ctx.local(closes) });
  }
  return null;
}

function run(f: FactsOf<'admission'>, ctx: Ctx): Verdict {
  const b = ctx.builder();
  const refused = admissionRefusal(f, ctx, b);
  if (refused) return refused;
  b.remind('DAY-3', 'remind.documents', {});
  b.remind('DAY-7', 'remind.belongings', {});
  return b.allow('verdict.admission.allowed', { start: ctx.local(ctx.instant(f.start)) });
}

export const admission: Decision<'admission'> = { name: 'admission', anchor: (r) => appointmentAnchor(r), run };
