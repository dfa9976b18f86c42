// Opens the store named by configuration: a SQLite file path (the default) or, later, a PostgreSQL URL.
import { SitrepError } from '../core/errors.js';
import type { Db } from './database.js';
import { openSqlite } from './dialects/sqlite.js';
import { migrateToLatest } from './migrations.js';

/** Opens and migrates the database at `spec`: a file path, or ":memory:". */
export async function openStore(spec: string): Promise<Db> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    throw new SitrepError(
      'bad_request',
      `PostgreSQL is not supported by this version: SITREP_DB=${redact(spec)}`,
    );
  }
  let db: Db;
  try {
    db = openSqlite(spec);
  } catch (error) {
    throw new SitrepError('unavailable', `cannot open database file "${spec}": ${String(error)}`, {
      cause: error,
    });
  }
  await migrateToLatest(db);
  return db;
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
