import { describe, expect, test } from 'vitest';
import type { AppointmentPick } from '../../shared/policy/contract';
import { seedAppointment } from '../support/seed';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('rules.appointments (the what-if panel picks an appointment; its query lives in policy/appointment-picks-repo.ts)', () => {
  test("lists a day's appointments and narrows by the start of a name, its pinyin (spaces and case ignored) or an exact booking id", async () => {
    const desk = await openTestDesk(tempDir());
    const { appointmentId } = await seedAppointment(desk.core.store.db); // 张伟, Zhang Wei, session on 2026-12-05
    const manager = await desk.as('manager');
    const picks = async (payload: { date: string; query?: string }) => {
      const r = await desk.registry.invoke('rules.appointments', payload, manager);
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as AppointmentPick[]).map((p) => p.id);
    };
    const day = await desk.registry.invoke('rules.appointments', { date: '2026-12-05' }, manager);
    if (!day.ok) throw new Error(day.error.message);
    const [pick] = day.value as AppointmentPick[];
    expect(pick).toMatchObject({ id: appointmentId, candidateName: '张伟', documentMasked: '****7578' });
    expect(await picks({ date: '2026-12-05', query: '张' })).toEqual([appointmentId]);
    expect(await picks({ date: '2026-12-05', query: 'Zhang Wei' })).toEqual([appointmentId]);
    expect(await picks({ date: '2026-12-05', query: pick!.bookingId })).toEqual([appointmentId]);
    expect(await picks({ date: '2026-12-05', query: '李' })).toEqual([]);
    expect(await picks({ date: '2026-12-05', query: 'wei' })).toEqual([]);
    expect(await picks({ date: '2026-12-06' })).toEqual([]);
    await desk.close();
  });
});
