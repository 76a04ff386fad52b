import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Noto Sans SC ships with the app (@fontsource/noto-sans-sc), so printed Chinese never depends on
 * the fonts a machine has. The package's @font-face rules (one per Unicode range, so a page loads
 * only the pieces it uses) are rewritten to load from `baseUrl`.
 */
export function fontPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
}

export function fontFaceCss(baseUrl: string, dir = fontPackageDir()): string {
  return ['400.css', '700.css'].map((f) => readFileSync(join(dir, f), 'utf8').replaceAll('url(./files/', `url(${baseUrl}`)).join('\n');
}

/** The font file a rewritten URL names, or null when the name is not a plain file of the package. */
export function fontFile(name: string, dir = fontPackageDir()): string | null {
  return /^[a-z0-9-]+\.woff2?$/.test(name) ? join(dir, 'files', name) : null;
}
