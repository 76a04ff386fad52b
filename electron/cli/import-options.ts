import { IMPORT_FIELDS, type ImportField } from '../../shared/exchange/import-fields';
import type { ImportPreset } from '../../shared/exchange/import-contract';

/**
 * `desk import --map FIELD=COLUMN … --preset NAME`: which column of the file holds which field.
 * --map takes one or more FIELD=COLUMN pairs (comma-separated, or as words after it); a preset is
 * a sponsor's saved mapping (as the Data screen saves it); --map wins over the preset.
 */
export function headerMapOf(
  options: Record<string, string | true>,
  positional: string[],
  presets: ImportPreset[],
): { ok: true; headerMap: Partial<Record<ImportField, string>> | undefined } | { ok: false; message: string } {
  const headerMap: Partial<Record<ImportField, string>> = {};
  const preset = options.preset;
  if (preset === true) return { ok: false, message: '--preset needs a name (a sponsor whose columns were saved)' };
  if (typeof preset === 'string') {
    const p = presets.find((x) => x.sponsor.trim().toLowerCase() === preset.trim().toLowerCase());
    if (!p) return { ok: false, message: `no saved preset "${preset}"; saved: ${presets.map((x) => x.sponsor).join(', ') || '(none)'}` };
    Object.assign(headerMap, p.headers);
  }
  const map = options.map;
  if (map === true) return { ok: false, message: '--map needs FIELD=COLUMN' };
  const pairs = [...(typeof map === 'string' ? map.split(',') : []), ...(typeof map === 'string' ? positional.filter((p) => p.includes('=')) : [])];
  for (const pair of pairs.map((x) => x.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq <= 0 || column === '') return { ok: false, message: `--map "${pair}" is not FIELD=COLUMN` };
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) return { ok: false, message: `--map: "${field}" is not a field; the fields are ${IMPORT_FIELDS.join(', ')}` };
    headerMap[field as ImportField] = column;
  }
  return { ok: true, headerMap: Object.keys(headerMap).length > 0 ? headerMap : undefined };
}
