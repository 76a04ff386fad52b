import type { Kysely } from 'kysely';
import type { ImportPreset } from '../../../shared/exchange/import-contract';
import type { DB } from '../../store/schema';
import { writeSetting } from '../../store/settings-repo';
import { settingsWithPrefix } from './import-repo';

const PREFIX = 'import.preset.';

/** Column mappings saved per sponsor (settings rows "import.preset.<sponsor>"). */
export async function listPresets(db: Kysely<DB>): Promise<ImportPreset[]> {
  const rows = await settingsWithPrefix(db, PREFIX);
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
  await writeSetting(db, key, JSON.stringify(preset));
}
