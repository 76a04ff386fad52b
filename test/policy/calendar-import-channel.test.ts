import { describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const csv = (lines: string[]) => ['date,kind,name', ...lines].join('\n');
const whole2025 = csv([
  '2025-01-01,holiday,元旦',
  '2025-01-28,holiday,春节',
  '2025-01-26,workday,春节',
  '2025-04-04,holiday,清明节',
  '2025-05-01,holiday,劳动节',
  '2025-05-31,holiday,端午节',
  '2025-10-01,holiday,国庆节、中秋节',
]);
const tempDir = useTempDir();

describe('rules.calendarImport (the Rules screen’s file import) through the registry', () => {
  it('a manager previews (nothing written), then imports (audited); a partial year is a value naming what is missing; a proctor may not', async () => {
    const desk = await openTestDesk(tempDir());
    const manager = await desk.as('manager');
    const preview = await desk.registry.invoke('rules.calendarImport', { fileName: 'n.csv', text: whole2025, apply: false }, manager);
    expect(preview).toMatchObject({ ok: true, value: { ok: true, year: 2025, rows: 7, applied: false } });
    const count2025 = async () => (await desk.core.store.db.selectFrom('calendar_days').select('date').where('date', 'like', '2025-%').execute()).length;
    expect(await count2025()).toBe(0);
    const done = await desk.registry.invoke('rules.calendarImport', { fileName: 'n.csv', text: whole2025, apply: true }, manager);
    expect(done).toMatchObject({ ok: true, value: { ok: true, applied: true } });
    expect(await count2025()).toBe(7);
    const partial = await desk.registry.invoke('rules.calendarImport', { fileName: 'p.csv', text: csv(['2026-01-01,holiday,元旦']), apply: true }, manager);
    expect(partial).toMatchObject({ ok: true, value: { ok: false, problem: { code: 'MISSING_HOLIDAYS', year: 2026 } } });
    const proctor = await desk.as('proctor');
    expect(await desk.registry.invoke('rules.calendarImport', { fileName: 'n.csv', text: whole2025, apply: true }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });
});
