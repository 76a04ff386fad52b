/**
 * Desks joined to one center for the #19 tests: a center in a SQLite file (the same repositories
 * as on PostgreSQL), and per desk a real desk file with the demo day, a CenterLink whose connection
 * to the center can be cut (refused) or lose the reply of its next commit, and the check-in
 * registry of test/checkin/support.ts.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { CenterLink } from '../../electron/centerlink/center-link';
import { verifyCenterChain } from '../../electron/centerserver/center-audit-repo';
import type { CenterDB } from '../../electron/centerserver/center-schema';
import { listConflicts } from '../../electron/centerserver/conflicts-repo';
import { listCheckins } from '../../electron/centerserver/ledger-repo';
import { migrateCenter, openCenterSqlite } from '../../electron/centerserver/open-center';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import { centerOutboxDepth } from '../../electron/centerlink/outbox-repo';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk, type Extra } from '../checkin/support';

/** A desk's wire to the center: 'cut' refuses every statement (a pulled cable, a stopped server), 'lose-reply' commits the next transaction and then fails as if the reply never came. */
export interface Wire {
  cut: boolean;
  loseNextCommitReply: boolean;
  /** Statements that reached the center over this wire. */
  statements: number;
  /** Statements the desk tried to send, cut or not. */
  attempts: number;
}

/** The center's tables over a wire: the statements reach the SQLite file only while the wire is up. */
export function centerOverWire(path: string, wire: Wire): Kysely<CenterDB> {
  const sqlite = new Database(path, { timeout: 5000 });
  const refused = () => Object.assign(new Error('connect ECONNREFUSED (the test cut the wire)'), { code: 'ECONNREFUSED' });
  const database = {
    close: () => sqlite.close(),
    prepare(sql: string) {
      wire.attempts += 1;
      // A rollback goes through, so the connection never stays inside a transaction the test cut.
      if (wire.cut && !/^rollback/i.test(sql)) throw refused();
      wire.statements += 1;
      const statement = sqlite.prepare(sql);
      if (wire.loseNextCommitReply && /^commit/i.test(sql)) {
        wire.loseNextCommitReply = false;
        const commit = statement.run.bind(statement);
        return Object.assign(statement, {
          run: (...args: unknown[]) => {
            commit(...(args as []));
            throw Object.assign(new Error('read ECONNRESET (the reply was lost after the commit)'), { code: 'ECONNRESET' });
          },
        });
      }
      return statement;
    },
  };
  return new Kysely<CenterDB>({ dialect: new SqliteDialect({ database: database as never }) });
}

export interface JoinedDesk {
  name: string;
  desk: CheckinDesk;
  link: CenterLink;
  wire: Wire;
}

export interface TestCenter {
  path: string;
  /** The center as the manager's PC sees it (never cut). */
  db: Kysely<CenterDB>;
  join(name: string, dir: string): Promise<JoinedDesk>;
  close(): Promise<void>;
}

/** Far longer than any test: the tests drive the replay with replayNow(), except the one that waits for the loop. */
export const NO_PROBE = 3_600_000;

export async function openTestCenter(dir: string, o: { probeMs?: number } = {}): Promise<TestCenter> {
  const path = join(dir, 'center.sqlite');
  const db = openCenterSqlite(path);
  await migrateCenter(db, 'sqlite');
  const joined: JoinedDesk[] = [];
  return {
    path,
    db,
    async join(name, deskDir) {
      const desk = await openCheckinDesk(deskDir, new Date('2026-12-05T00:20:00Z'));
      const wire: Wire = { cut: false, loseNextCommitReply: false, statements: 0, attempts: 0 };
      const link = new CenterLink({ center: centerOverWire(path, wire), desk: name, server: `sqlite:${name}`, store: desk.core.store, clock: desk.clock, probeMs: o.probeMs ?? NO_PROBE });
      desk.core.centerLink = link;
      // The link's first sync (outbox, leases, contact) has run once this answers.
      await link.replayNow();
      const j = { name, desk, link, wire };
      joined.push(j);
      return j;
    },
    async close() {
      for (const j of joined) {
        await j.link.close();
        await j.desk.close();
      }
      await db.destroy();
    },
  };
}

/** The same candidate (same admission code) in a desk's copy of the day, room A at 09:00 unless told, with a passing identity check. */
export async function candidateAt(d: JoinedDesk, admissionCode: string, o: { startsAt?: string; idNumber?: string } = {}): Promise<Extra> {
  const x = await addCandidate(d.desk, { admissionCode, bookingId: `BK-${admissionCode}`, ...o });
  await d.desk.call('checkin.recordIdCheck', passingCheck(x), await d.desk.as('proctor1'));
  return x;
}

/** After each scenario: one admission per appointment at the center, every nonce once among admissions and conflicts, outboxes empty, every chain verifies. */
export async function expectSettled(center: Kysely<CenterDB>, desks: { name: string; desk: CheckinDesk }[]): Promise<{ admissions: number; conflicts: number }> {
  const admissions = await listCheckins(center);
  const conflicts = await listConflicts(center);
  const codes = admissions.map((a) => a.admission_code);
  if (new Set(codes).size !== codes.length) throw new Error(`an appointment with two admissions at the center: ${codes.join(', ')}`);
  const nonces = [...admissions.map((a) => a.nonce), ...conflicts.flatMap((c) => [c.second.nonce])];
  if (new Set(nonces).size !== nonces.length) throw new Error(`a nonce used twice among admissions and conflicts: ${nonces.join(', ')}`);
  const chain = await verifyCenterChain(center);
  if (!chain.ok) throw new Error(`the center's chain breaks at ${chain.brokenAt}`);
  for (const d of desks) {
    const db = d.desk.core.store.db;
    if ((await centerOutboxDepth(db)) !== 0) throw new Error(`desk ${d.name} still has outbox rows`);
    if (!(await verifyAuditLog(db)).ok) throw new Error(`desk ${d.name}: the audit chain breaks`);
    if (!(await verifyIdCheckChain(db)).ok) throw new Error(`desk ${d.name}: the ID-log chain breaks`);
  }
  return { admissions: admissions.length, conflicts: conflicts.length };
}
