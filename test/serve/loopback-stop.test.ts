import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Dispatcher } from '../../electron/core/dispatcher';
import { startLoopbackServer } from '../../electron/serve/loopback-server';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/**
 * Stopping browser mode (Ctrl+C, SIGTERM) while a tab has a call in flight on a kept-alive
 * connection: Node's server.close() leaves such a connection open, and a tab polling more often
 * than the keep-alive timeout kept it open for ever, so the desk never stopped. Now the answer in
 * flight ends its connection and close() completes; the tab's next call is refused.
 */
test('stopping the desk while a call is in flight ends that kept-alive connection after its answer, so the stop completes', async () => {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  let entered!: () => void;
  const inside = new Promise<void>((r) => (entered = r));
  let answer!: () => void;
  const answered = new Promise<void>((r) => (answer = r));
  const registry = {
    invoke: async () => {
      entered();
      await answered;
      return { ok: true, value: 'pong' };
    },
  } as unknown as Dispatcher;
  const server = await startLoopbackServer({ registry, rendererDir, desk: 'test' });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const port = Number(new URL(server.origin).port);
  const call = () =>
    new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/ipc', method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-desk-token': server.token, 'x-desk-client': 'client-0001' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ channel: 'accounts.status', payload: {} }));
    });
  try {
    const inFlight = call();
    await inside;
    const stopped = server.close();
    answer();
    expect(await inFlight).toEqual({ status: 200, connection: 'close' });
    await stopped;
    await expect(call()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  } finally {
    agent.destroy();
  }
});
