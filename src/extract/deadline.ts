// A CPU-time budget for one extraction, checked at loop boundaries because the work is synchronous. CPU time,
// not wall-clock time, so a busy machine gives the same result as an idle one, only later.
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { SitrepError } from '../core/errors.js';

/** A budget after which extraction gives up with a `timeout` error. */
export interface Deadline {
  /** Throws `SitrepError('timeout')` once the budget is spent. */
  check(): void;
  /** Calls `check()` only every `every` calls, so hot loops stay cheap. */
  tick(): void;
}

/** Milliseconds of CPU time used so far by the calling thread (its own work, not other threads'). */
export type CpuClock = () => number;

/** Linux's USER_HZ: /proc reports CPU times in these ticks, fixed at 100 for user space on every architecture. */
const TICKS_PER_SECOND = 100;

/** utime + stime of the calling thread, from /proc/thread-self/stat (fields 14 and 15), in milliseconds. */
function procThreadCpuMs(): number {
  const stat = readFileSync('/proc/thread-self/stat', 'latin1');
  // The command name (field 2) may hold spaces and parentheses; fields are counted after its last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * The best CPU clock of this platform for the calling thread: `process.threadCpuUsage` (Node 23.9+), else the
 * thread's line in /proc (Linux), else the process's CPU time on the main thread (on a worker it would count
 * the other workers' CPU too, so there the last resort is wall-clock time).
 */
function pickThreadCpuClock(): CpuClock {
  const threadCpuUsage = (process as { threadCpuUsage?: () => { user: number; system: number } })
    .threadCpuUsage;
  if (typeof threadCpuUsage === 'function') {
    return () => {
      const usage = threadCpuUsage.call(process);
      return (usage.user + usage.system) / 1000;
    };
  }
  try {
    if (Number.isFinite(procThreadCpuMs())) return procThreadCpuMs;
  } catch {
    // Not Linux, or /proc not mounted: fall through.
  }
  return isMainThread ? processCpuMs : () => performance.now();
}

let threadCpuClock: CpuClock | undefined;

/** The calling thread's CPU clock in milliseconds; chosen once per thread (module state is per thread). */
export function threadCpuMs(): number {
  threadCpuClock ??= pickThreadCpuClock();
  return threadCpuClock();
}

/**
 * Starts a budget of `timeoutMs` milliseconds of the calling thread's CPU time. `now` is the clock, injectable
 * for tests.
 */
export function startDeadline(timeoutMs: number, now: CpuClock = threadCpuMs): Deadline {
  const endsAt = now() + timeoutMs;
  let calls = 0;
  const check = (): void => {
    if (now() > endsAt) {
      throw new SitrepError('timeout', `extraction took longer than the ${timeoutMs} ms CPU time limit`);
    }
  };
  return {
    check,
    tick() {
      calls += 1;
      // Reading the thread's CPU time costs a few microseconds; checking on every node would dominate.
      if ((calls & 4095) === 0) check();
    },
  };
}
