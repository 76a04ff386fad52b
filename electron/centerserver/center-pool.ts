import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import pg from 'pg';

/**
 * pg's pool for a desk on a center's LAN, with one difference: a connection that broke or whose
 * statement got no answer in time is closed when released instead of going back to the pool. pg
 * keeps such a connection "queryable" (a black-holed socket never errors; the unanswered statement
 * still holds it), so every later statement would wait behind it and the desk would never find the
 * center again once the network is back. A connection that breaks while a statement runs reports
 * on its 'error' event, which would crash the desk without a listener; the statement itself fails.
 * Errors the server answered (a unique violation, a statement_timeout) leave the connection sound.
 */
export function sturdyPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, SturdyClient>();
  return {
    options: pool.options,
    async connect() {
      const client = await pool.connect();
      let w = wrapped.get(client);
      if (!w) {
        w = new SturdyClient(client);
        wrapped.set(client, w);
      }
      return w;
    },
    end: () => pool.end(),
  };
}

class SturdyClient implements PostgresPoolClient {
  private broken = false;

  constructor(private readonly client: pg.PoolClient) {
    client.on('error', () => {
      this.broken = true;
    });
  }

  get processID(): number | undefined {
    return (this.client as unknown as { processID?: number }).processID;
  }

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // A cursor (Kysely's streaming) goes to pg as it is.
    if (typeof sqlOrCursor !== 'string') return (this.client as unknown as { query(c: PostgresCursor<R>): PostgresCursor<R> }).query(sqlOrCursor);
    return (this.client.query(sqlOrCursor, parameters as unknown[]) as unknown as Promise<PostgresQueryResult<R>>).catch((e: unknown) => {
      if (!(e instanceof pg.DatabaseError)) this.broken = true;
      throw e;
    });
  }

  release(): void {
    const destroy = this.broken;
    this.broken = false;
    // pg-pool closes a client released with a truthy argument instead of keeping it.
    this.client.release(destroy);
  }
}
