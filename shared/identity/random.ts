/**
 * Seeded pseudo-random numbers for fixtures and demo data: the same seed always gives the same
 * sequence, on every machine. Not for anything secret.
 */
export type Rng = () => number;

/** mulberry32: a 32-bit state generator; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`randomInt: bad range [${min}, ${max}]`);
  }
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick: empty list');
  return items[randomInt(rng, 0, items.length - 1)]!;
}

/** `count` random decimal digits. */
export function randomDigits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(randomInt(rng, 0, 9));
  return s;
}
