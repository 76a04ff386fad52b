import type { Kysely } from 'kysely';
import type { ImportPreset } from '../../../shared/exchange/import-contract';
import type { DB } from '../../store/schema';

const PREFIX = 'import.preset.';

/** Column mappings saved per sponsor (settings rows "import.preset.<sponsor>"). */
export async function listPresets(db: Kysely<DB>): Promise<ImportPreset[]> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'like', `${PREFIX}%`).orderBy('key').execute();
  return rows.flatMap((r) => {
    try {
      return [JSON.parse(r.value) as ImportPreset];
    } catch {
      return [];
    }
  });
}

export async function savePreset(db: Kysely<DB>, preset: ImportPreset): Promise<void> {
  const key = `${PREFIX}${preset.sponsor}`;
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(preset) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(preset) }))
    .execute();
}
