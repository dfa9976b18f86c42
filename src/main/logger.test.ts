// The terminal log format: one readable line per entry, and nothing in a logged value can drive the terminal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogSink, formatLogLine } from './logger.js';

const at = (h: number, m: number, s: number) => new Date(2024, 2, 5, h, m, s).getTime();

describe('formatLogLine', () => {
  it('writes time, level and message, then the fields as key=value', () => {
    const line = JSON.stringify({ level: 30, time: at(12, 1, 2), msg: 'sitrep is serving', port: 8080 });
    assert.equal(formatLogLine(line + '\n'), '12:01:02 INFO  sitrep is serving port=8080\n');
  });

  it("flattens Fastify's request fields, quotes values with spaces, and hides pid and host name", () => {
    const line = JSON.stringify({
      level: 40,
      time: at(9, 0, 0),
      pid: 42,
      hostname: 'vm',
      reqId: 'ab12',
      req: { method: 'GET', url: '/articles/1' },
      note: 'two words',
      msg: 'slow request',
    });
    assert.equal(
      formatLogLine(line),
      '09:00:00 WARN  slow request reqId=ab12 req.method=GET req.url=/articles/1 note="two words"\n',
    );
  });

  it("shows an error's message, and its stack on indented lines", () => {
    const line = JSON.stringify({
      level: 50,
      time: at(0, 0, 1),
      err: { type: 'Error', message: 'disk full', stack: 'Error: disk full\n    at write (store.ts:1:1)' },
      msg: 'request failed',
    });
    assert.equal(
      formatLogLine(line),
      '00:00:01 ERROR request failed err="disk full"\n    at write (store.ts:1:1)\n',
    );
  });

  it('escapes control and bidi characters from logged input', () => {
    const line = JSON.stringify({
      level: 30,
      time: at(1, 2, 3),
      msg: 'title \u001b[2J\u202eevil',
      url: 'x\u0007',
    });
    const text = formatLogLine(line);
    // eslint-disable-next-line no-control-regex -- the test is that none is left
    assert.doesNotMatch(text.slice(0, -1), /[\u0000-\u001f\u007f-\u009f\u202e]/);
    assert.match(text, /title \\u001b\[2J\\u202eevil url=x\\u0007/);
  });

  it('passes through what is not a JSON object', () => {
    assert.equal(formatLogLine('plain text\n'), 'plain text\n');
  });
});

describe('createLogSink', () => {
  it('writes text lines to a terminal', () => {
    const written: string[] = [];
    const sink = createLogSink({
      isTTY: true,
      write: (text: string) => written.push(text),
      hasColors: () => false,
    });
    sink.write(JSON.stringify({ level: 30, time: at(7, 8, 9), msg: 'hello' }) + '\n');
    assert.deepEqual(written, ['07:08:09 INFO  hello\n']);
  });
});
