import type { Kysely } from 'kysely';
import type { DB } from '../../electron/store/schema';

export interface SeedOptions {
  profileId?: string;
  startsAt?: string;
  paidAt?: string | null;
  bookedAt?: string;
  stopServiceDate?: string | null;
  name?: string;
}

/**
 * A minimal exam day written straight through Kysely: one center, room, session and appointment.
 * Tests that need the whole demo day use generateDemo instead.
 */
export async function seedAppointment(db: Kysely<DB>, o: SeedOptions = {}): Promise<{ appointmentId: number; sessionId: number }> {
  const startsAt = o.startsAt ?? '2026-12-05T01:00:00.000Z';
  const center =
    (await db.selectFrom('centers').select('id').executeTakeFirst()) ??
    (await db.insertInto('centers').values({ code: 'SZ-NS-01', name: '深圳南山考试中心', name_en: 'Shenzhen Nanshan Test Center', city: '深圳' }).returning('id').executeTakeFirstOrThrow());
  const sponsor = (await db.selectFrom('sponsors').select('id').executeTakeFirst()) ?? (await db.insertInto('sponsors').values({ code: 'tencent', name: 'Tencent Cloud' }).returning('id').executeTakeFirstOrThrow());
  const n =
    Number(
      (
        await db
          .selectFrom('appointments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ) + 1;
  const subject = await db
    .insertInto('subjects')
    .values({
      sponsor_id: sponsor.id,
      code: `SUBJ-${n}`,
      name: '腾讯云计算工程师认证',
      level: 'TCCA',
      profile_id: o.profileId ?? 'tencent-test-center',
      on_sale_date: '2025-04-01',
      stop_sale_date: null,
      stop_service_date: o.stopServiceDate ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('subject_parts').values({ subject_id: subject.id, part: 'theory', max_score: 100, pass_score: 60 }).execute();
  const candidate = await db
    .insertInto('candidates')
    .values({
      name: o.name ?? '张伟',
      pinyin: 'Zhang Wei',
      pinyin_compact: 'zhangwei',
      initials: 'zw',
      id_type: 'CN_ID',
      id_number: '110101199003077578',
      id_last4: '7578',
      id_hash: `hash-${n}`,
      created_at: '2026-11-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await db
    .insertInto('orders')
    .values({
      sponsor_id: sponsor.id,
      order_no: `OD${n}`,
      candidate_id: candidate.id,
      paid_at: o.paidAt === undefined ? '2026-10-01T02:00:00.000Z' : o.paidAt,
      amount_fen: 80000,
      coupon_code: null,
      redeem_code: null,
      refunded_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const room =
    (await db.selectFrom('rooms').select('id').executeTakeFirst()) ??
    (await db.insertInto('rooms').values({ center_id: center.id, code: 'A', name: '考场A', rows: 2, cols: 2, proctor_row: null, proctor_col: null }).returning('id').executeTakeFirstOrThrow());
  const session = await db.insertInto('exam_sessions').values({ room_id: room.id, local_date: '2026-12-05', starts_at: startsAt, duration_min: 90, closed_at: null }).returning('id').executeTakeFirstOrThrow();
  const appointment = await db
    .insertInto('appointments')
    .values({
      sponsor_id: sponsor.id,
      booking_id: `BK${n}`,
      admission_code: `ADM${String(n).padStart(5, '0')}`,
      candidate_id: candidate.id,
      order_id: order.id,
      subject_id: subject.id,
      part: 'theory',
      session_id: session.id,
      starts_at: startsAt,
      duration_min: 90,
      booked_at: o.bookedAt ?? '2026-10-02T02:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { appointmentId: appointment.id, sessionId: session.id };
}
