// The extraction deadline counts the thread's CPU time: a busy machine reads the same pages, only later,
// and a pathological page is still stopped.
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { isSitrepError } from '../core/errors.js';
import { startDeadline, threadCpuMs } from './deadline.js';
import { extractArticle } from './index.js';

const PARAGRAPH =
  'Security forces said the gunmen opened fire on the market in the early hours, killing at least four people and wounding a dozen more.';

/** A page of `megabytes` MB in the shape of a long live page: chrome and story blocks repeated. */
function bigPage(megabytes: number): string {
  const chrome = '<nav><ul>' + '<li><a href="/s">Section link</a></li>'.repeat(20) + '</ul></nav>';
  const story = `<article class="story"><h2>Update</h2>${`<p>${PARAGRAPH}</p>`.repeat(30)}</article>`;
  const unit = `<div class="row">${chrome}<div class="col">${story}</div><aside class="related">x</aside></div>\n`;
  return `<html><body>${unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length))}</body></html>`;
}

/** Threads that each spin on a CPU until stopped: a machine busy with other work. */
function burnCpu(threads: number): { stop(): Promise<void> } {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(
        `const { workerData } = require('node:worker_threads');
         let x = 0;
         while (Atomics.load(workerData, 0) === 0) for (let i = 0; i < 1e5; i += 1) x += Math.sqrt(i);`,
        { eval: true, workerData: flag },
      ),
  );
  return {
    async stop() {
      Atomics.store(flag, 0, 1);
      await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve))));
    },
  };
}

describe('the extraction deadline', () => {
  it('counts CPU time, not time spent waiting', () => {
    const deadline = startDeadline(200);
    // Half a second asleep uses no CPU: a wall-clock deadline of 200 ms would be spent by now.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    deadline.check();
    const started = threadCpuMs();
    let x = 0;
    assert.throws(
      () => {
        for (;;) {
          for (let i = 0; i < 1e5; i += 1) x += Math.sqrt(i);
          deadline.check();
        }
      },
      (error: unknown) =>
        isSitrepError(error) && error.code === 'timeout' && /200 ms CPU/.test(error.message),
    );
    assert.ok(threadCpuMs() - started >= 150, 'stopped only once the CPU budget was spent');
    assert.ok(x > 0);
  });

  it('still stops a page that takes far more CPU than allowed', () => {
    const html = `<div><p>${PARAGRAPH}</p></div>`.repeat(40_000);
    assert.throws(
      () => extractArticle({ body: html, kind: 'html' }, { timeoutMs: 20 }),
      (error: unknown) => isSitrepError(error) && error.code === 'timeout',
    );
  });

  it('reads a large page on a busy machine within the same budget as on an idle one', async (t) => {
    const html = bigPage(1);
    const before = threadCpuMs();
    extractArticle({ body: html, kind: 'html' }, { maxBytes: 64 * 1024 * 1024, timeoutMs: 600_000 });
    // Three times what it took (cold, so with JIT warm-up): on a busy machine its wall-clock time is far more.
    const budget = Math.max(300, 3 * (threadCpuMs() - before));
    const burners = burnCpu(availableParallelism() * 4);
    try {
      const wallStart = performance.now();
      const article = extractArticle(
        { body: html, kind: 'html' },
        { maxBytes: 64 * 1024 * 1024, timeoutMs: budget },
      );
      assert.ok(article.paragraphs.includes(PARAGRAPH));
      // Not an assertion on speed: a note of how much longer than the budget the read took on the clock.
      t.diagnostic(
        `budget ${budget.toFixed(0)} ms CPU, took ${(performance.now() - wallStart).toFixed(0)} ms wall`,
      );
    } finally {
      await burners.stop();
    }
  });
});
