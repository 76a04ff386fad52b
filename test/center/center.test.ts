import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { removableDrives } from '../../electron/center/removable-drives';
import type { CenterView, ProfileChoice, SetupChecklist } from '../../shared/center/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk, type TestDesk } from '../support/test-core';

const tempDir = useTempDir();
const SETUP = { code: 'SZ-NS-01', name: '深圳南山考点', nameEn: 'Shenzhen Nanshan', address: '深圳市南山区科技园南区 1 号', city: '深圳', timeZone: 'Asia/Shanghai', profiles: ['ctyun', 'tencent-test-center'] };

async function call<T>(desk: TestDesk, role: 'manager' | 'proctor', name: string, payload: unknown): Promise<IpcResult<T>> {
  return (await desk.registry.invoke(name, payload, await desk.as(role))) as IpcResult<T>;
}
async function value<T>(desk: TestDesk, name: string, payload: unknown): Promise<T> {
  const r = await call<T>(desk, 'manager', name, payload);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

describe('center set-up (issue #15)', () => {
  test('a manager sets up the center on an empty desk: the center, the sponsors of its profiles and the choice, audited; a second set-up is refused', async () => {
    const desk = await openTestDesk(tempDir());
    expect(await value(desk, 'center.get', {})).toBeNull();
    const c = await value<CenterView>(desk, 'center.setup', SETUP);
    expect(c).toMatchObject({
      code: 'SZ-NS-01',
      name: '深圳南山考点',
      address: '深圳市南山区科技园南区 1 号',
      timeZone: 'Asia/Shanghai',
      profiles: ['ctyun', 'tencent-test-center'],
      scheduled: { sessions: 0, appointments: 0 },
    });
    const sponsors = await desk.core.store.db.selectFrom('sponsors').select(['code', 'name']).orderBy('code').execute();
    expect(sponsors).toEqual([
      { code: 'ctyun', name: 'CTyun' },
      { code: 'tencent-cloud', name: 'Tencent Cloud' },
    ]);
    const audit = await desk.core.store.db.selectFrom('audit_log').select(['action', 'subject_id']).where('action', 'like', 'center.%').execute();
    expect(audit).toEqual([{ action: 'center.setup', subject_id: 'SZ-NS-01' }]);
    const again = await call(desk, 'manager', 'center.setup', { ...SETUP, code: 'OTHER-1' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'center.exists', params: { code: 'SZ-NS-01' } } } });
    expect((await verifyAuditLog(desk.core.store.db)).ok).toBe(true);
    await desk.close();
  });

  test('the time zone defaults to Asia/Shanghai; an unknown zone or profile is refused; a proctor may read but not set up', async () => {
    const desk = await openTestDesk(tempDir());
    expect(await call(desk, 'proctor', 'center.setup', SETUP)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call(desk, 'manager', 'center.setup', { ...SETUP, timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call(desk, 'manager', 'center.setup', { ...SETUP, profiles: ['no-such-profile'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', say: { key: 'center.unknownProfile' } } });
    const { timeZone: _zone, ...noZone } = SETUP;
    expect(await value<CenterView>(desk, 'center.setup', noZone)).toMatchObject({ timeZone: 'Asia/Shanghai' });
    expect(await call(desk, 'proctor', 'center.get', {})).toMatchObject({ ok: true, value: { code: 'SZ-NS-01' } });
    await desk.close();
  });

  test('name and address change and are audited; the time zone changes only while nothing is scheduled, and says why otherwise', async () => {
    const desk = await openTestDesk(tempDir());
    await value(desk, 'center.setup', SETUP);
    const edit = { name: '南山考点', nameEn: 'Nanshan', address: '新地址', city: '深圳', timeZone: 'Asia/Hong_Kong' };
    expect(await value<CenterView>(desk, 'center.update', edit)).toMatchObject({ name: '南山考点', address: '新地址', timeZone: 'Asia/Hong_Kong' });
    const db = desk.core.store.db;
    const room = await db.insertInto('rooms').values({ center_id: 1, code: 'R1', name: '一号', rows: 1, cols: 1, proctor_row: null, proctor_col: null }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('exam_sessions').values({ room_id: room.id, local_date: '2026-12-05', starts_at: '2026-12-05T01:00:00.000Z', duration_min: 90, closed_at: null }).execute();
    const refused = await call(desk, 'manager', 'center.update', { ...edit, timeZone: 'Asia/Shanghai' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'center.zoneLocked', params: { zone: 'Asia/Hong_Kong', sessions: 1, appointments: 0 } } } });
    expect(await value<CenterView>(desk, 'center.update', { ...edit, address: '又一个地址' })).toMatchObject({ address: '又一个地址', timeZone: 'Asia/Hong_Kong' });
    const updates = await db.selectFrom('audit_log').select('detail_json').where('action', '=', 'center.update').orderBy('seq').execute();
    expect(updates).toHaveLength(2);
    expect(JSON.parse(updates[1]!.detail_json).changed).toEqual({ address: { from: '新地址', to: '又一个地址' } });
    await desk.close();
  });

  test('a change and its audit entry share one transaction: when the audit write fails, the center is unchanged', async () => {
    const desk = await openTestDesk(tempDir());
    await value(desk, 'center.setup', SETUP);
    await sql`CREATE TRIGGER no_center_audit BEFORE INSERT ON audit_log WHEN NEW.action = 'center.update' BEGIN SELECT RAISE(ABORT, 'audit refused'); END`.execute(desk.core.store.db);
    const r = await call(desk, 'manager', 'center.update', { name: '改名', address: '', city: '', timeZone: 'Asia/Shanghai' });
    expect(r.ok).toBe(false);
    expect((await desk.core.store.db.selectFrom('centers').select('name').executeTakeFirstOrThrow()).name).toBe('深圳南山考点');
    await desk.close();
  });

  test('the shipped profiles are listed with their effective dates; the manager chooses which the center applies (audited)', async () => {
    const desk = await openTestDesk(tempDir());
    await value(desk, 'center.setup', { ...SETUP, profiles: [] });
    const all = await value<ProfileChoice[]>(desk, 'center.profiles', {});
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.every((p) => p.chosen)).toBe(true);
    const ctyun = all.find((p) => p.id === 'ctyun')!;
    expect(ctyun).toMatchObject({ sponsor: 'CTyun', effectiveFrom: '2004-01-01', effectiveTo: null, inForce: true });
    expect(all.some((p) => p.effectiveTo !== null)).toBe(true);
    const chosen = await value<ProfileChoice[]>(desk, 'center.chooseProfiles', { profiles: ['ctyun'] });
    expect(chosen.filter((p) => p.chosen).map((p) => p.id)).toEqual(['ctyun']);
    expect(await call(desk, 'manager', 'center.chooseProfiles', { profiles: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const a = await desk.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'center.profiles').executeTakeFirstOrThrow();
    expect(JSON.parse(a.detail_json)).toMatchObject({ from: [], to: ['ctyun'] });
    await desk.close();
  });

  test('the checklist names what is missing until the center, a room, a proctor, the backup folder and the retention period are there', async () => {
    const desk = await openTestDesk(tempDir());
    const list = async () => (await value<SetupChecklist>(desk, 'center.checklist', {})).missing;
    await desk.as('manager');
    expect(await list()).toEqual(['center', 'rooms', 'proctors']);
    await value(desk, 'center.setup', SETUP);
    expect(await list()).toEqual(['rooms', 'proctors', 'backup', 'retention']);
    await value(desk, 'rooms.save', {
      roomId: null,
      code: 'R1',
      name: '一号',
      rows: 1,
      cols: 2,
      proctor: null,
      cells: [
        { row: 1, col: 1, kind: 'seat' },
        { row: 1, col: 2, kind: 'seat' },
      ],
    });
    await value(desk, 'accounts.create', { username: 'li', displayName: '李监考', role: 'proctor', password: 'proctor-pass-1' });
    expect(await list()).toEqual(['backup', 'retention']);
    await value(desk, 'backup.configure', { folder: join(tempDir(), 'usb'), keep: 14, everyMinutes: 30 });
    await value(desk, 'retention.configure', { days: 120 });
    expect(await list()).toEqual([]);
    await desk.close();
  });

  test('a mounted removable drive is suggested for backups: /media/<label>, /media/<user>/<label> and /run/media/<user>/<label>', () => {
    const root = tempDir();
    for (const p of ['media/usb0', 'media/kiosk/KINGSTON', 'run/media/kiosk/SANDISK']) mkdirSync(join(root, p), { recursive: true });
    expect(removableDrives({ roots: [join(root, 'media'), join(root, 'run/media')], platform: 'linux', user: 'kiosk' })).toEqual([
      join(root, 'media/kiosk/KINGSTON'),
      join(root, 'media/usb0'),
      join(root, 'run/media/kiosk/SANDISK'),
    ]);
    expect(removableDrives({ roots: [join(root, 'nothing-here')], platform: 'linux' })).toEqual([]);
  });
});
