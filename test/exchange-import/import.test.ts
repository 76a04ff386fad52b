import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { readCsv } from '../../shared/exchange/csv-read';
import type { ImportPreview, ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { runImport } from '../../electron/exchange/import/run-import';
import { csv, largeRoster, sampleTable, sampleText, seedCenter, withCell } from './fixtures';

const tempDir = useTempDir();

async function desk() {
  const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
  await seedCenter(d.core.store.db);
  const manager = await d.as('manager');
  const send = (bytes: Uint8Array | string, fileName = 'roster.csv') => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
  const preview = async (bytes: Uint8Array | string, fileName?: string) => {
    const r = (await d.registry.invoke('exchange.importPreview', send(bytes, fileName), manager)) as IpcResult<ImportPreview>;
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    return r.value;
  };
  const apply = async (bytes: Uint8Array | string, fileName?: string) => (await d.registry.invoke('exchange.importApply', send(bytes, fileName), manager)) as IpcResult<ImportResult>;
  return { d, manager, preview, apply };
}

const ok = <T>(r: IpcResult<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value;
};

describe('roster import: the sponsor sample and its variants', () => {
  test('the sample imports all 60 bookings; importing it again changes nothing', async () => {
    const { d, preview, apply } = await desk();
    const p = await preview(sampleText());
    expect(p).toMatchObject({ format: 'csv', encoding: 'utf-8', rows: 60, create: 60, update: 0, errorCount: 0, missing: [] });
    expect(ok(await apply(sampleText()))).toMatchObject({ created: 60, updated: 0, unchanged: 0 });
    const before = await rowCounts(d.core);
    expect(ok(await apply(sampleText()))).toMatchObject({ created: 0, updated: 0, unchanged: 60 });
    const after = await rowCounts(d.core);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    expect(after.appointments).toBe(60);
    // Every booking got a session in a room at its start time, and document numbers are hashed and masked.
    const unplaced = await d.core.store.db.selectFrom('appointments').select('id').where('session_id', 'is', null).execute();
    expect(unplaced).toEqual([]);
    expect(await verifyAuditLog(d.core.store.db)).toMatchObject({ ok: true });
    await d.close();
  });

  test('UTF-8 with a BOM, GBK with Chinese headers in another order, and CR line ends all read the same', async () => {
    const table = sampleTable();
    const zh: Record<string, string> = {
      booking_id: '预约号',
      candidate_name: '姓名',
      name_pinyin: '拼音',
      id_type: '证件类型',
      id_number: '证件号码',
      exam_date: '考试日期',
      start_time: '开始时间',
      subject_code: '科目代码',
      center_code: '考点代码',
      order_id: '订单号',
      order_amount_fen: '订单金额(分)',
    };
    const order = [...table[0]!.keys()].reverse();
    const chinese = table.map((r, i) => order.map((j) => (i === 0 ? (zh[r[j]!] ?? r[j]!) : r[j]!)));
    for (const [label, bytes] of [
      ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText())])],
      ['gbk', iconv.encode(csv(chinese), 'gbk')],
      ['cr', Buffer.from(csv(table, '\r'))],
    ] as const) {
      const { d, preview, apply } = await desk();
      const p = await preview(bytes);
      expect({ label, missing: p.missing, errors: p.errors, create: p.create }).toEqual({ label, missing: [], errors: [], create: 60 });
      if (label === 'gbk') expect(p.encoding).toBe('gbk');
      ok(await apply(bytes));
      const names = (await d.core.store.db.selectFrom('candidates').select('name').execute()).map((c) => c.name);
      expect(names).toContain(table[1]![1]);
      await d.close();
    }
  });

  test('blank lines, trailing spaces and exact repeated rows are tolerated; repeats are counted once', async () => {
    const table = sampleTable();
    const messy = [table[0]!, ...table.slice(1, 11).map((r) => r.map((c) => `${c}  `)), table[3]!, [''], table[4]!];
    const text = csv(messy).replace(/\r\n\r\n/, '\r\n\r\n\r\n');
    const { d, preview, apply } = await desk();
    const p = await preview(text);
    expect(p).toMatchObject({ errorCount: 0, create: 10, repeats: 2 });
    expect(ok(await apply(text)).created).toBe(10);
    await d.close();
  });

  test('XLSX: the sample as a workbook imports; ID numbers stored as numbers are refused as Excel-mangled', async () => {
    const table = sampleTable();
    const build = async (asNumbers: boolean) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('roster');
      const idCol = table[0]!.indexOf('id_number');
      for (const [i, r] of table.entries()) ws.addRow(r.map((c, j) => (asNumbers && i > 0 && j === idCol && /^\d{18}$/.test(c) ? Number(c) : c)));
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const { d, preview, apply } = await desk();
    const good = await build(false);
    expect(await preview(good, 'roster.xlsx')).toMatchObject({ format: 'xlsx', create: 60, errorCount: 0 });
    const mangled = await preview(await build(true), 'roster.xlsx');
    expect(mangled.errorCount).toBeGreaterThan(0);
    expect(mangled.errors[0]).toMatchObject({ code: 'EXCEL_NUMBER', column: 'id_number', line: expect.any(Number) });
    expect(mangled.errors[0]!.value).toMatch(/^\*\*\*\*/);
    ok(await apply(good, 'roster.xlsx'));
    await d.close();
  });

  test('every bad row is reported with its line, column and reason, and a bad file leaves every table unchanged', async () => {
    let t = sampleTable();
    const cnRow = t.findIndex((r, i) => i > 0 && r[3] === 'CN_ID');
    const id = t[cnRow]![4]!;
    t = withCell(t, cnRow, 'id_number', id.slice(0, 17) + (id[17] === '0' ? '1' : '0'));
    t = withCell(t, 2, 'id_type', 'LIBRARY_CARD');
    t = withCell(t, 3, 'exam_date', '2026-02-30');
    t = withCell(t, 4, 'start_time', '25:00');
    t = withCell(t, 5, 'order_amount_fen', '-100');
    t = withCell(t, 6, 'candidate_name', '=HYPERLINK("http://x")');
    t = withCell(t, 7, 'id_number', '1.10101E+17');
    t = withCell(t, 8, 'center_code', 'BJ-HD-02');
    t = [...t, withCell(t, 9, 'start_time', '08:00')[9]!];
    const { d, preview, apply } = await desk();
    const before = await rowCounts(d.core);
    const p = await preview(csv(t));
    const found = p.errors.map((e) => [e.line, e.column, e.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        [cnRow + 1, 'id_number', 'BAD_DOCUMENT_NUMBER'],
        [3, 'id_type', 'BAD_DOCUMENT_TYPE'],
        [4, 'exam_date', 'BAD_DATE'],
        [5, 'start_time', 'BAD_TIME'],
        [6, 'order_amount_fen', 'NEGATIVE_AMOUNT'],
        [7, 'candidate_name', 'FORMULA'],
        [8, 'id_number', 'EXCEL_NUMBER'],
        [9, 'center_code', 'OTHER_CENTER'],
        [t.length, 'booking_id', 'DUPLICATE_CONFLICT'],
      ]),
    );
    const r = await apply(csv(t));
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('nothing was imported') } });
    expect(await rowCounts(d.core)).toEqual(before);
    // No message or value carries a full document number.
    expect(JSON.stringify(p.errors)).not.toMatch(/\d{17}[\dX]/);
    await d.close();
  });

  test('a changed booking is updated and the change audited; a missing column is named and nothing imported', async () => {
    const { d, apply, preview } = await desk();
    ok(await apply(sampleText()));
    const changed = withCell(sampleTable(), 1, 'start_time', '09:00');
    const p = await preview(csv(changed));
    expect(p).toMatchObject({ update: 1, unchanged: 59, changes: [{ bookingId: changed[1]![0], fields: ['exam_date/start_time'] }] });
    expect(ok(await apply(csv(changed)))).toMatchObject({ updated: 1, unchanged: 59 });
    const audit = await d.core.store.db.selectFrom('audit_log').select(['action', 'detail_json']).where('action', '=', 'import.update').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ bookingId: changed[1]![0], changed: ['exam_date/start_time'] });
    const noDate = sampleTable().map((r) => r.filter((_, j) => j !== 13));
    const q = await preview(csv(noDate));
    expect(q.missing).toEqual(['exam_date']);
    expect(await apply(csv(noDate))).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('exam_date') } });
    await d.close();
  });

  test('a broken file (an unclosed quote) is reported with its line', async () => {
    const { d, preview } = await desk();
    const p = await preview(`${sampleText()}BK1,"unclosed,\r\n`);
    expect(p.errors[0]).toMatchObject({ code: 'BAD_FILE', line: 62 });
    await d.close();
  });
});

describe('a large roster', () => {
  test('100,000 generated bookings import in one transaction, and importing them again changes nothing', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
    await seedCenter(d.core.store.db, 30);
    const bytes = new Uint8Array(Buffer.from(largeRoster(100_000)));
    const first = await runImport(d.core.store.db, d.core.hashKey, { fileName: 'big.csv', bytes }, { operatorId: null, now: new Date(), door: 'test' });
    expect(first).toMatchObject({ created: 100_000, updated: 0 });
    const again = await runImport(d.core.store.db, d.core.hashKey, { fileName: 'big.csv', bytes }, { operatorId: null, now: new Date(), door: 'test' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 100_000 });
    const n = await d.core.store.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(100_000);
    await d.close();
  }, 300_000);
});

describe('properties of the reader', () => {
  test('readCsv reads back what a CSV writer wrote, with quotes, commas and line breaks (property)', () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => s.trim() !== '' || s === 'x');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), (rows) => {
        const nonBlank = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(readCsv(csv(nonBlank)).map((r) => r.cells)).toEqual(nonBlank);
      }),
    );
  });

  test('the line numbers point at the line where each record starts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (multiline) => {
        const rows = multiline.map((m, i) => [m ? `a\nb${i}` : `c${i}`, 'x']);
        const records = readCsv(csv(rows, '\n'));
        let line = 1;
        for (const [i, r] of records.entries()) {
          expect(r.line).toBe(line);
          line += multiline[i] ? 2 : 1;
        }
      }),
    );
  });
});
