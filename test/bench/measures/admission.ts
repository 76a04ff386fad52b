import { randomUUID } from 'node:crypto';
import { measure } from '../measure';
import type { Measure } from './index';

/**
 * One admission on the check-in path: identity check (validation, verdict, chained record) and
 * the admission itself (verdict, check-in row, chained record, commit), through the real handlers.
 */
export const admissionMeasure: Measure = {
  name: 'admission',
  async run(ctx) {
    if (!ctx.registry.channelNames().includes('checkin.admit')) {
      return [{ name: 'admission.idCheckAndAdmit', runs: 0, medianMs: Number.NaN, p95Ms: Number.NaN, targetMs: 50, note: 'checkin.admit not built yet' }];
    }
    const db = ctx.core.store.db;
    // Today's first session in the synthetic center: its candidates arrive at 08:40 for 09:00... the
    // bench clock sits 30 minutes before the first start, so DAY-1 admits.
    const first = await db.selectFrom('exam_sessions').select(['id', 'starts_at']).orderBy('starts_at').limit(1).executeTakeFirstOrThrow();
    ctx.clock.set(new Date(Date.parse(first.starts_at) - 45 * 60_000));
    const people = await db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
      .where('es.starts_at', '=', first.starts_at)
      .select(['a.id', 'c.name', 'c.id_number'])
      .limit(60)
      .execute();
    const op = await db.selectFrom('operators').select(['id', 'username', 'display_name', 'role']).executeTakeFirst();
    const caller = { transport: 'test' as const, clientId: 'bench-admit', desk: 'bench' };
    if (op) ctx.core.sessions.signIn(caller.clientId, { id: op.id, username: op.username, displayName: op.display_name, role: op.role });
    const runs = Math.min(50, people.length - 3);
    let next = 0; // each run admits a new candidate (warm-up runs included)
    const fig = await measure(
      'admission.idCheckAndAdmit',
      async () => {
        const p = people[next++]!;
        await ctx.registry.invoke(
          'checkin.recordIdCheck',
          { appointmentId: p.id, documentType: 'CN_ID', documentNumber: p.id_number!, expiryDate: '2035-01-01', originalPresented: true, nameOnDocument: p.name, photoMatches: true, staffCheck: 'pass' },
          caller,
        );
        const r = await ctx.registry.invoke('checkin.admit', { appointmentId: p.id, nonce: randomUUID() }, caller);
        if (!r.ok || (r.value as { status: string }).status !== 'admitted') throw new Error(`bench admission failed: ${JSON.stringify(r)}`);
      },
      { runs, warmup: 3, targetMs: 50 },
    );
    return [fig];
  },
};
