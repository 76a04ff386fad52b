/** Certificate validity: RES-4, RES-5, RES-6, CAT-1. */
import { sameLevel } from '../../../shared/rules/catalogue';
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { addDays, compareDates } from '../../../shared/time/dates';
import { addCalendarMonths, localMidnight, parseInstant } from '../../../shared/time/zoned';
import { RuleFailure, type Ctx } from '../context';
import type { Decision } from './types';

function run(f: FactsOf<'certificate'>, ctx: Ctx): Verdict {
  const cert = ctx.need('certificate', 'certificate');
  const b = ctx.builder();
  const relevant = f.results.filter((r) => !f.level || !r.level || sameLevel(r.level, f.level));
  if (f.level && relevant.some((r) => r.level && r.level.trim().toUpperCase() !== f.level?.trim().toUpperCase())) b.because('CAT-1', 'reason.certificate.oldLevelName', { level: f.level });
  if (relevant.some((r) => r.passed && r.cancelled)) b.because('RES-5', 'reason.result.cancelled', {});
  let latest: number | null = null;
  f.results.forEach((r, i) => {
    if (!relevant.includes(r) || !r.passed || r.cancelled) return;
    const at = r.releasedAt ? ctx.instant(r.releasedAt) : r.releaseDate ? localMidnight(r.releaseDate, ctx.zone) : null;
    if (at === null) throw new RuleFailure('INCONSISTENT_FACTS', 'a passing result needs releaseDate or releasedAt', `facts.results.${i}`);
    if (latest === null || at > latest) latest = at;
  });
  if (latest === null) {
    b.because('RES-4', 'reason.certificate.noPass', {});
    return b.refuse('verdict.certificate.none');
  }
  const released: number = latest;
  const releaseDate = ctx.localDate(released);
  // RES-4: 2 years from the release of the most recent passing result; "within" includes its last instant.
  const validUntil = addCalendarMonths(released, cert.validityMonths, ctx.zone);
  b.uses('RES-4').instant('releasedAt', released).instant('validThrough', validUntil);
  // RES-6: electronic certificates from April 2024; before that paper, mailed within 30 days.
  const electronic = compareDates(releaseDate, cert.electronicFrom) >= 0;
  b.text('format', electronic ? 'electronic' : 'paper');
  if (electronic) b.because('RES-6', 'reason.certificate.electronic', {});
  else {
    const mailBy = addDays(releaseDate, cert.paperMailedWithinDays);
    b.date('paperMailedThrough', mailBy);
    b.because('RES-6', 'reason.certificate.paper', { by: mailBy });
  }
  if (ctx.now > validUntil) {
    b.because('RES-4', 'reason.certificate.expired', { until: ctx.local(validUntil) });
    return b.refuse('verdict.certificate.expired', { until: ctx.local(validUntil) });
  }
  b.because('RES-4', 'reason.certificate.valid', { until: ctx.local(validUntil) });
  return b.allow('verdict.certificate.valid', { until: ctx.local(validUntil) });
}

export const certificate: Decision<'certificate'> = {
  name: 'certificate',
  anchor: (r) => parseInstant(r.now),
  run,
};
