import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startLoopbackServer } from '../../electron/serve/loopback-server';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();

async function setup() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  const desk = await openTestDesk(dir);
  const server = await startLoopbackServer({ registry: desk.registry, rendererDir, desk: 'test' });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/ipc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-desk-token': server.token, 'x-desk-client': 'client-0001', ...headers },
      body: JSON.stringify(body),
    });
  return {
    server,
    post,
    async close() {
      await server.close();
      await desk.close();
    },
  };
}

describe('browser mode loopback transport', () => {
  test('listens on 127.0.0.1 only and prints a URL with a one-time token', async () => {
    const s = await setup();
    expect(s.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    const page = await fetch(s.server.origin + '/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    await s.close();
  });

  test('a call with the token reaches the registry', async () => {
    const s = await setup();
    const r = await s.post({ channel: 'accounts.status', payload: {} });
    expect(await r.json()).toEqual({ ok: true, value: { needsSetup: true, operator: null, locked: false, lockMinutes: 5 } });
    await s.close();
  });

  test('a call without the right token, from another origin, or not JSON is refused', async () => {
    const s = await setup();
    const body = { channel: 'accounts.status', payload: {} };
    expect((await s.post(body, { 'x-desk-token': 'wrong' })).status).toBe(403);
    expect((await s.post(body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await s.post(body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await s.post(body, { 'x-desk-client': '' })).status).toBe(400);
    await s.close();
  });

  test('a request for another Host name (DNS rebinding) is refused', async () => {
    const s = await setup();
    const { request } = await import('node:http');
    const port = new URL(s.server.origin).port;
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => resolve(res.statusCode ?? 0)).end();
    });
    expect(status).toBe(421);
    await s.close();
  });

  test('paths outside the renderer folder are not served', async () => {
    const s = await setup();
    const r = await fetch(`${s.server.origin}/..%2f..%2fetc%2fpasswd`);
    expect(r.status).toBe(404);
    await s.close();
  });
});
