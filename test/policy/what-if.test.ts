import { describe, expect, test } from 'vitest';
import type { WhatIfResult } from '../../shared/policy/contract';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { seedAppointment } from '../support/seed';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

function outcomeOf(r: WhatIfResult, decision: string) {
  const result = r.answers.find((x) => x.decision === decision)?.result;
  if (!result) return undefined;
  return result.ok ? result.verdict : result.error;
}

describe('Rules screen channels', () => {
  test('what-if answers every question for an appointment from the store, judged at the chosen moment (BOOK-1, DAY-1)', async () => {
    const desk = await openTestDesk(tempDir());
    const { appointmentId } = await seedAppointment(desk.core.store.db); // starts 2026-12-05 09:00 +08:00
    const manager = await desk.as('manager');
    const early = await desk.registry.invoke('rules.whatIf', { appointmentId, at: '2026-11-30T09:00:00+08:00' }, manager);
    expect(early.ok).toBe(true);
    if (!early.ok) return;
    const r = early.value as WhatIfResult;
    expect(r.appointment.documentMasked).toBe('****7578');
    expect(r.atLocal).toBe('2026-11-30 09:00');
    expect(outcomeOf(r, 'reschedule')).toMatchObject({ outcome: 'allowed', ruleIds: expect.arrayContaining(['BOOK-1']) });
    expect(outcomeOf(r, 'admission')).toMatchObject({ outcome: 'refused' });

    const late = await desk.registry.invoke('rules.whatIf', { appointmentId, at: '2026-12-03T09:00:00+08:00' }, manager);
    if (!late.ok) throw new Error('whatIf failed');
    expect(outcomeOf(late.value as WhatIfResult, 'reschedule')).toMatchObject({ outcome: 'refused', ruleIds: expect.arrayContaining(['BOOK-1']) });

    const atDoor = await desk.registry.invoke('rules.whatIf', { appointmentId, at: '2026-12-05T08:30:00+08:00' }, manager);
    if (!atDoor.ok) throw new Error('whatIf failed');
    expect(outcomeOf(atDoor.value as WhatIfResult, 'admission')).toMatchObject({ outcome: 'allowed' });
    const tooLate = await desk.registry.invoke('rules.whatIf', { appointmentId, at: '2026-12-05T08:30:01+08:00' }, manager);
    if (!tooLate.ok) throw new Error('whatIf failed');
    expect(outcomeOf(tooLate.value as WhatIfResult, 'admission')).toMatchObject({ outcome: 'refused', ruleIds: expect.arrayContaining(['DAY-1']) });
    await desk.close();
  });

  test('what-if on a missing appointment is NOT_FOUND and a proctor may not use it', async () => {
    const desk = await openTestDesk(tempDir());
    const manager = await desk.as('manager');
    expect(await desk.registry.invoke('rules.whatIf', { appointmentId: 999, at: '2026-12-05T08:00:00+08:00' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const proctor = await desk.as('proctor');
    expect(await desk.registry.invoke('rules.whatIf', { appointmentId: 1, at: '2026-12-05T08:00:00+08:00' }, proctor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await desk.close();
  });

  test('profiles list every shipped profile with its parameters', async () => {
    const desk = await openTestDesk(tempDir());
    const r = await desk.registry.invoke('rules.profiles', {}, await desk.as('manager'));
    if (!r.ok) throw new Error('profiles failed');
    const ids = (r.value as { id: string }[]).map((p) => p.id);
    for (const id of ['tencent-test-center', 'tencent-national-exam', 'tencent-authorized-center', 'tencent-practitioner', 'ctyun', 'training-f2f']) {
      expect(ids).toContain(id);
    }
    await desk.close();
  });

  test('a manager extends the working-day calendar for a new year; it is audited and the year becomes covered', async () => {
    const desk = await openTestDesk(tempDir());
    const manager = await desk.as('manager');
    const before = await desk.registry.invoke('rules.calendar', {}, manager);
    if (!before.ok) throw new Error('calendar failed');
    expect((before.value as { coveredYears: number[] }).coveredYears).not.toContain(2030);
    const add = await desk.registry.invoke(
      'rules.calendarAdd',
      {
        rows: [
          { date: '2030-01-01', kind: 'holiday', name: '元旦' },
          { date: '2030-02-02', kind: 'workday' },
        ],
      },
      manager,
    );
    expect(add).toEqual({ ok: true, value: { added: 2 } });
    const after = await desk.registry.invoke('rules.calendar', {}, manager);
    if (!after.ok) throw new Error('calendar failed');
    expect((after.value as { coveredYears: number[] }).coveredYears).toContain(2030);
    const bad = await desk.registry.invoke('rules.calendarAdd', { rows: [{ date: '2030-02-30', kind: 'holiday' }] }, manager);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });
});
