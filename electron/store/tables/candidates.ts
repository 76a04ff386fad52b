import type { Generated } from 'kysely';

/* Table types (see migrations/): Candidates, their orders, coupons and redeem codes. Instants: ISO UTC text. Money: integer fen. */
export interface CandidatesTable {
  id: Generated<number>;
  name: string;
  pinyin: string | null;
  pinyin_compact: string;
  initials: string;
  id_type: string;
  id_number: string | null;
  id_last4: string;
  id_hash: string;
  phone: string | null;
  email: string | null;
  created_at: string;
  purged_at: string | null;
}
export interface OrdersTable {
  id: Generated<number>;
  sponsor_id: number;
  order_no: string;
  candidate_id: number;
  paid_at: string | null;
  amount_fen: number;
  coupon_code: string | null;
  coupon_discount_fen: Generated<number>;
  redeem_code: string | null;
  attempts: Generated<number>;
  refunded_at: string | null;
}
export interface CouponsTable {
  code: string;
  kind: 'fixed' | 'percent';
  value: number;
  used_by_order_id: number | null;
  used_at: string | null;
}
export interface RedeemCodesTable {
  code: string;
  order_id: number | null;
  state: 'unused' | 'bound' | 'completed' | 'expired' | 'invalid';
  candidate_id: number | null;
  replaced_by: string | null;
  expires_at: string | null;
}
