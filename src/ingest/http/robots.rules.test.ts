// robots.txt parsing and matching against the examples of RFC 9309.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesPattern, normalisePath, parseRobots, productToken } from './robots.rules.js';

describe('parseRobots', () => {
  it('uses the group naming our product token, else the * group', () => {
    const text = [
      'User-agent: *',
      'Disallow: /',
      '',
      'User-agent: Sitrep/2.0',
      'User-agent: othercrawler',
      'Disallow: /private',
    ].join('\n');
    const ours = parseRobots(text, productToken('sitrep/0.1 (open incident monitor)'));
    assert.equal(ours.isAllowed('/news'), true);
    assert.equal(ours.isAllowed('/private/x'), false);
    const stranger = parseRobots(text, 'unknownbot');
    assert.equal(stranger.isAllowed('/news'), false);
    assert.equal(stranger.isAllowed('/robots.txt'), true);
  });

  it('merges groups for the same agent and lets the longest match win, allow on a tie', () => {
    const text =
      'user-agent: sitrep\ndisallow: /a\nuser-agent: other\ndisallow: /\nuser-agent: sitrep\nallow: /a/b\n';
    const rules = parseRobots(text, 'sitrep');
    assert.equal(rules.isAllowed('/a/x'), false);
    assert.equal(rules.isAllowed('/a/b/c'), true);
    const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n', 'sitrep');
    assert.equal(tie.isAllowed('/page'), true);
  });

  it('supports * and $ and ignores empty Disallow, comments, a BOM and CRLF', () => {
    const text =
      '\uFEFFUser-agent: * # everyone\r\nDisallow: /*.pdf$\r\nDisallow: /search*q=\r\nDisallow:\r\n';
    const rules = parseRobots(text, 'sitrep');
    assert.equal(rules.isAllowed('/files/report.pdf'), false);
    assert.equal(rules.isAllowed('/files/report.pdf?download=1'), true);
    assert.equal(rules.isAllowed('/search?lang=en&q=shelling'), false);
    assert.equal(rules.isAllowed('/'), true);
  });

  it('allows everything without rules, and ignores rules before any user-agent', () => {
    assert.equal(parseRobots('', 'sitrep').isAllowed('/x'), true);
    assert.equal(parseRobots('Disallow: /\nSitemap: https://x/s.xml', 'sitrep').isAllowed('/x'), true);
  });

  it('compares percent-encoding and UTF-8 in one spelling', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /foo/bär\nDisallow: /%7Ejoe\n', 'sitrep');
    assert.equal(rules.isAllowed('/foo/b%C3%A4r/1'), false);
    assert.equal(rules.isAllowed('/~joe/index.html'), false);
    assert.equal(normalisePath('/a%2fb%7e'), '/a%2Fb~');
  });
});

describe('matchesPattern', () => {
  it('stays fast on a hostile pattern', () => {
    // CPU time, not wall-clock time, so a busy machine does not fail the test.
    const started = process.cpuUsage();
    assert.equal(matchesPattern(`/${'*a'.repeat(40)}b$`, `/${'a'.repeat(5_000)}`), false);
    const used = process.cpuUsage(started);
    assert.ok((used.user + used.system) / 1000 < 1_000);
  });
});
