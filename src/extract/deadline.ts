// A time budget for one extraction, checked at loop boundaries because the work is synchronous.
import { SitrepError } from '../core/errors.js';

/** A point in time after which extraction gives up with a `timeout` error. */
export interface Deadline {
  /** Throws `SitrepError('timeout')` once the budget is spent. */
  check(): void;
  /** Calls `check()` only every `every` calls, so hot loops stay cheap. */
  tick(): void;
}

/** Starts a deadline `timeoutMs` milliseconds from now. */
export function startDeadline(timeoutMs: number, now: () => number = () => performance.now()): Deadline {
  const endsAt = now() + timeoutMs;
  let calls = 0;
  const check = (): void => {
    if (now() > endsAt) {
      throw new SitrepError('timeout', `extraction took longer than the ${timeoutMs} ms limit`);
    }
  };
  return {
    check,
    tick() {
      calls += 1;
      // performance.now() costs ~50 ns; checking on every node would dominate small loops.
      if ((calls & 4095) === 0) check();
    },
  };
}
