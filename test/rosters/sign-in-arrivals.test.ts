import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import type { IpcResult } from '../../shared/ipc/result';
import type { RosterPdf } from '../../shared/rosters/contract';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { admitDemo } from './admit-demo';
import { pdfPages } from './pdf-tools';

const tempDir = useTempDir();
const DATE = '2026-12-05';

describe('the paper fallback pack printed mid-morning (#18.7)', () => {
  test('the sign-in sheet shows the center-local arrival time (HH:mm) of everyone already admitted, and a blank for the rest', async () => {
    // 08:05 in Shanghai: the 09:00 session's check-in is open.
    const desk = await openTestDesk(tempDir(), new Date('2026-12-05T00:05:00Z'));
    await generateDemo(desk.core.store, { date: DATE, hashKey: desk.core.hashKey });
    const manager = await desk.as('manager');
    const proctor = await desk.as('proctor');
    const first = await desk.core.store.db.selectFrom('exam_sessions').select('id').where('local_date', '=', DATE).orderBy('starts_at').orderBy('id').executeTakeFirstOrThrow();
    desk.clock.set(new Date('2026-12-05T00:12:00Z'));
    const early = await admitDemo(desk, proctor, first.id, 2);
    desk.clock.set(new Date('2026-12-05T00:27:00Z'));
    const late = await admitDemo(desk, proctor, first.id, 3);
    const r = (await desk.registry.invoke('rosters.pdf', { date: DATE, documents: ['sign-in'], lang: 'zh-CN' }, manager)) as IpcResult<RosterPdf>;
    if (!r.ok) throw new Error(r.error.message);
    const lines = pdfPages(new Uint8Array(Buffer.from(r.value.base64, 'base64')), tempDir())
      .join('\n')
      .split('\n');
    const lineOf = (last4: string) => lines.filter((l) => l.includes(`****${last4}`));
    for (const p of early) expect(lineOf(p.last4), `${p.name} admitted at 08:12`).toEqual([expect.stringMatching(/\b08:12\b/)]);
    const lateOnes = late.filter((p) => !early.some((e) => e.appointmentId === p.appointmentId));
    expect(lateOnes.length).toBeGreaterThan(0);
    for (const p of lateOnes) expect(lineOf(p.last4), `${p.name} admitted at 08:27`).toEqual([expect.stringMatching(/\b08:27\b/)]);
    // Nobody else carries a time in the arrival column.
    const admittedLast4 = new Set([...early, ...late].map((p) => p.last4));
    const others = lines.filter((l) => /\*{4}\d{3}[\dX]/.test(l) && ![...admittedLast4].some((x) => l.includes(`****${x}`)));
    expect(others.length).toBeGreaterThan(0);
    for (const l of others) expect(l).not.toMatch(/\b\d{2}:\d{2}\b/);
    await desk.close();
  }, 180_000);
});
