// Tests of matchesOf: the same matches as String.prototype.matchAll, empty ones and surrogate pairs included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesOf } from './pattern.matcher.js';

const same = (pattern: RegExp, text: string): void => {
  const expected = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
  assert.deepEqual(
    matchesOf(pattern, text).map((m) => [m.index, ...m]),
    expected,
  );
  assert.equal(pattern.lastIndex, 0);
};

describe('matchesOf', () => {
  it('finds what matchAll finds', () => {
    same(/\bkill(ed|ing)\b/gi, 'Gunmen killed two; KILLING went on, unkilled.');
    same(/\bx\b/g, 'no match here');
  });
  it('steps over empty matches as matchAll does, by code point under the u flag', () => {
    same(/a*/g, 'baab');
    same(/(?:)/gu, 'a😀b');
    same(/(?:)/g, 'a😀b');
  });
  it('starts from the beginning whatever lastIndex the pattern was left at', () => {
    const pattern = /o/g;
    pattern.lastIndex = 3;
    assert.equal(matchesOf(pattern, 'foo boo').length, 4);
  });
});
