import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createProgress } from './progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY },
  );
  return { stream, chunks };
}

describe('progress', () => {
  it('shows count, share, rate and ETA on a terminal', () => {
    let t = 0;
    const { stream, chunks } = sink(true);
    const progress = createProgress(stream, false, () => t, 1000);
    t = 10_000;
    progress.update({ ingested: 180, unchanged: 15, failed: 5 });
    assert.match(
      chunks.join(''),
      /200\/1000 \(20%\) documents \(180 new, 15 unchanged, 5 failed\) · 20\.0\//,
    );
    assert.match(chunks.join(''), /ETA 40s/);
  });

  it('stays quiet in a log unless asked, and then writes plain lines', () => {
    const quiet = sink(false);
    const progress = createProgress(quiet.stream, false, () => 10_000);
    progress.update({ ingested: 1, unchanged: 0, failed: 0 });
    progress.done({ ingested: 1, unchanged: 0, failed: 0 });
    assert.deepEqual(quiet.chunks, []);
    const asked = sink(false);
    createProgress(asked.stream, true, () => 10_000).done({ ingested: 1, unchanged: 0, failed: 0 });
    assert.equal(asked.chunks.length, 1);
    const line = asked.chunks[0] ?? '';
    assert.ok(
      !line.includes('\r') && !line.includes(String.fromCharCode(27)),
      'no terminal control characters',
    );
  });
});
