import { describe, expect, test } from 'vitest';
import { IMPORT_FIELDS, aliasesOf, autoMap, headerKey } from '../../shared/exchange/import-fields';
import { generateCnId } from '../../shared/identity/generate';
import { mulberry32 } from '../../shared/identity/random';
import { confirmationOf } from '../../electron/exchange/import/confirm-changes';
import type { ReadyRow } from '../../electron/exchange/import/read-rows';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { csv, sampleTable, withCell } from './fixtures';
import { importDesk, ok } from './import-desk';

const tempDir = useTempDir();
const opts = { timeZone: 'Asia/Shanghai', today: '2026-12-05' };
const row = (o: Partial<ReadyRow>) => ({ line: 2, bookingId: 'BK1', name: '王律', examDate: '2026-12-07', startTime: '09:00', ...o }) as ReadyRow;
// Stored: 2026-12-07 09:00 center time.
const stored = { name: '王律', startsAt: '2026-12-07T01:00:00.000Z', seated: false };

describe('#18.9 which changes need a confirmation', () => {
  test('a change to a later, unseated booking of the same person on the same date needs none', () => {
    expect(confirmationOf(stored, row({ startTime: '13:30' }), ['exam_date/start_time'], opts)).toBeNull();
    expect(confirmationOf(stored, row({}), [], opts)).toBeNull();
  });
  test('today, a seat, another person or another date each need one, with names and dates before and after', () => {
    expect(confirmationOf({ ...stored, startsAt: '2026-12-05T01:00:00.000Z' }, row({ examDate: '2026-12-05' }), ['duration_min'], opts)?.reasons).toEqual(['today']);
    expect(confirmationOf({ ...stored, seated: true }, row({}), ['duration_min'], opts)?.reasons).toEqual(['seated']);
    expect(confirmationOf(stored, row({ name: '朱勇' }), ['candidate_name', 'id_number'], opts)?.reasons).toEqual(['person']);
    expect(confirmationOf(stored, row({ examDate: '2026-12-09' }), ['exam_date/start_time'], opts)).toEqual({
      line: 2,
      bookingId: 'BK1',
      reasons: ['date'],
      fields: ['exam_date/start_time'],
      before: { name: '王律', date: '2026-12-07', time: '09:00' },
      after: { name: '王律', date: '2026-12-09', time: '09:00' },
    });
    // Moving a later booking onto today is today's business too.
    expect(confirmationOf(stored, row({ examDate: '2026-12-05' }), ['exam_date/start_time'], opts)?.reasons).toEqual(['today', 'date']);
  });
});

describe('#18.9 header aliases', () => {
  test('every field has a Chinese header, 考试主办方 is the sponsor and 政策配置 the profile, and no header means two fields', () => {
    const seen = new Map<string, string>();
    for (const f of IMPORT_FIELDS) {
      expect({ f, chinese: aliasesOf(f).some((a) => /[\u4e00-\u9fff]/.test(a)) }).toEqual({ f, chinese: true });
      for (const a of [f, ...aliasesOf(f)]) {
        const k = headerKey(a);
        expect({ header: a, field: seen.get(k) ?? f }).toEqual({ header: a, field: f });
        seen.set(k, f);
      }
    }
    const chinese = IMPORT_FIELDS.map((f) => aliasesOf(f).find((a) => /[\u4e00-\u9fff]/.test(a))!);
    chinese[IMPORT_FIELDS.indexOf('sponsor')] = '考试主办方';
    chinese[IMPORT_FIELDS.indexOf('program_profile')] = '政策配置';
    const m = autoMap(chinese);
    expect(IMPORT_FIELDS.filter((f) => m[f] !== IMPORT_FIELDS.indexOf(f))).toEqual([]);
  });
});

describe('#18.9 an import that would rewrite today asks first', () => {
  /** Another day's file that reuses five of today's booking ids for other people on 12-07. */
  function otherDay(): string {
    const rng = mulberry32(7);
    let t = sampleTable().slice(0, 6);
    for (let i = 1; i <= 5; i++) {
      t = withCell(t, i, 'exam_date', '2026-12-07');
      t = withCell(t, i, 'candidate_name', `新考生${i}`);
      t = withCell(t, i, 'name_pinyin', '');
      t = withCell(t, i, 'id_type', 'CN_ID');
      t = withCell(t, i, 'id_number', generateCnId(rng, { birthYearFrom: 1980, birthYearTo: 2000 }));
    }
    return csv(t);
  }

  test('the preview lists the people with names and dates before and after; the apply is refused with CONFLICT until confirmed', async () => {
    const { d, preview, apply, close } = await importDesk(tempDir(), new Date('2026-12-05T00:00:00Z'));
    ok(await apply(csv(sampleTable())));
    const first = sampleTable()[1]!;
    const p = await preview(otherDay());
    expect(p.toConfirmCount).toBe(5);
    expect(p.toConfirm[0]).toMatchObject({
      line: 2,
      bookingId: first[0],
      reasons: ['today', 'person', 'date'],
      before: { name: first[1], date: '2026-12-05', time: first[14] },
      after: { name: '新考生1', date: '2026-12-07', time: first[14] },
    });
    const before = await rowCounts(d.core);
    const refused = await apply(otherDay());
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', say: { key: 'exchange.needsConfirmation', params: { count: 5 } } } });
    expect(JSON.stringify(refused)).toContain(`${first[0]} (${first[1]} 2026-12-05 ${first[14]} -> 新考生1 2026-12-07 ${first[14]})`);
    expect(await rowCounts(d.core)).toEqual(before);
    expect(ok(await apply(otherDay(), { confirmChanges: true }))).toMatchObject({ updated: 5 });
    const audit = await d.core.store.db.selectFrom('audit_log').select('detail_json').where('action', '=', 'exchange.import').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail_json)).toMatchObject({ confirmedCount: 5, confirmed: expect.arrayContaining([expect.objectContaining({ bookingId: first[0], before: expect.objectContaining({ name: first[1] }) })]) });
    await close();
  });
});
