import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateDemo } from '../../electron/demo/demo-day';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { csvCell, toCsv } from '../../shared/exchange/csv-write';
import type { ExportFile, OutboxEntry } from '../../shared/exchange/export-contract';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

describe('CSV writer', () => {
  test('a cell starting with = + - @ tab or CR is neutralised; quotes, commas and newlines are quoted', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell(null)).toBe('');
  });

  test('no written cell can start a formula (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''), (text, lead) => {
        const written = csvCell(lead + text);
        // Unquoted, or quoted: what a spreadsheet reads first is never a formula character.
        expect(written.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
        expect(toCsv([[lead + text]])).toBe(`${written}\r\n`);
      }),
    );
  });
});

describe('exports for the sponsor', () => {
  async function deskWithDemo() {
    const dir = tempDir();
    const desk = await openTestDesk(dir, new Date('2026-12-05T09:00:00Z'));
    await generateDemo(desk.core.store, { date: '2026-12-05', hashKey: desk.core.hashKey });
    return desk;
  }

  test('attendance as CSV: one line per appointment, masked document numbers, recorded in the outbox and the audit log', async () => {
    const desk = await deskWithDemo();
    const manager = await desk.as('manager');
    const r = (await desk.registry.invoke('exchange.export', { kind: 'attendance', date: '2026-12-05', format: 'csv' }, manager)) as { ok: true; value: ExportFile };
    expect(r.ok).toBe(true);
    const text = Buffer.from(r.value.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFbooking_id,')).toBe(true);
    const appointments = await desk.core.store.db.selectFrom('appointments').select('id').execute();
    expect(text.trim().split('\r\n')).toHaveLength(appointments.length + 1);
    expect(r.value.rows).toBe(appointments.length);
    const numbers = await desk.core.store.db.selectFrom('candidates').select('id_number').execute();
    for (const n of numbers) expect(text).not.toContain(n.id_number!);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    const outbox = (await desk.registry.invoke('exchange.outbox', {}, manager)) as { ok: true; value: OutboxEntry[] };
    expect(outbox.value[0]).toMatchObject({ kind: 'attendance', format: 'csv', rows: appointments.length, sentAt: null, fileName: 'SZ-NS-01-2026-12-05-attendance.csv' });
    const sent = await desk.registry.invoke('exchange.markSent', { outboxId: outbox.value[0]!.id }, manager);
    expect(sent).toMatchObject({ ok: true, value: { sentAt: expect.any(String) } });
    expect(await desk.registry.invoke('exchange.markSent', { outboxId: outbox.value[0]!.id }, manager)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });

  test('XLSX and JSON carry the same rows', async () => {
    const desk = await deskWithDemo();
    const manager = await desk.as('manager');
    const x = (await desk.registry.invoke('exchange.export', { kind: 'attendance', date: '2026-12-05', format: 'xlsx' }, manager)) as { ok: true; value: ExportFile };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.value.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(x.value.rows + 1);
    const j = (await desk.registry.invoke('exchange.export', { kind: 'attendance', date: '2026-12-05', format: 'json' }, manager)) as { ok: true; value: ExportFile };
    const records = JSON.parse(Buffer.from(j.value.base64, 'base64').toString('utf8')) as Record<string, unknown>[];
    expect(records).toHaveLength(x.value.rows);
    expect(records[0]).toHaveProperty('booking_id');
    await desk.close();
  });

  test('a proctor may not export, and an impossible date is refused with a message', async () => {
    const desk = await deskWithDemo();
    expect(await desk.registry.invoke('exchange.export', { kind: 'results', date: '2026-12-05', format: 'csv' }, await desk.as('proctor'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await desk.registry.invoke('exchange.export', { kind: 'results', date: '2026-02-30', format: 'csv' }, await desk.as('manager'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'date', message: expect.stringContaining('2026-02-30') }] } });
    await desk.close();
  });
});
