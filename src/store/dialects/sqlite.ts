// The SQLite dialect: a file on disk through better-sqlite3, in WAL mode. The only importer of the driver.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { Database } from '../database.js';

/** Distinct statements kept prepared; sitrep issues well under a hundred distinct SQL texts in a run. */
const STATEMENT_CACHE_SIZE = 256;

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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(driver) }) });
}

/**
 * The driver as Kysely sees it, with prepared statements kept by SQL text. Kysely prepares every query it
 * runs, and preparing costs more than running the small lookups and inserts of an import.
 */
export function withStatementCache(
  driver: SqliteDatabase.Database,
  size = STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      driver.close();
    },
    prepare(sql: string) {
      const cached = cache.get(sql);
      // A statement still iterating (a streamed query) cannot run a second time; that caller gets its own.
      if (cached !== undefined && !cached.busy) {
        // Map order is insertion order: moving the hit to the end keeps the least recently used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = driver.prepare(sql);
      if (cached === undefined) {
        cache.set(sql, statement);
        if (cache.size > size) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
