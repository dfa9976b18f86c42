// The SQLite dialect's statement cache, against a real database file.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import { tempDir } from '../../../test/support/temp-dir.js';
import { withStatementCache } from './sqlite.js';

function open() {
  const driver = new SqliteDatabase(join(tempDir(), 'cache.db'));
  driver.exec('create table t (id integer primary key, v text)');
  driver.exec("insert into t (v) values ('a'), ('b'), ('c')");
  return driver;
}

describe('withStatementCache', () => {
  it('prepares each SQL text once and hands the same statement back', () => {
    const driver = open();
    const cached = withStatementCache(driver);
    const first = cached.prepare('select v from t where id = ?');
    const second = cached.prepare('select v from t where id = ?');
    assert.equal(first, second);
    assert.deepEqual(second.all([2]), [{ v: 'b' }]);
    cached.close();
  });

  it('gives a statement that is still iterating to no second caller', () => {
    const driver = open();
    const cached = withStatementCache(driver);
    const sql = 'select v from t order by id';
    const streaming = cached.prepare(sql);
    const rows = streaming.iterate([]);
    assert.deepEqual(rows.next().value, { v: 'a' });
    const other = cached.prepare(sql);
    assert.notEqual(other, streaming);
    assert.deepEqual(other.all([]), [{ v: 'a' }, { v: 'b' }, { v: 'c' }]);
    assert.deepEqual([...rows], [{ v: 'b' }, { v: 'c' }]);
    cached.close();
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const driver = open();
    const cached = withStatementCache(driver, 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    assert.equal(cached.prepare('select 1'), a);
    cached.prepare('select 3');
    assert.equal(cached.prepare('select 1'), a, 'recently used, kept');
    assert.notEqual(cached.prepare('select 2'), b, 'least recently used, prepared again');
    cached.close();
  });
});
