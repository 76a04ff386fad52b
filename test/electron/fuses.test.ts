import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// js-yaml is what electron-builder itself reads its YAML configuration with.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(join(process.cwd(), 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
/** electron-builder's own JSON schema: the fuse names it understands. */
const scheme = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: Record<string, { properties?: Record<string, unknown> }>;
  properties: Record<string, unknown>;
};

describe('the packaged app: Electron fuses (electron-builder electronFuses)', () => {
  test('no RunAsNode, no NODE_OPTIONS, no --inspect, ASAR integrity checked, the app loads only from its ASAR', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  test('every fuse key is one electron-builder knows (a misspelt key would be ignored)', () => {
    expect(Object.keys(scheme.properties)).toContain('electronFuses');
    const known = Object.keys(scheme.definitions.FuseOptionsV1?.properties ?? {});
    expect(known.length).toBeGreaterThan(5);
    for (const key of Object.keys(config.electronFuses as object)) expect(known).toContain(key);
  });

  test('the app is packed into an ASAR whose integrity can be checked (asar not switched off)', () => {
    expect(config.asar ?? true).not.toBe(false);
    expect((config.asar as { disableIntegrity?: boolean } | undefined)?.disableIntegrity ?? false).toBe(false);
  });
});
