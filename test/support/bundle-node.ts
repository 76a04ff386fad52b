import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry (path from the project root) into one ESM file plain Node runs with
 * no TypeScript loader. CommonJS dependencies (exceljs and its kin) get a `require` from the banner;
 * `external` packages (native ones like better-sqlite3) are left to Node to resolve.
 */
export async function bundleForNode(entry: string, outfile: string, external: string[] = []): Promise<string> {
  await build({
    entryPoints: [join(process.cwd(), entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}
