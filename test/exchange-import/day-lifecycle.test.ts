import iconv from 'iconv-lite';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { manualClock } from '../../electron/core/clock';
import { openDesk } from '../../electron/app/open-desk';
import { verifyIdCheckChain } from '../../electron/idlog/chain';
import type { ExportFile } from '../../shared/exchange/export-contract';
import type { ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import type { RecoveryStatus } from '../../shared/recovery/contract';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { csv, sampleTable, seedCenter } from './fixtures';

const tempDir = useTempDir();
const value = <T>(r: IpcResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
};

test('#8 a day is imported from a messy file, worked, exported, backed up, damaged and restored, with every acknowledged admission still there', async () => {
  // 12:50 in Shenzhen on the sample's exam day: the 13:30 sessions are open for check-in (DAY-1).
  const d = await openTestDesk(tempDir(), new Date('2026-12-05T04:50:00Z'));
  await seedCenter(d.core.store.db, 6);
  const manager = await d.as('manager');
  const proctor = await d.as('proctor');

  // GBK, old Mac line ends, one row repeated and a blank line: a file as sponsors send them.
  const table = sampleTable();
  const messy = csv([...table, table[5]!, []], '\r');
  const imported = value((await d.registry.invoke('exchange.importApply', { fileName: '名单.csv', base64: iconv.encode(messy, 'gbk').toString('base64') }, manager)) as IpcResult<ImportResult>);
  expect(imported.created).toBe(60);

  // Work: identity checks and admissions at the desk; only acknowledged admissions count.
  const header = table[0]!;
  const col = (h: string) => header.indexOf(h);
  const afternoon = table.slice(1).filter((r) => r[col('exam_date')] === '2026-12-05' && r[col('start_time')] === '13:30' && r[col('id_type')] === 'CN_ID');
  const acknowledged: string[] = [];
  for (const r of afternoon.slice(0, 6)) {
    const appt = await d.core.store.db.selectFrom('appointments').select('id').where('booking_id', '=', r[col('booking_id')]!).executeTakeFirstOrThrow();
    const check = await d.registry.invoke(
      'checkin.recordIdCheck',
      {
        appointmentId: appt.id,
        documentType: 'CN_ID',
        documentNumber: r[col('id_number')],
        expiryDate: '2032-01-01',
        originalPresented: true,
        nameOnDocument: r[col('candidate_name')],
        photoMatches: true,
        staffCheck: 'pass',
      },
      proctor,
    );
    if (!check.ok) continue;
    const admitted = await d.registry.invoke('checkin.admit', { appointmentId: appt.id, nonce: randomUUID() }, proctor);
    if (admitted.ok) acknowledged.push(r[col('booking_id')]!);
  }
  expect(acknowledged.length).toBeGreaterThanOrEqual(3);

  // Exported for the sponsor.
  const file = value((await d.registry.invoke('exchange.export', { kind: 'attendance', date: '2026-12-05', format: 'csv' }, manager)) as IpcResult<ExportFile>);
  const exported = Buffer.from(file.base64, 'base64').toString('utf8');
  for (const b of acknowledged) expect(exported).toContain(b);

  // Backed up, then the disk damages the file.
  value(await d.registry.invoke('backup.now', {}, manager));
  const path = d.core.store.path;
  await d.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 8192);
  closeSync(fd);

  // The desk comes up in recovery; the manager restores the backup.
  const desk = await openDesk(path, { clock: manualClock(new Date('2026-12-05T05:20:00Z')) });
  expect(desk.damaged).not.toBeNull();
  const status = value((await desk.dispatcher.invoke('recovery.status', {}, proctor)) as IpcResult<RecoveryStatus>);
  value(await desk.dispatcher.invoke('recovery.restore', { backup: status.backup!.name, username: 'manager-test', password: 'test-password-1' }, proctor));
  const db = desk.core()!.store.db;
  const there = await db.selectFrom('check_ins as ci').innerJoin('appointments as a', 'a.id', 'ci.appointment_id').select('a.booking_id').execute();
  expect(there.map((x) => x.booking_id).sort()).toEqual([...acknowledged].sort());
  expect(
    await db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ).toEqual({ n: 60 });
  expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  expect(await verifyIdCheckChain(db)).toMatchObject({ ok: true });
  await desk.core()!.store.close();
});
