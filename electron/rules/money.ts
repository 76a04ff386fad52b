/** Money helpers: integer fen only, rounding down (RULES.md section 8). */

export interface Payment {
  method: string;
  fen: number;
}

/** floor(amount * numerator / denominator) in exact integer arithmetic. */
export function mulDivFloor(amount: number, numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  return Number((BigInt(amount) * BigInt(numerator)) / BigInt(denominator));
}

/**
 * PAY-2: split `total` fen over the payment methods in the ratio they were paid. Each share is
 * rounded down and the fen left over go to the largest remainders, so the shares add up to
 * `total` and no share exceeds what its method paid (when total <= the sum paid).
 */
export function splitByRatio(total: number, payments: readonly Payment[]): Payment[] {
  const sum = payments.reduce((s, p) => s + p.fen, 0);
  if (sum === 0 || total === 0) return payments.map((p) => ({ method: p.method, fen: 0 }));
  const big = BigInt(sum);
  const shares = payments.map((p, i) => {
    const exact = BigInt(total) * BigInt(p.fen);
    return { i, method: p.method, fen: Number(exact / big), rem: exact % big };
  });
  let left = total - shares.reduce((s, x) => s + x.fen, 0);
  const order = [...shares].sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const s of order) {
    if (left <= 0) break;
    s.fen += 1;
    left -= 1;
  }
  return shares.map((s) => ({ method: s.method, fen: s.fen }));
}

/** PAY-6: the price after a percentage coupon of p% (two decimals at most), rounded down. */
export function priceAfterPercent(priceFen: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return mulDivFloor(priceFen, 10_000 - basisPoints, 10_000);
}

/** PAY-6: the price after a fixed coupon, never below 0. */
export function priceAfterFixed(priceFen: number, valueFen: number): number {
  return Math.max(0, priceFen - valueFen);
}
