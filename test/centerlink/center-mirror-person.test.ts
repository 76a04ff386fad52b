import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { AdmitResult } from '../../shared/checkin/types';
import { checkinOf } from '../../electron/centerserver/ledger-repo';
import { useTempDir } from '../support/temp-dir';
import { candidateAt, expectSettled, openTestCenter, type JoinedDesk, type TestCenter } from './center-fixture';

const tempDir = useTempDir();
let center: TestCenter | null = null;
afterEach(async () => {
  await center?.close();
  center = null;
});

const admit = async (d: JoinedDesk, appointmentId: number) => d.desk.call<AdmitResult>('checkin.admit', { appointmentId, nonce: randomUUID() }, await d.desk.as('proctor1'));

describe("#19 mirroring the other desks' admissions, DAY-8 for the person", () => {
  test("DAY-8 a desk that admitted the same person on another overlapping booking does not take the other desk's admission of them: skipped, its own stays, and the cursor moves on", async () => {
    center = await openTestCenter(tempDir());
    const north = await center.join('north', tempDir());
    const south = await center.join('south', tempDir());
    // One person (the same document): booked as P1 (at both desks) and as P2 (at south only), both at 09:00.
    const p1North = await candidateAt(north, 'ADM-P1');
    const p1South = await candidateAt(south, 'ADM-P1');
    const p2South = await candidateAt(south, 'ADM-P2');
    expect(await admit(south, p2South.appointmentId)).toMatchObject({ status: 'admitted' });
    expect(await admit(north, p1North.appointmentId)).toMatchObject({ status: 'admitted' });
    expect(await checkinOf(center.db, 'ADM-P1')).toMatchObject({ desk: 'north' });

    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ skipped: 1, mirrored: 0 });
    const rows = await south.desk.core.store.db.selectFrom('check_ins').select(['appointment_id', 'mirrored_at']).orderBy('id').execute();
    expect(rows).toEqual([{ appointment_id: p2South.appointmentId, mirrored_at: null }]);
    expect(await south.desk.core.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'checkin.mirrored').execute()).toEqual([]);
    // The next sync does not try again (nothing new at the center), and north learns nothing it cannot place.
    await south.link.replayNow();
    expect(south.link.lastMirror).toMatchObject({ skipped: 0, mirrored: 0 });
    await north.link.replayNow();
    expect(north.link.lastMirror).toMatchObject({ unknown: 1, mirrored: 0 });
    expect(p1South.appointmentId).toBeGreaterThan(0);
    expect(await expectSettled(center.db, [north, south])).toEqual({ admissions: 2, conflicts: 0 });
  });
});
