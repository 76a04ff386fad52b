import type { Transaction } from 'kysely';
import type { Ticker } from '../../core/cooperate';
import type { DB } from '../../store/schema';
import type { ReadyRow } from './read-rows';

// The roster import's people and orders: each row's candidate and order found or written, in
// chunks, inside the import's one transaction (applyImport in apply.ts).

/** Rows looked up per statement. */
export const CHUNK = 400;
/** Rows inserted per statement. */
export const INSERT_CHUNK = 100;

export const candidateKey = (r: ReadyRow) => `${r.idType}|${r.idHash}`;

/**
 * The candidate of each row: found by document type and keyed hash (updated when the name or
 * contacts changed) or inserted, in chunks so a large roster stays a few thousand statements.
 */
export async function resolveCandidates(trx: Transaction<DB>, rows: ReadyRow[], now: string, ticker: Ticker): Promise<Map<string, number>> {
  const latest = new Map<string, ReadyRow>();
  for (const r of rows) latest.set(candidateKey(r), r);
  const ids = new Map<string, number>();
  const entries = [...latest.entries()];
  // This pass is worth one unit per row: half for looking up, half for inserting.
  const unit = rows.length / Math.max(1, entries.length) / 2;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    await ticker.tick(chunk.length * unit);
    const found = await trx
      .selectFrom('candidates')
      .select(['id', 'id_type', 'id_hash', 'name', 'pinyin', 'phone', 'email'])
      .where(
        'id_hash',
        'in',
        chunk.map(([, r]) => r.idHash),
      )
      .execute();
    for (const f of found) {
      const key = `${f.id_type}|${f.id_hash}`;
      const r = latest.get(key);
      if (!r) continue;
      ids.set(key, f.id);
      if (f.name !== r.name || f.pinyin !== r.pinyin || f.phone !== r.phone || f.email !== r.email) {
        await trx.updateTable('candidates').set({ name: r.name, pinyin: r.pinyin, pinyin_compact: r.pinyinCompact, initials: r.initials, phone: r.phone, email: r.email }).where('id', '=', f.id).execute();
      }
    }
  }
  const fresh = entries.filter(([k]) => !ids.has(k));
  await ticker.tick((entries.length - fresh.length) * unit);
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    await ticker.tick(Math.min(INSERT_CHUNK, fresh.length - i) * unit);
    const values = fresh.slice(i, i + INSERT_CHUNK).map(([, r]) => ({
      name: r.name,
      pinyin: r.pinyin,
      pinyin_compact: r.pinyinCompact,
      initials: r.initials,
      phone: r.phone,
      email: r.email,
      id_type: r.idType,
      id_number: r.idNumber,
      id_last4: r.idNumber.slice(-4),
      id_hash: r.idHash,
      created_at: now,
    }));
    for (const row of await trx.insertInto('candidates').values(values).returning(['id', 'id_type', 'id_hash']).execute()) ids.set(`${row.id_type}|${row.id_hash}`, row.id);
  }
  return ids;
}

/** The order of each row, by sponsor and order number: updated when it changed, or inserted. */
export async function resolveOrders(trx: Transaction<DB>, rows: ReadyRow[], spOf: Map<ReadyRow, number>, candIds: Map<string, number>, ticker: Ticker): Promise<Map<string, number>> {
  const latest = new Map<string, ReadyRow>();
  for (const r of rows) latest.set(`${spOf.get(r)}|${r.orderNo}`, r);
  const valuesOf = (r: ReadyRow) => ({
    paid_at: r.paidAt,
    amount_fen: r.amountFen,
    coupon_code: r.couponCode,
    coupon_discount_fen: r.couponDiscountFen,
    redeem_code: r.redeemCode,
    candidate_id: candIds.get(candidateKey(r))!,
  });
  const ids = new Map<string, number>();
  const entries = [...latest.entries()];
  // This pass is worth one unit per row: half for looking up, half for inserting.
  const unit = rows.length / Math.max(1, entries.length) / 2;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    await ticker.tick(chunk.length * unit);
    const found = await trx
      .selectFrom('orders')
      .select(['id', 'sponsor_id', 'order_no', 'paid_at', 'amount_fen', 'coupon_code', 'coupon_discount_fen', 'redeem_code', 'candidate_id'])
      .where(
        'order_no',
        'in',
        chunk.map(([, r]) => r.orderNo),
      )
      .execute();
    for (const f of found) {
      const key = `${f.sponsor_id}|${f.order_no}`;
      const r = latest.get(key);
      if (!r) continue;
      ids.set(key, f.id);
      const v = valuesOf(r);
      if (
        f.paid_at !== v.paid_at ||
        f.amount_fen !== v.amount_fen ||
        f.coupon_code !== v.coupon_code ||
        f.coupon_discount_fen !== v.coupon_discount_fen ||
        f.redeem_code !== v.redeem_code ||
        f.candidate_id !== v.candidate_id
      ) {
        await trx.updateTable('orders').set(v).where('id', '=', f.id).execute();
      }
    }
  }
  const fresh = entries.filter(([k]) => !ids.has(k));
  await ticker.tick((entries.length - fresh.length) * unit);
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    await ticker.tick(Math.min(INSERT_CHUNK, fresh.length - i) * unit);
    const values = fresh.slice(i, i + INSERT_CHUNK).map(([, r]) => ({ ...valuesOf(r), sponsor_id: spOf.get(r)!, order_no: r.orderNo, refunded_at: null }));
    for (const row of await trx.insertInto('orders').values(values).returning(['id', 'sponsor_id', 'order_no']).execute()) ids.set(`${row.sponsor_id}|${row.order_no}`, row.id);
  }
  return ids;
}
