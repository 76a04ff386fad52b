import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import type { IncidentView } from '../../shared/incidents/contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { RosterPdf } from '../../shared/rosters/contract';
import { pdfPages } from '../rosters/pdf-tools';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const DATE = '2026-12-05';
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('incident reports on paper', () => {
  test('the attendance report (session report) and the printed ID log carry the day\'s incidents: kind, rule, time, text and the resolution or "open"', async () => {
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T01:40:00Z'));
    await generateDemo(desk.core.store, { date: DATE, hashKey: desk.core.hashKey });
    const proctor = await desk.as('proctor');
    const manager = await desk.as('manager');
    const session = await desk.core.store.db.selectFrom('exam_sessions').select('id').where('local_date', '=', DATE).orderBy('starts_at').orderBy('id').executeTakeFirstOrThrow();
    const r1 = (await desk.registry.invoke('incidents.record', { sessionId: session.id, kind: 'technical-fault', occurredAt: '09:12', text: '三号机蓝屏重启' }, proctor)) as IpcResult<IncidentView>;
    const r2 = (await desk.registry.invoke('incidents.record', { sessionId: session.id, kind: 'illness', occurredAt: '09:31', text: '考生头晕离场休息' }, proctor)) as IpcResult<IncidentView>;
    if (!r1.ok || !r2.ok) throw new Error('record failed');
    expect(await desk.registry.invoke('incidents.close', { id: r1.value.id, resolution: '换机后补足考试时间' }, manager)).toMatchObject({ ok: true });
    // One print of both documents (one Chromium run): each string is there once per document.
    const r = (await desk.registry.invoke('rosters.pdf', { date: DATE, documents: ['attendance', 'idlog'], lang: 'zh-CN' }, manager)) as IpcResult<RosterPdf>;
    if (!r.ok) throw new Error(r.error.message);
    const text = squeeze(pdfPages(new Uint8Array(Buffer.from(r.value.base64, 'base64')), tempDir()).join('\n'));
    const at = (needle: string) => [...text.matchAll(new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
    for (const needle of ['三号机蓝屏重启', '设备故障·BOOK-7', '换机后补足考试时间', '考生头晕离场休息']) expect(at(needle), needle).toHaveLength(2);
    expect(at('事件报告').length).toBeGreaterThanOrEqual(2);
    expect(at('未关闭').length).toBeGreaterThanOrEqual(2);
    // Oldest first in each document: 09:12 before 09:31, the attendance report before the ID log.
    const [a1, a2] = at('三号机蓝屏重启');
    const [b1, b2] = at('考生头晕离场休息');
    expect(a1! < b1! && b1! < a2! && a2! < b2!).toBe(true);
    await desk.close();
  }, 180_000);
});
