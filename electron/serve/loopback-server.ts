import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import type { Dispatcher } from '../core/dispatcher';
import { parseEnvelope } from './ipc-envelope';
import { readStatic } from './static-files';

export const TOKEN_HEADER = 'x-desk-token';
export const CLIENT_HEADER = 'x-desk-client';
const MAX_BODY = 96 * 1024 * 1024; // photos and roster files travel as base64 in a payload
/** How much of an oversized body is read and thrown away so the client receives its 413. */
const DRAIN_FACTOR = 4;

export interface LoopbackServer {
  url: string;
  origin: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Browser mode's transport: the built renderer and the same handler registry as the desktop
 * window, on 127.0.0.1 only. A random token per start guards every call; requests from any other
 * origin or Host (DNS rebinding) are refused.
 */
export async function startLoopbackServer(opts: {
  registry: Dispatcher;
  rendererDir: string;
  port?: number;
  desk?: string;
  /** The largest request body accepted (tests use a small one). */
  maxBodyBytes?: number;
}): Promise<LoopbackServer> {
  const maxBody = opts.maxBodyBytes ?? MAX_BODY;
  const token = randomBytes(24).toString('base64url');
  const desk = opts.desk ?? hostname();
  let origin = '';
  // Answers still being worked on: when the desk stops, each ends its connection, so close() does not wait for ever
  // on a tab that keeps polling over a kept-alive connection (Node's server.close() leaves those open).
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    if (closing) res.setHeader('connection', 'close');
    handle(req, res).catch((error) => {
      console.error('browser mode request failed', error);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'The desk could not complete this request.' } }));
      } else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port;
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Misdirected request');
      return;
    }
    const url = req.url ?? '/';
    if (url === '/ipc') {
      await handleIpc(req, res, host);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = (await readStatic(opts.rendererDir, url)) ?? (url.includes('.') ? null : await readStatic(opts.rendererDir, '/index.html'));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleIpc(req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const reqOrigin = req.headers.origin;
    const allowedOrigins = [origin, `http://${host}`];
    if (req.method !== 'POST') return void send(405, { ok: false, error: { code: 'BAD_SENDER', message: 'POST only' } });
    if (reqOrigin !== undefined && !allowedOrigins.includes(reqOrigin)) {
      return void send(403, { ok: false, error: { code: 'BAD_SENDER', message: 'Origin refused' } });
    }
    if (req.headers[TOKEN_HEADER] !== token) {
      return void send(403, { ok: false, error: { code: 'BAD_SENDER', message: 'Bad or missing desk token' } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return void send(415, { ok: false, error: { code: 'BAD_SENDER', message: 'JSON only' } });
    }
    const clientId = String(req.headers[CLIENT_HEADER] ?? '');
    if (!/^[A-Za-z0-9-]{8,64}$/.test(clientId)) {
      return void send(400, { ok: false, error: { code: 'BAD_SENDER', message: 'Missing client id' } });
    }
    const body = await readBody(req, maxBody);
    if (body.tooLarge) {
      // The body was read and thrown away (up to a bound), so the client receives this answer.
      res.setHeader('connection', 'close');
      send(413, { ok: false, error: { code: 'VALIDATION', message: `Request too large (more than ${maxBody} bytes)` } });
      if (!body.complete) res.once('finish', () => req.destroy());
      return;
    }
    const envelope = parseEnvelope(body.text);
    if (!envelope.ok) return void send(400, { ok: false, error: { code: 'VALIDATION', message: envelope.message } });
    const { channel, payload } = envelope;
    const result = await opts.registry.invoke(channel, payload, {
      transport: 'loopback',
      clientId: `loopback:${clientId}`,
      desk,
    });
    send(200, result);
  }

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

type Body = { tooLarge: false; text: string } | { tooLarge: true; complete: boolean };

/**
 * Reads a request body up to `max` bytes. A larger body is not kept: it is read and discarded up
 * to DRAIN_FACTOR times the cap so the 413 reaches the client instead of a connection reset; a
 * client that sends even more is answered at that point and then cut off.
 */
function readBody(req: IncomingMessage, max: number): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else if (size > max * DRAIN_FACTOR) {
        req.off('data', onData);
        req.pause();
        resolve({ tooLarge: true, complete: false });
      } else chunks.length = 0;
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > max ? { tooLarge: true, complete: true } : { tooLarge: false, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}
