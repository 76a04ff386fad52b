/**
 * The child of the crash test: admits candidates of the 09:00 session one after another and
 * prints "ACK <appointmentId>" after each admission the desk has confirmed (committed). The
 * parent kills it with SIGKILL at random moments. Run as a bundled script (see crash.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { findByUsername, toInfo } from '../../electron/accounts/operators-repo';
import { admit } from '../../electron/checkin/admit';
import { recordIdCheck } from '../../electron/checkin/record-id-check';
import { manualClock } from '../../electron/core/clock';
import type { HandlerContext } from '../../electron/core/context';
import { createCore } from '../../electron/app/create-core';

async function main() {
  const [dbPath, start, nine] = process.argv.slice(2) as [string, string, string];
  const clock = manualClock(new Date(start));
  process.stdout.write('OPENING\n');
  const core = await createCore(dbPath, { clock });
  const op = await findByUsername(core.store.db, 'crash-proctor');
  if (!op) throw new Error('no crash-proctor');
  const ctx: HandlerContext = { core, caller: { transport: 'cli', clientId: 'crash', desk: 'crash-desk' }, operator: toInfo(op), now: clock.now() };
  process.stdout.write('READY\n');
  for (;;) {
    const next = await core.store.db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .leftJoin('check_ins as ci', 'ci.appointment_id', 'a.id')
      .where('a.starts_at', '=', nine)
      .where('ci.id', 'is', null)
      .select(['a.id', 'c.name', 'c.id_number'])
      .orderBy('a.id')
      .limit(1)
      .executeTakeFirst();
    if (!next) break;
    await recordIdCheck(
      { appointmentId: next.id, documentType: 'CN_ID', documentNumber: next.id_number!, expiryDate: '2035-01-01', originalPresented: true, nameOnDocument: next.name, photoMatches: true, staffCheck: 'pass' },
      ctx,
    );
    const r = await admit({ appointmentId: next.id, nonce: randomUUID() }, ctx);
    if (r.status !== 'admitted') throw new Error(`appointment ${next.id} was not admitted: ${r.status}`);
    process.stdout.write(`ACK ${next.id}\n`);
  }
  process.stdout.write('DONE\n');
  await core.store.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
