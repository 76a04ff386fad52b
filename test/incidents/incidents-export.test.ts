import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import type { ExportFile, OutboxEntry } from '../../shared/exchange/export-contract';
import { readCsv } from '../../shared/exchange/csv-read';
import type { IncidentView } from '../../shared/incidents/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const DATE = '2026-12-05';

const ok = <T>(r: IpcResult<unknown>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('incidents in the ID-log export (#18)', () => {
  test('a disputed late arrival (DAY-1) recorded and closed is a row of the incidents CSV with its columns, queued in the outbox; no document number leaves the desk', async () => {
    // 09:40 in Shanghai on the demo day: the 09:00 session is running.
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T01:40:00Z'));
    await generateDemo(desk.core.store, { date: DATE, hashKey: desk.core.hashKey });
    const db = desk.core.store.db;
    const session = await db
      .selectFrom('exam_sessions as es')
      .innerJoin('rooms as r', 'r.id', 'es.room_id')
      .select(['es.id', 'r.code'])
      .where('es.local_date', '=', DATE)
      .orderBy('es.starts_at')
      .orderBy('es.id')
      .executeTakeFirstOrThrow();
    const person = await db
      .selectFrom('appointments as a')
      .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
      .select(['a.id', 'a.admission_code', 'c.name', 'c.id_number', 'c.id_last4'])
      .where('a.session_id', '=', session.id)
      .orderBy('a.id')
      .executeTakeFirstOrThrow();
    const proctor = await desk.as('proctor');
    const manager = await desk.as('manager');
    const late = ok<IncidentView>(
      await desk.registry.invoke('incidents.record', { sessionId: session.id, appointmentId: person.id, kind: 'late-arrival', occurredAt: '09:16', text: '考生称地铁延误，对 DAY-1 迟到结论有异议' }, proctor),
    );
    ok(await desk.registry.invoke('incidents.close', { id: late.id, resolution: '核对门禁记录后维持迟到结论' }, manager));
    ok(await desk.registry.invoke('incidents.record', { sessionId: session.id, kind: 'technical-fault', occurredAt: '09:30', text: 'Projector in the room failed for 5 minutes' }, proctor));

    const file = ok<ExportFile>(await desk.registry.invoke('exchange.export', { kind: 'incidents', date: DATE, format: 'csv' }, manager));
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const [header, ...rows] = readCsv(text.replace(/^\uFEFF/, '')).map((r) => r.cells);
    expect(header).toEqual(['occurred_at_local', 'session', 'room', 'candidate_name', 'admission_code', 'kind', 'rule_id', 'text', 'recorded_by', 'status', 'closed_by', 'closed_at_local', 'resolution']);
    expect(file.rows).toBe(2);
    expect(rows).toEqual([
      [
        '2026-12-05 09:16',
        '2026-12-05 09:00',
        session.code,
        person.name,
        person.admission_code,
        'late-arrival',
        'DAY-1',
        '考生称地铁延误，对 DAY-1 迟到结论有异议',
        'proctor',
        'closed',
        'manager',
        '2026-12-05 09:40',
        '核对门禁记录后维持迟到结论',
      ],
      ['2026-12-05 09:30', '2026-12-05 09:00', session.code, '', '', 'technical-fault', 'BOOK-7', 'Projector in the room failed for 5 minutes', 'proctor', 'open', '', '', ''],
    ]);
    expect(text).not.toContain(person.id_number!);
    expect(text).not.toContain(`****${person.id_last4}`);
    expect(file.fileName).toBe('SZ-NS-01-2026-12-05-incidents.csv');
    const outbox = ok<OutboxEntry[]>(await desk.registry.invoke('exchange.outbox', {}, manager));
    expect(outbox[0]).toMatchObject({ kind: 'incidents', rows: 2, sentAt: null });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    await desk.close();
  });
});
