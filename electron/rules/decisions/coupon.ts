/** Coupon application (CTyun): PAY-6. */
import type { FactsOf } from '../../../shared/rules/requests';
import type { Verdict } from '../../../shared/rules/verdict';
import { parseInstant } from '../../../shared/time/zoned';
import { yuan, type Ctx } from '../context';
import { priceAfterFixed, priceAfterPercent } from '../money';
import type { Decision } from './types';

function run(f: FactsOf<'coupon'>, ctx: Ctx): Verdict {
  const coupons = ctx.need('coupons', 'coupon');
  const b = ctx.builder();
  b.fen('priceFen', f.priceFen);
  if (f.action === 'return') {
    b.because('PAY-6', 'reason.coupon.notReturned', {});
    return b.refuse('verdict.coupon.notReturned');
  }
  if (!coupons.kinds.includes(f.coupon.kind)) {
    b.because('PAY-6', 'reason.coupon.kindNotAccepted', { kind: f.coupon.kind });
    return b.refuse('verdict.coupon.kindNotAccepted', { kind: f.coupon.kind });
  }
  if (f.timesUsed >= coupons.usesPerCode) {
    b.because('PAY-6', 'reason.coupon.used', {});
    return b.refuse('verdict.coupon.used');
  }
  const final = f.coupon.kind === 'fixed' ? priceAfterFixed(f.priceFen, f.coupon.valueFen) : priceAfterPercent(f.priceFen, f.coupon.percent);
  b.fen('discountFen', f.priceFen - final).fen('finalFen', final);
  if (f.coupon.kind === 'fixed') b.because('PAY-6', 'reason.coupon.fixed', { value: yuan(f.coupon.valueFen), final: yuan(final) });
  else b.because('PAY-6', 'reason.coupon.percent', { percent: f.coupon.percent, final: yuan(final) });
  b.remind('PAY-6', 'remind.coupon.final', {});
  return b.allow('verdict.coupon.applied', { final: yuan(final), price: yuan(f.priceFen) });
}

export const coupon: Decision<'coupon'> = { name: 'coupon', anchor: (r) => parseInstant(r.now), run };
