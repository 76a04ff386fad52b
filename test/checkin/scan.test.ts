import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmissionView, AdmitResult, FindResult, ScanResult } from '../../shared/checkin/types';
import { useTempDir } from '../support/temp-dir';
import { addCandidate, openCheckinDesk, passingCheck, type CheckinDesk } from './support';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** A desk at 08:20 center time (00:20Z) before the 09:00 session, with one known candidate. */
async function morning() {
  desk = await openCheckinDesk(tempDir(), new Date('2026-12-05T00:20:00Z'));
  const zw = await addCandidate(desk, { seat: 'B02', admissionCode: 'ADMZWTEST01' });
  const proctor = await desk.as('proctor1');
  const d = desk;
  return {
    desk: d,
    zw,
    proctor,
    scan: (query: string) => d.call<ScanResult>('checkin.scan', { query }, proctor),
    find: (query: string) => d.call<FindResult>('checkin.find', { query }, proctor),
    verdict: (appointmentId: number) => d.call<AdmissionView>('checkin.verdict', { appointmentId }, proctor),
  };
}

describe('checkin.scan: a scan answered in one request (#18 speed: one round trip before the verdict is painted)', () => {
  test('answers exactly what checkin.find answers for the code and what checkin.verdict answers for its first card', async () => {
    const { zw, scan, find, verdict } = await morning();
    const r = await scan('ADMZWTEST01');
    expect(r.find.cards.map((c) => c.appointmentId)).toEqual([zw.appointmentId]);
    expect(r.find).toEqual(await find('ADMZWTEST01'));
    expect(r.view).toEqual(await verdict(zw.appointmentId));
    expect(r.view?.verdict?.outcome).toBe('allowed');
  });

  test('DAY-8 a scan of a candidate admitted before carries the admission in the verdict, as checkin.verdict does', async () => {
    const { desk, zw, proctor, scan, verdict } = await morning();
    await desk.call('checkin.recordIdCheck', passingCheck(zw), proctor);
    const admitted = await desk.call<AdmitResult>('checkin.admit', { appointmentId: zw.appointmentId, nonce: randomUUID() }, proctor);
    expect(admitted.status).toBe('admitted');
    const r = await scan('ADMZWTEST01');
    expect(r.view?.facts.checkIn?.by).toBe('李监考');
    expect(r.view?.canAdmit).toBe(false);
    expect(r.view).toEqual(await verdict(zw.appointmentId));
  });

  test('several cards (a name): the verdict is of the first card shown', async () => {
    const { scan, verdict } = await morning();
    const r = await scan('张');
    expect(r.find.cards.length).toBeGreaterThan(1);
    expect(r.view?.appointmentId).toBe(r.find.cards[0]!.appointmentId);
    expect(r.view).toEqual(await verdict(r.find.cards[0]!.appointmentId));
  });

  test('nothing found today: no cards and no verdict', async () => {
    const { scan } = await morning();
    const r = await scan('ADMNOSUCH99');
    expect(r.find.cards).toEqual([]);
    expect(r.view).toBeNull();
  });

  test('needs a signed-in proctor, as checkin.find does', async () => {
    const { desk } = await morning();
    const r = await desk.invoke('checkin.scan', { query: 'ADMZWTEST01' }, { transport: 'test', clientId: 'nobody', desk: 'x' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('NOT_SIGNED_IN');
  });
});
