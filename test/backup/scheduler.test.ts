import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { auditHead } from '../../electron/audit/audit-log';
import { listBackups } from '../../electron/exchange/backup/backup-files';
import { saveBackupSettings } from '../../electron/exchange/backup/backup-settings';
import { createBackupScheduler, type TickOutcome } from '../../electron/exchange/backup/scheduler';
import type { RecordIdCheckResult } from '../../shared/checkin/types';
import { addCandidate, cnId, openCheckinDesk, passingCheck, type CheckinDesk, type Extra } from '../checkin/support';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let desk: CheckinDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const MINUTE = 60_000;

/** A demo desk at 07:25 center time with 13 known candidates of the 09:00 session and a backup every 30 minutes. */
async function morning() {
  desk = await openCheckinDesk(tempDir(), new Date('2026-12-04T23:25:00Z'));
  const people: Extra[] = [];
  for (let i = 0; i < 13; i++) people.push(await addCandidate(desk, { idNumber: cnId(`11010119900307${100 + i}`) }));
  const folder = join(tempDir(), 'usb');
  await saveBackupSettings(desk.core.store.db, { folder, keep: 20, everyMinutes: 30 });
  const log: string[] = [];
  const scheduler = createBackupScheduler(desk.core, (m) => log.push(m));
  return { desk, people, folder, scheduler, log, proctor: await desk.as('proctor1') };
}

describe('the backup schedule (desk clock, no real waiting)', () => {
  test('#14.5 identity checks and admissions alone (no audit entry) for 60 minutes are backed up every 30 minutes', async () => {
    const { desk, people, folder, scheduler, proctor } = await morning();
    const head = await auditHead(desk.core.store.db);
    const outcomes: [number, TickOutcome][] = [];
    for (let minute = 0; minute <= 60; minute += 5) {
      if (minute > 0) desk.clock.advance(5 * MINUTE);
      const x = people[minute / 5]!;
      await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(x), proctor);
      await desk.call('checkin.admit', { appointmentId: x.appointmentId, nonce: randomUUID() }, proctor);
      outcomes.push([minute, await scheduler.tick()]);
    }
    // The admissions wrote no audit entry: the old audit-head test saw "nothing changed".
    expect(await auditHead(desk.core.store.db)).toBe(head);
    expect(outcomes.filter(([, o]) => o === 'taken').map(([m]) => m)).toEqual([30, 60]);
    expect(outcomes.filter(([m]) => m % 30 !== 0).every(([, o]) => o === 'not-due')).toBe(true);
    expect(listBackups(folder).map((b) => b.takenAt)).toEqual(['2026-12-05T00:25:00.000Z', '2026-12-04T23:55:00.000Z']);
    // The newest backup holds the last admission.
    const newest = listBackups(folder)[0]!;
    const { default: Database } = await import('better-sqlite3');
    const copy = new Database(newest.path, { readonly: true });
    expect((copy.prepare('select count(*) as n from check_ins').get() as { n: number }).n).toBe(13);
    copy.close();
    // Then nothing happens for two hours: no more backups.
    for (let i = 0; i < 4; i++) {
      desk.clock.advance(30 * MINUTE);
      expect(await scheduler.tick()).toBe('unchanged');
    }
    expect(listBackups(folder)).toHaveLength(2);
  });

  test('#14.5 when nothing is written, the schedule takes no backup however long the desk runs', async () => {
    const { desk, folder, scheduler, log } = await morning();
    for (let i = 0; i < 6; i++) {
      desk.clock.advance(30 * MINUTE);
      expect(await scheduler.tick()).toBe('unchanged');
    }
    expect(listBackups(folder)).toEqual([]);
    expect(log).toEqual([]);
  });

  test('#14.5 a schedule of 0 minutes is off; a change is backed up only once the period has passed', async () => {
    const { desk, folder, scheduler, people, proctor } = await morning();
    await desk.call<RecordIdCheckResult>('checkin.recordIdCheck', passingCheck(people[0]!), proctor);
    desk.clock.advance(29 * MINUTE);
    expect(await scheduler.tick()).toBe('not-due');
    desk.clock.advance(MINUTE);
    expect(await scheduler.tick()).toBe('taken');
    await saveBackupSettings(desk.core.store.db, { folder, keep: 20, everyMinutes: 0 });
    desk.clock.advance(120 * MINUTE);
    expect(await scheduler.tick()).toBe('off');
    expect(listBackups(folder)).toHaveLength(1);
  });
});
