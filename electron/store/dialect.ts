import type Database from 'better-sqlite3';
import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type QueryCompiler } from 'kysely';

/**
 * SQLite's dialect for the desk's one connection, with one difference from Kysely's: a rollback
 * after SQLite has already rolled the transaction back by itself (it does so on SQLITE_FULL,
 * SQLITE_IOERR, SQLITE_NOMEM and SQLITE_BUSY in a write) is skipped. Kysely's plain ROLLBACK would
 * then throw "cannot rollback - no transaction is active", and that second error would replace
 * the real one, so a full disk would be reported INTERNAL instead of DISK_FULL (#14.7).
 */
export class DeskSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: Database.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new DeskSqliteDriver(this.sqlite);
  }
}

class DeskSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: Database.Database) {
    super({ database: sqlite });
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }

  override async rollbackToSavepoint(connection: DatabaseConnection, savepointName: string, compileQuery: QueryCompiler['compileQuery']): Promise<void> {
    if (!this.sqlite.inTransaction) return;
    await super.rollbackToSavepoint(connection, savepointName, compileQuery);
  }
}
