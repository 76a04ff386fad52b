import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

/** What every repository function takes: the store's connection, or the caller's open transaction. */
export type Db = Kysely<DB> | Transaction<DB>;
