// The SQLite dialect: a file on disk through better-sqlite3, in WAL mode. The only importer of the driver.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database.js';

/** Opens (creating if needed) the SQLite file at `path`; ":memory:" is accepted for throwaway use. */
export function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const driver = new SqliteDatabase(path);
  // WAL lets the web server read while an import writes; NORMAL sync is durable across process crashes
  // (only an OS crash can lose the last transactions), the trade-off SQLite documents for WAL.
  driver.pragma('journal_mode = WAL');
  driver.pragma('synchronous = NORMAL');
  driver.pragma('foreign_keys = ON');
  driver.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: driver }) });
}
