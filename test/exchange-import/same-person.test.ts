import { describe, expect, test } from 'vitest';
import { rowCounts } from '../support/row-counts';
import { useTempDir } from '../support/temp-dir';
import { csv, sampleTable, withCell } from './fixtures';
import { importDesk, ok } from './import-desk';

const tempDir = useTempDir();

/** The sample's first row (BK2026000001, 2026-12-05 13:30, 90 min) as another booking of the same person. */
function twin(bookingId: string, startTime: string, date = '2026-12-05'): string[] {
  const t = sampleTable();
  let r = withCell(t, 1, 'booking_id', bookingId);
  r = withCell(r, 1, 'order_id', `OD${bookingId}`);
  r = withCell(r, 1, 'start_time', startTime);
  r = withCell(r, 1, 'exam_date', date);
  return r[1]!;
}

describe('DAY-8 at import: one document, no two bookings in overlapping sessions (#14.4)', () => {
  test('two booking ids with the same document in the same session are refused with line and column, naming the other booking', async () => {
    const { d, preview, apply, close } = await importDesk(tempDir());
    const t = [...sampleTable(), twin('BKTWIN000001', '13:30')];
    const p = await preview(csv(t));
    expect(p.errors.map((e) => [e.line, e.column, e.code])).toEqual([[62, 'id_number', 'SAME_PERSON_OVERLAP']]);
    expect(p.errors[0]!.message).toContain('booking BK2026000001 on line 2');
    expect(p.errors[0]!.value).toMatch(/^\*{4}.{4}$/);
    const before = await rowCounts(d.core);
    expect(await apply(csv(t))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await rowCounts(d.core)).toEqual(before);
    await close();
  });

  test('an overlapping session (14:00 against 13:30–15:00) is refused; 15:00 the same day does not overlap and imports', async () => {
    const { preview, close } = await importDesk(tempDir());
    const p = await preview(csv([...sampleTable(), twin('BKTWIN000002', '14:00'), twin('BKTWIN000003', '15:00')]));
    expect(p.errors.map((e) => [e.line, e.code])).toEqual([[62, 'SAME_PERSON_OVERLAP']]);
    expect(p.errors[0]!.message).toContain('BKTWIN000002');
    await close();
  });

  test('against the store: a new booking of a stored person overlapping a stored booking is refused naming it; moving the stored one in the same file lets it in', async () => {
    const { preview, apply, close } = await importDesk(tempDir());
    ok(await apply(csv(sampleTable())));
    const header = sampleTable()[0]!;
    const p = await preview(csv([header, twin('BKTWIN000004', '14:30')]));
    expect(p.errors.map((e) => [e.line, e.column, e.code])).toEqual([[2, 'id_number', 'SAME_PERSON_OVERLAP']]);
    expect(p.errors[0]!.message).toContain('booking BK2026000001 (2026-12-05 13:30, 90 min) in the store');
    // The same file moves BK2026000001 to 12-07: the file's version of it counts, and no overlap is left.
    const moved = withCell(sampleTable(), 1, 'exam_date', '2026-12-07')[1]!;
    const q = await preview(csv([header, moved, twin('BKTWIN000004', '14:30')]));
    expect(q.errors).toEqual([]);
    expect(q).toMatchObject({ create: 1, update: 1 });
    await close();
  });
});
