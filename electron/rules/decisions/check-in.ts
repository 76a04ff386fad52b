/**
 * Check-in in one decision: admission (DAY-8, ORD-1/ORD-3, CAT-4, DAY-1/DAY-2, DAY-6) and then the
 * identity document (DAY-3..DAY-6) from raw or pre-evaluated facts. The first refusal answers;
 * when both allow, the candidate is admitted with the DAY-7 reminder.
 */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import type { Ctx } from '../context';
import { admissionRefusal } from './admission';
import { identityRefusal } from './identity-document';
import { appointmentAnchor } from './reschedule';
import type { Decision } from './types';

function run(f: FactsOf<'check-in'>, ctx: Ctx): Verdict {
  const b = ctx.builder();
  const refused = admissionRefusal(f, ctx, b) ?? identityRefusal(f.identity, ctx, b, 'facts.identity');
  if (refused) return refused;
  b.remind('DAY-7', 'remind.belongings', {});
  return b.allow('verdict.checkIn.admitted', { start: ctx.local(ctx.instant(f.start)), type: f.identity.documentType });
}

export const checkIn: Decision<'check-in'> = { name: 'check-in', anchor: (r) => appointmentAnchor(r as never), run };
