import type { Dialect, Driver } from 'kysely';

/**
 * Wraps a dialect so that `after` runs each time Kysely releases the connection: after a
 * transaction's COMMIT or ROLLBACK, or after a single statement, while the connection is still
 * held (no other query runs in between). A failure of `after` is logged, never thrown: the
 * statement it follows has already committed.
 */
export function withAfterRelease(dialect: Dialect, after: () => void): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: (): Driver => {
      const inner = dialect.createDriver();
      return new Proxy(inner, {
        get(target, prop) {
          if (prop === 'releaseConnection') {
            return async (...args: Parameters<Driver['releaseConnection']>) => {
              try {
                after();
              } catch (e) {
                console.error(`after commit: ${e instanceof Error ? e.message : String(e)}`);
              }
              await target.releaseConnection(...args);
            };
          }
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
}
