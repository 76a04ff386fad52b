import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy between one desk and the center server (#19 tests): it passes bytes, black-holes them
 * (a pulled network cable: connections stay open, nothing arrives, no error), or resets connections
 * (the far end went away). A connection that was black-holed or reset stays dead when the mode goes
 * back to 'pass'; new connections then go through.
 */
export type ProxyMode = 'pass' | 'blackhole' | 'reset';

export interface TcpProxy {
  readonly port: number;
  mode(): ProxyMode;
  setMode(mode: ProxyMode): void;
  /** Desk-side connections the proxy holds open (forwarding or dead). */
  openConnections(): number;
  /** Stops listening and destroys every connection. */
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket | undefined;
  dead: boolean;
}

/** Forwards from one socket to another while the pair is alive, with backpressure; dead pairs drop what arrives. */
function forward(pair: Pair, from: Socket, to: Socket): void {
  from.on('data', (chunk: Buffer) => {
    if (pair.dead || to.destroyed) return;
    if (!to.write(chunk)) {
      from.pause();
      to.once('drain', () => from.resume());
    }
  });
  from.on('end', () => {
    if (!pair.dead) to.end();
  });
}

export async function startTcpProxy(targetPort: number, host = '127.0.0.1'): Promise<TcpProxy> {
  let mode: ProxyMode = 'pass';
  const pairs = new Set<Pair>();
  /** Every socket still open, both sides, so close() leaves none behind (a dead pair's server side stays open until then). */
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };

  const reset = (pair: Pair) => {
    pair.dead = true;
    for (const s of [pair.client, pair.upstream]) if (s && !s.destroyed) s.resetAndDestroy();
  };
  /** Dead: nothing more is forwarded, paused sources drain into nothing, the sockets stay open. */
  const kill = (pair: Pair) => {
    pair.dead = true;
    pair.client.resume();
    pair.upstream?.resume();
  };

  const server = createServer((client) => {
    const pair: Pair = { client, upstream: undefined, dead: false };
    pairs.add(pair);
    track(client);
    client.on('error', () => {});
    client.on('close', () => {
      pairs.delete(pair);
      if (!pair.dead) pair.upstream?.destroy();
    });
    if (mode === 'reset') {
      reset(pair);
      return;
    }
    if (mode === 'blackhole') {
      pair.dead = true;
      client.on('data', () => {});
      return;
    }
    const upstream = connect(targetPort, host);
    pair.upstream = upstream;
    track(upstream);
    upstream.on('error', () => {
      // The server is unreachable or went away: the desk sees its connection reset.
      if (!pair.dead) reset(pair);
    });
    upstream.on('close', () => {
      if (!pair.dead && !client.destroyed) client.destroy();
    });
    forward(pair, client, upstream);
    forward(pair, upstream, client);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP port');

  return {
    port: address.port,
    mode: () => mode,
    setMode(next) {
      mode = next;
      if (next === 'reset') for (const p of pairs) reset(p);
      if (next === 'blackhole') for (const p of pairs) kill(p);
    },
    openConnections: () => pairs.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of pairs) p.dead = true;
        for (const s of sockets) s.destroy();
        pairs.clear();
        server.close(() => resolve());
      }),
  };
}
