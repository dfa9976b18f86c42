// The background watcher shared by `sitrep serve` and `sitrep watch`: queued work first, then due sources.
import { describeError } from '../core/errors.js';
import { checkDueSources, processQueue } from '../pipeline/index.js';
import type { Db } from '../store/index.js';
import { readLimits, type CliContext } from './context.js';

/** Every 30 s (and once at start): finish queued work, then check the sources that are due. */
export async function startWatcher(ctx: CliContext, db: Db): Promise<{ stop(): Promise<void> }> {
  const fetcher = await ctx.createFetcher();
  const deps = {
    db,
    fetcher,
    now: () => ctx.now(),
    limits: readLimits(ctx),
  };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await processQueue(deps);
      for (const r of await checkDueSources(deps)) {
        ctx.log(
          r.error ? 'warn' : 'info',
          `checked ${r.url}: ${r.status}, added ${r.documentsAdded} of ${r.itemsSeen}`,
        );
      }
    } catch (error) {
      // After stop, a step left running fails on the closed database: expected, and not worth an alarm.
      if (!stopped) ctx.log('error', `watching failed: ${describeError(error)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    running = tick().then(() => {
      if (!stopped) timer = setTimeout(schedule, 30_000);
    });
  };
  let timer: NodeJS.Timeout | undefined = setTimeout(schedule, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await fetcher.close();
    },
  };
}
