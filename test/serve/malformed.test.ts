import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startLoopbackServer } from '../../electron/serve/loopback-server';
import { useTempDir } from '../support/temp-dir';
import { openTestDesk } from '../support/test-core';

const tempDir = useTempDir();
const CAP = 256 * 1024;

async function setup() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  const desk = await openTestDesk(dir);
  const server = await startLoopbackServer({ registry: desk.registry, rendererDir, desk: 'test', maxBodyBytes: CAP });
  const headers = { 'content-type': 'application/json', 'x-desk-token': server.token, 'x-desk-client': 'client-0001' };
  /** Sends a raw body and reads the whole answer (status, content type, parsed JSON). */
  const postRaw = async (body: string) => {
    const r = await fetch(`${server.origin}/ipc`, { method: 'POST', headers, body });
    const text = await r.text();
    return { status: r.status, type: r.headers.get('content-type'), json: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    server,
    headers,
    postRaw,
    async close() {
      await server.close();
      await desk.close();
    },
  };
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('#14.9 browser mode answers every malformed request with a 4xx JSON error', () => {
  test.each([
    ['a channel that is an object with its own toString', '{"channel":{"toString":1,"valueOf":1},"payload":{}}'],
    ['a channel that is a deeply nested array', `{"channel":${nested(100_000)},"payload":{}}`],
    ['a payload nested deeper than any request', `{"channel":"accounts.status","payload":${nested(100_000)}}`],
    ['a channel that is a number', '{"channel":42,"payload":{}}'],
    ['a body that is an array', '[1,2,3]'],
    ['a body that is null', 'null'],
    ['a body that is not JSON', '{"channel":'],
  ])('%s gets 400 with a code and a message', async (_what, body) => {
    const s = await setup();
    try {
      const r = await s.postRaw(body);
      expect(r.status).toBe(400);
      expect(r.type).toMatch(/^application\/json/);
      expect(r.json).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.any(String) } });
      // The server still answers a good call afterwards.
      expect((await s.postRaw('{"channel":"accounts.status","payload":{}}')).json).toMatchObject({ ok: true });
    } finally {
      await s.close();
    }
  });

  test('an unknown channel name is still UNKNOWN_CHANNEL (a well-formed request the registry answers)', async () => {
    const s = await setup();
    try {
      expect((await s.postRaw('{"channel":"no.such","payload":{}}')).json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    } finally {
      await s.close();
    }
  });

  test('a body over the cap gets 413 with a JSON error that the client actually receives (declared length)', async () => {
    const s = await setup();
    try {
      const body = JSON.stringify({ channel: 'accounts.status', payload: { pad: 'x'.repeat(CAP * 4) } });
      const r = await s.postRaw(body);
      expect(r.status).toBe(413);
      expect(r.json).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('too large') } });
      expect((await s.postRaw('{"channel":"accounts.status","payload":{}}')).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  test('a chunked body (no declared length) that grows over the cap gets 413, not a reset', async () => {
    const s = await setup();
    try {
      const port = Number(new URL(s.server.origin).port);
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/ipc', method: 'POST', headers: { ...s.headers, host: `127.0.0.1:${port}` } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        const chunk = 'x'.repeat(64 * 1024);
        req.write('{"channel":"accounts.status","payload":"');
        for (let sent = 0; sent < CAP * 3; sent += chunk.length) req.write(chunk);
        req.end('"}');
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    } finally {
      await s.close();
    }
  });
});
