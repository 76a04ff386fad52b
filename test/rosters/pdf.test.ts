import { mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { verifyAuditLog } from '../../electron/audit/audit-log';
import { generateDemo } from '../../electron/demo/demo-day';
import type { IpcResult } from '../../shared/ipc/result';
import type { RosterPdf, RosterPreview } from '../../shared/rosters/contract';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/rosters/documents';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { darkShare, pdfPageCount, pdfPages } from './pdf-tools';

const tempDir = useTempDir();
const squeeze = (s: string) => s.replace(/\s+/g, '');
const DATE = '2026-12-05';

async function demoDesk() {
  const desk = await openTestDesk(tempDir(), new Date('2026-12-05T00:05:00Z'));
  await generateDemo(desk.core.store, { date: DATE, hashKey: desk.core.hashKey });
  const manager = await desk.as('manager');
  const sessions = await desk.core.store.db.selectFrom('exam_sessions').select('id').where('local_date', '=', DATE).execute();
  for (const s of sessions) expect(await desk.registry.invoke('seating.generate', { sessionId: s.id }, manager)).toMatchObject({ ok: true });
  const pdf = async (documents: DocumentKind[], lang: 'zh-CN' | 'en' = 'zh-CN') => {
    const r = (await desk.registry.invoke('rosters.pdf', { date: DATE, documents, lang }, manager)) as IpcResult<RosterPdf>;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return { ...r.value, data: new Uint8Array(Buffer.from(r.value.base64, 'base64')) };
  };
  return { desk, manager, pdf };
}

/** The demo day's booked candidates with the session their roster page must name. */
async function bookedPeople(desk: Awaited<ReturnType<typeof demoDesk>>['desk']) {
  const rows = await desk.core.store.db
    .selectFrom('appointments as a')
    .innerJoin('candidates as c', 'c.id', 'a.candidate_id')
    .innerJoin('exam_sessions as es', 'es.id', 'a.session_id')
    .innerJoin('rooms as r', 'r.id', 'es.room_id')
    .where('es.local_date', '=', DATE)
    .where('a.state', 'not in', ['cancelled', 'rescheduled'])
    .select(['c.name', 'c.id_last4', 'c.id_number', 'r.name as room', 'es.starts_at'])
    .execute();
  return rows.map((r) => ({ ...r, start: new Date(Date.parse(r.starts_at) + 8 * 3600_000).toISOString().slice(11, 16) }));
}

describe('printed documents read back from the PDF (pdftotext, pdftoppm)', () => {
  test('every booked candidate appears exactly once on the roster of their own session, Chinese names intact', async () => {
    const { desk, pdf } = await demoDesk();
    const roster = await pdf(['roster']);
    const pages = pdfPages(roster.data, tempDir());
    const people = await bookedPeople(desk);
    expect(people.length).toBeGreaterThan(100);
    for (const p of people) {
      // A long name may be set smaller over two lines, so names are compared without spaces.
      const hits = pages.flatMap((text, i) =>
        text
          .split('\n')
          .filter((line, n, lines) => line.includes(`****${p.id_last4}`) && squeeze([lines[n - 1], line, lines[n + 1]].join('')).includes(squeeze(p.name)))
          .map(() => i),
      );
      expect(hits, `${p.name} ****${p.id_last4}`).toHaveLength(1);
      expect(pages[hits[0]!], `${p.name} is on the page of ${p.start} ${p.room}`).toContain(`${p.start} · ${p.room}`);
    }
    await desk.close();
  });

  test('no full document number appears anywhere in any document', async () => {
    const { desk, pdf } = await demoDesk();
    const all = await pdf([...DOCUMENT_KINDS]);
    const text = pdfPages(all.data, tempDir()).join('\n');
    const squeezed = text.replace(/\s+/g, '');
    expect(squeezed).not.toMatch(/\d{17}[\dX]/);
    for (const p of await bookedPeople(desk)) expect(squeezed.includes(p.id_number!), p.name).toBe(false);
    await desk.close();
  });

  test('page X of Y restarts for each document and session, and the PDF has exactly the pages listed', async () => {
    const { desk, manager, pdf } = await demoDesk();
    // The preview is not audited, so the PDF made next carries the same audit hash.
    const preview = (await desk.registry.invoke('rosters.preview', { date: DATE, documents: [...DOCUMENT_KINDS], lang: 'zh-CN' }, manager)) as IpcResult<RosterPreview>;
    if (!preview.ok) throw new Error(preview.error.message);
    const all = await pdf([...DOCUMENT_KINDS]);
    const pages = pdfPages(all.data, tempDir());
    expect(pdfPageCount(all.data, tempDir())).toBe(all.pages);
    expect(pages).toHaveLength(all.pages);
    const expected = preview.value.parts.flatMap((part) => Array.from({ length: part.pages }, (_, i) => `第 ${i + 1} 页 / 共 ${part.pages} 页`));
    expect(pages.map((t) => /第\d+页\/共\d+页/.exec(squeeze(t))?.[0])).toEqual(expected.map(squeeze));
    // Every page names the center and date and carries the audit hash the log had when printed.
    for (const t of pages) {
      expect(t).toContain('深圳南山考试中心');
      expect(t).toContain(DATE);
      expect(t.replace(/\s+/g, '')).toContain(preview.value.auditHead);
    }
    await desk.close();
  });

  test('English pages say "Page X of Y" and use the English center name', async () => {
    const { desk, pdf } = await demoDesk();
    const doc = await pdf(['roster', 'attendance'], 'en');
    const pages = pdfPages(doc.data, tempDir());
    expect(pages[0]).toMatch(/Page 1 of \d/);
    expect(pages.at(-1)).toContain('Attendance report');
    await desk.close();
  });

  test('pages rendered to PNG are not blank (pdftoppm)', async () => {
    const { desk, pdf } = await demoDesk();
    const pack = await pdf(['roster', 'seat-plan', 'blank-idcheck']);
    const dir = tempDir();
    mkdirSync('test-results/rosters', { recursive: true });
    for (let page = 1; page <= pack.pages; page++) {
      const share = darkShare(pack.data, dir, page, page <= 3 ? `test-results/rosters/page-${page}` : undefined);
      expect(share, `page ${page}`).toBeGreaterThan(0.01);
      expect(share, `page ${page}`).toBeLessThan(0.5);
    }
    await desk.close();
  });

  test('printing is audited with the PDF hash and the audit hash printed on the pages', async () => {
    const { desk, pdf } = await demoDesk();
    const before = await desk.core.store.db.selectFrom('audit_log').select(['hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const doc = await pdf(['door-list']);
    const entry = await desk.core.store.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry.action).toBe('rosters.pdf');
    const detail = JSON.parse(entry.detail_json) as { auditHead: string; sha256: string; pages: number };
    expect(detail.auditHead).toBe(before.hash);
    expect(detail.pages).toBe(doc.pages);
    const { createHash } = await import('node:crypto');
    expect(detail.sha256).toBe(createHash('sha256').update(doc.data).digest('hex'));
    expect(await verifyAuditLog(desk.core.store.db)).toMatchObject({ ok: true });
    await desk.close();
  });
});

describe('who may print, and where', () => {
  test('a proctor may not print or preview rosters; bad document names are refused with where', async () => {
    const { desk, manager } = await demoDesk();
    const proctor = await desk.as('proctor');
    expect(await desk.registry.invoke('rosters.pdf', { date: DATE, documents: ['roster'], lang: 'zh-CN' }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = await desk.registry.invoke('rosters.pdf', { date: DATE, documents: ['roster', 'menu'], lang: 'zh-CN' }, manager);
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'documents.1' })] } });
    expect(await desk.registry.invoke('rosters.pdf', { date: '2026-02-30', documents: ['roster'], lang: 'zh-CN' }, manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await desk.close();
  });

  test('browser mode has no printers: print answers PRINT_UNAVAILABLE and nothing is audited', async () => {
    const { desk, manager } = await demoDesk();
    expect(await desk.registry.invoke('rosters.printers', {}, manager)).toEqual({ ok: true, value: [] });
    const n = (await desk.core.store.db.selectFrom('audit_log').select('seq').execute()).length;
    const r = await desk.registry.invoke('rosters.print', { date: DATE, documents: ['roster'], lang: 'zh-CN', printer: 'Office' }, manager);
    expect(r).toMatchObject({ ok: false, error: { code: 'PRINT_UNAVAILABLE' } });
    expect((await desk.core.store.db.selectFrom('audit_log').select('seq').execute()).length).toBe(n);
    await desk.close();
  });
});
