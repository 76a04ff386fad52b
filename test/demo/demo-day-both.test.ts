import type { Kysely } from 'kysely';
import { expect, test } from 'vitest';
import { countOperators, readOperator, toInfo } from '../../electron/accounts/operators-repo';
import { appendAudit } from '../../electron/audit/audit-log';
import { auditActions, auditEntries } from '../../electron/audit/audit-read-repo';
import { insertCheckIn } from '../../electron/checkin/check-ins-repo';
import { appendIdCheck } from '../../electron/idlog/append';
import { insertIncident } from '../../electron/incidents/incident-changes-repo';
import { insertResult, markReleased } from '../../electron/scores/result-changes-repo';
import { dayOfDate } from '../../electron/checkin/center-day';
import { loadCheckinAppointment } from '../../electron/checkin/appointment-repo';
import { generateDemo } from '../../electron/demo/generate';
import { attendanceRows, idCheckRows, resultRows } from '../../electron/exchange/export/export-repo';
import { incidentExportRows } from '../../electron/exchange/export/incident-rows-repo';
import { listOutbox } from '../../electron/exchange/export/outbox-repo';
import { appointmentFactsRow } from '../../electron/policy/appointment-facts-repo';
import { appointmentIdsOfDay } from '../../electron/policy/appointment-picks-repo';
import { subjectFigureRows } from '../../electron/policy/subject-figures-repo';
import { idChecksOn, paperPeopleOn, resultsOn, sessionsWithRoomsOn } from '../../electron/rosters/day-data-repo';
import { loadSheet } from '../../electron/scores/sheet-repo';
import { sessionResultRows, subjectStatRows } from '../../electron/scores/results-view-repo';
import { loadSeatPlan } from '../../electron/seating/plan-repo';
import type { DB } from '../../electron/store/schema';
import { sessionsOfDate } from '../../electron/today/overview-repo';
import { admissionsOn, refusalRuleIdsOn, sessionStartsOn } from '../../electron/today/pictures-repo';
import { useDialectLegs } from '../support/each-dialect';

const legs = useDialectLegs();
const DATE = '2026-12-05';
const demo = { date: DATE, seed: 20261205, hashKey: Buffer.alloc(32, 7), createdAt: '2026-12-02T10:00:00.000Z' };

/** The same acts on both: admissions with their ID-log records, a refusal, released and held results, an incident. */
async function actOn(db: Kysely<DB>) {
  const at = '2026-12-05T00:50:00.000Z';
  const people = await db.selectFrom('appointments').select(['id', 'session_id', 'part']).where('state', '=', 'booked').where('session_id', 'is not', null).orderBy('id').limit(6).execute();
  for (const [i, p] of people.entries()) {
    await db.transaction().execute(async (trx) => {
      const base = { appointmentId: p.id, operatorId: 2, desk: 'desk-1', checkedAt: at, checks: { photo: false }, docMasked: '****0000' };
      if (i === 5) {
        await appendIdCheck(trx, { ...base, kind: 'refusal', outcome: 'refused', ruleIds: ['DAY-2'] });
        return;
      }
      await insertCheckIn(trx, { appointment_id: p.id, operator_id: 2, desk: 'desk-1', admitted_at: at, override_reason: null });
      await appendIdCheck(trx, { ...base, kind: 'admission', outcome: 'admitted', ruleIds: [] });
      await appendAudit(trx, { at, operatorId: 2, action: 'checkin.admit', subjectType: 'appointment', subjectId: p.id });
    });
    if (i < 3) {
      const r = await insertResult(db, {
        appointment_id: p.id,
        part: p.part,
        value: 50 + i * 10,
        absent: 0,
        max_score: 100,
        pass_score: 60,
        passed: i > 0 ? 1 : 0,
        state: 'held',
        release_date: DATE,
        created_at: at,
        created_by: 1,
      });
      if (i > 0) await markReleased(db, r.id, at, 1);
    }
  }
  await insertIncident(db, { session_id: people[0]!.session_id!, appointment_id: people[0]!.id, kind: 'illness', occurred_at: at, text: '头晕', recorded_by: 2, recorded_at: at, desk: 'desk-1' });
}

/** Rows of a query that promises no order (its caller groups or counts them), in one order. */
const unordered = <T>(rows: T[]): T[] =>
  rows
    .map((r) => [JSON.stringify(r), r] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);

/** What the day's read repositories answer, with each password hash (salted per run) left out. */
async function readings(db: Kysely<DB>) {
  const sessions = await sessionsWithRoomsOn(db, DATE);
  const ids = (await db.selectFrom('appointments').select('id').orderBy('id').execute()).map((r) => r.id);
  const manager = toInfo(await readOperator(db, 1));
  const perSession = [];
  for (const s of await sessionsOfDate(db, DATE)) {
    perSession.push({ plan: await loadSeatPlan(db, s.id), results: await sessionResultRows(db, s.id), sheet: await loadSheet(db, s.id, 'theory', manager) });
  }
  const perAppointment = [];
  for (const id of ids.slice(0, 40)) perAppointment.push({ checkin: await loadCheckinAppointment(db, id), facts: await appointmentFactsRow(db, id) });
  return {
    operators: await countOperators(db),
    sessions,
    // The subjects' order within a session is not promised (the handler sorts them).
    overview: (await sessionsOfDate(db, DATE)).map((r) => ({ ...r, subjects: r.subjects?.split(',').sort() })),
    paper: unordered(await paperPeopleOn(db, DATE)),
    idChecks: await idChecksOn(db, DATE),
    results: await resultsOn(db, DATE),
    pictures: { starts: await sessionStartsOn(db, DATE), admissions: unordered(await admissionsOn(db, DATE)), refusals: unordered(await refusalRuleIdsOn(db, DATE)) },
    exports: { attendance: await attendanceRows(db, DATE), idChecks: await idCheckRows(db, DATE), results: await resultRows(db, DATE), incidents: await incidentExportRows(db, DATE), outbox: await listOutbox(db) },
    // exists() is 0/1 on SQLite and false/true on PostgreSQL; the caller reads it with Boolean().
    figures: unordered((await subjectFigureRows(db, dayOfDate(DATE, 'Asia/Shanghai'))).map((r) => ({ ...r, attended: Boolean(r.attended), passed: Boolean(r.passed) }))),
    stats: unordered(await subjectStatRows(db)),
    picks: { all: await appointmentIdsOfDay(db, DATE), zhang: await appointmentIdsOfDay(db, DATE, 'zh') },
    audit: { entries: (await auditEntries(db, {}, 50)).map((e) => ({ ...e, hash: e.hash.length })), actions: await auditActions(db) },
    perSession,
    perAppointment,
  };
}

test('#19: the demo day written by the same repositories into SQLite and into PostgreSQL reads back the same through every read repository of the day', async () => {
  const onSqlite = await legs.sqlite.open();
  const onPg = await legs.postgres.open();
  const summaries = [await generateDemo({ db: onSqlite }, demo), await generateDemo({ db: onPg }, demo)].map((s) => ({ ...s, operators: s.operators.map((o) => o.username) }));
  expect(summaries[1]).toEqual(summaries[0]);
  await actOn(onSqlite);
  await actOn(onPg);
  const fromSqlite = await readings(onSqlite);
  expect(fromSqlite.idChecks).toHaveLength(6);
  expect(fromSqlite.results.length).toBeGreaterThan(0);
  expect(fromSqlite.exports.incidents.length).toBeGreaterThan(0);
  expect(fromSqlite.overview.length).toBeGreaterThan(2);
  expect(fromSqlite.paper.length).toBeGreaterThan(50);
  expect(fromSqlite.perAppointment.filter((a) => a.checkin !== null).length).toBe(40);
  const fromPg = await readings(onPg);
  for (const key of Object.keys(fromSqlite) as (keyof typeof fromSqlite)[]) expect.soft(fromPg[key], key).toEqual(fromSqlite[key]);
});
