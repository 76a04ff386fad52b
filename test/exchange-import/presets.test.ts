import { describe, expect, test } from 'vitest';
import type { ImportPreset, ImportPreview, ImportResult } from '../../shared/exchange/import-contract';
import type { IpcResult } from '../../shared/ipc/result';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';
import { csv, sampleTable, seedCenter } from './fixtures';

const tempDir = useTempDir();

/** The sponsor's sample with the required columns under headers no guess would recognise. */
const RENAMED = { booking_id: 'Col A', candidate_name: 'Col B', id_type: 'Col C', id_number: 'Col D' } as const;
function renamedSample(): string {
  const table = sampleTable();
  table[0] = table[0]!.map((h) => (RENAMED as Record<string, string>)[h] ?? h);
  return csv(table);
}

const file = (text: string, fileName = 'renamed.csv') => ({ fileName, base64: Buffer.from(text).toString('base64') });

describe("import presets (exchange.savePreset / exchange.importPresets): a sponsor's column names, saved once, map its next files", () => {
  test('without the preset the renamed columns are missing; with it the file maps and imports exactly as the standard file does', async () => {
    const d = await openTestDesk(tempDir(), new Date('2026-11-30T02:00:00Z'));
    try {
      await seedCenter(d.core.store.db, 3);
      const manager = await d.as('manager');
      const preview = async (f: ReturnType<typeof file>) => {
        const r = (await d.registry.invoke('exchange.importPreview', f, manager)) as IpcResult<ImportPreview>;
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
        return r.value;
      };

      const before = await preview(file(renamedSample()));
      expect(before.missing).toEqual(expect.arrayContaining(['booking_id', 'candidate_name', 'id_type', 'id_number']));
      expect(await d.registry.invoke('exchange.importPresets', {}, manager)).toEqual({ ok: true, value: [] });

      // A proctor may not save one.
      const proctor = await d.as('proctor');
      expect(await d.registry.invoke('exchange.savePreset', { sponsor: 'CTyun', headers: RENAMED }, proctor)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

      const saved = (await d.registry.invoke('exchange.savePreset', { sponsor: 'CTyun', headers: RENAMED }, manager)) as IpcResult<ImportPreset>;
      expect(saved).toMatchObject({ ok: true, value: { sponsor: 'CTyun', headers: RENAMED, savedAt: '2026-11-30T02:00:00.000Z' } });
      expect(await d.registry.invoke('exchange.importPresets', {}, manager)).toMatchObject({ ok: true, value: [{ sponsor: 'CTyun', headers: RENAMED }] });
      const audit = await d.core.store.db.selectFrom('audit_log').select(['subject_id', 'detail_json']).where('action', '=', 'exchange.savePreset').execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.detail_json)).toEqual({ headers: RENAMED });

      const after = await preview(file(renamedSample()));
      const standard = await preview(file(csv(sampleTable()), 'standard.csv'));
      expect(after.missing).toEqual([]);
      expect(after.mapping.booking_id).toBe(after.headers.indexOf('Col A'));
      expect(after.mapping.id_number).toBe(after.headers.indexOf('Col D'));
      expect({ rows: after.rows, create: after.create, errorCount: after.errorCount }).toEqual({ rows: standard.rows, create: standard.create, errorCount: standard.errorCount });
      expect(after.create).toBeGreaterThan(0);

      const applied = (await d.registry.invoke('exchange.importApply', file(renamedSample()), manager)) as IpcResult<ImportResult>;
      expect(applied).toMatchObject({ ok: true, value: { created: standard.create } });
      const ids = await d.core.store.db.selectFrom('appointments').select('booking_id').orderBy('booking_id').execute();
      expect(ids.map((r) => r.booking_id)).toContain(sampleTable()[1]![0]);

      // Saving again for the same sponsor replaces its preset (one per sponsor).
      await d.registry.invoke('exchange.savePreset', { sponsor: 'CTyun', headers: { booking_id: 'Ref' } }, manager);
      expect(await d.registry.invoke('exchange.importPresets', {}, manager)).toMatchObject({ ok: true, value: [{ sponsor: 'CTyun', headers: { booking_id: 'Ref' } }] });
    } finally {
      await d.close();
    }
  }, 600_000); // a safety net only: four previews and an import on a busy machine
});
