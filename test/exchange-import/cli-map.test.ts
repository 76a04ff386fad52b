import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { savePreset } from '../../electron/exchange/import/presets';
import { openStore } from '../../electron/store/open';
import { openTestDesk } from '../support/test-core';
import { useTempDir } from '../support/temp-dir';
import { csv, sampleTable, seedCenter } from './fixtures';

const tempDir = useTempDir();
const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const desk = (args: string[]) => spawnSync(tsx, ['electron/cli/index.ts', ...args], { encoding: 'utf8', timeout: 300_000 });

// Each run starts a real CLI process; on a busy machine that takes a while, so the bound is generous.
test('#18.9 desk import --map FIELD=COLUMN and --preset NAME import a file whose headers are not recognised; --help documents them', { timeout: 900_000 }, async () => {
  const dir = tempDir();
  const d = await openTestDesk(dir, new Date('2026-11-30T02:00:00Z'));
  await seedCenter(d.core.store.db);
  await d.close();
  const db = join(dir, 'desk.sqlite');
  const table = sampleTable();
  table[0] = table[0]!.map((h) => (h === 'sponsor' ? 'Veranstalter' : h === 'program_profile' ? 'Regelwerk' : h));
  const file = join(dir, 'odd-headers.csv');
  writeFileSync(file, csv(table));

  const plain = desk(['import', '--db', db, '--file', file, '--dry-run']);
  expect(plain.stdout).toContain('missing columns: sponsor, program_profile');
  expect(plain.status).toBe(1);

  const wrong = desk(['import', '--db', db, '--file', file, '--dry-run', '--map', 'sponsor=Sponsorname']);
  expect(wrong.stdout).toContain('The file has no column "Sponsorname" (for sponsor)');
  expect(wrong.status).toBe(1);
  expect(desk(['import', '--db', db, '--file', file, '--map', 'teacher=Veranstalter']).stderr).toContain('"teacher" is not a field');

  const mapped = desk(['import', '--db', db, '--file', file, '--dry-run', '--map', 'sponsor=Veranstalter', 'program_profile=Regelwerk']);
  expect(mapped.stdout).toContain('new 60, changed 0');
  expect(mapped.status).toBe(0);

  // A preset saved on the Data screen for this sponsor's files (once saved, it is also picked by itself).
  const store = await openStore(db);
  await savePreset(store.db, { sponsor: 'Acme Sponsor', headers: { sponsor: 'Veranstalter', program_profile: 'Regelwerk' }, savedAt: '2026-11-30T02:00:00.000Z' });
  await store.close();
  const preset = desk(['import', '--db', db, '--file', file, '--preset', 'Acme Sponsor']);
  expect(preset.stderr).toBe('');
  expect(preset.stdout).toContain('imported: 60 new, 0 changed, 0 unchanged');
  expect(desk(['import', '--db', db, '--file', file, '--preset', 'Nobody']).stderr).toContain('no saved preset "Nobody"; saved: Acme Sponsor');

  const help = desk(['import', '--help']);
  expect(help.stdout).toContain('--map FIELD=COLUMN');
  expect(help.stdout).toContain('--preset NAME');
  expect(help.stdout).toContain('--confirm-changes');
});
