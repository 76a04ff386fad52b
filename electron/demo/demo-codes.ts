/**
 * The identifiers a demo day hands out, shaped like the sponsor roster's (sample-roster.csv):
 * admission codes, booking ids, order numbers, coupon and redeem codes. Each generator draws from
 * the seeded Rng and never repeats a value it already gave.
 */
import { randomDigits, randomInt, type Rng } from '../../shared/identity/random';

/** No 0/O and 1/I: codes are read aloud and typed at the desk. */
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function chars(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += CODE_CHARS[randomInt(rng, 0, CODE_CHARS.length - 1)];
  return s;
}

export class DemoCodes {
  private readonly used = new Set<string>();
  private booking = 0;

  constructor(
    private readonly rng: Rng,
    private readonly year: string,
  ) {}

  private unique(make: () => string): string {
    for (;;) {
      const v = make();
      if (!this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }

  /** "ADM" + 8 upper-case letters and digits. */
  admission(): string {
    return this.unique(() => `ADM${chars(this.rng, 8)}`);
  }

  /** "BK" + the exam year + a 6-digit sequence: BK2026000001. */
  bookingId(): string {
    return `BK${this.year}${String(++this.booking).padStart(6, '0')}`;
  }

  /** "OD" + the local payment date + 4 digits: OD202610061425. */
  orderNo(paidLocalDate: string): string {
    return this.unique(() => `OD${paidLocalDate.replace(/-/g, '')}${randomDigits(this.rng, 4)}`);
  }

  /** "CP" + 10 digits. */
  coupon(): string {
    return this.unique(() => `CP${randomDigits(this.rng, 10)}`);
  }

  /** 12 upper-case letters and digits, like an enterprise redeem code. */
  redeem(): string {
    return this.unique(() => chars(this.rng, 12));
  }
}
