// Per-host politeness: at most N requests in flight to one host, and a minimum gap between their starts.

/** Gives back the slot taken by {@link HostQueue.acquire}; calling it twice is harmless. */
export type Release = () => void;

interface HostState {
  inFlight: number;
  lastStart: number;
  waiters: Array<(release: Release) => void>;
  isTimerPending: boolean;
}

/** Hosts idle this long are forgotten, so a long crawl over many hosts does not grow without bound. */
const PRUNE_AFTER_HOSTS = 1_000;

/**
 * A FIFO queue per host. `acquire(host)` resolves once fewer than `concurrency` requests to the host are
 * in flight and at least `delayMs` have passed since the previous request to it started.
 */
export class HostQueue {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Waits for a slot on `host` (e.g. `example.org:443`); the caller must call the returned release. */
  acquire(host: string): Promise<Release> {
    if (this.hosts.size > PRUNE_AFTER_HOSTS) this.prune();
    let state = this.hosts.get(host);
    if (!state) {
      state = { inFlight: 0, lastStart: -Infinity, waiters: [], isTimerPending: false };
      this.hosts.set(host, state);
    }
    const promise = new Promise<Release>((resolve) => state.waiters.push(resolve));
    this.pump(state);
    return promise;
  }

  private pump(state: HostState): void {
    if (state.isTimerPending || state.inFlight >= this.concurrency || state.waiters.length === 0) return;
    const wait = state.lastStart + this.delayMs - this.now();
    if (wait > 0) {
      state.isTimerPending = true;
      void this.sleep(wait).then(() => {
        state.isTimerPending = false;
        this.pump(state);
      });
      return;
    }
    const next = state.waiters.shift();
    if (!next) return;
    state.inFlight++;
    state.lastStart = this.now();
    let isReleased = false;
    next(() => {
      if (isReleased) return;
      isReleased = true;
      state.inFlight--;
      this.pump(state);
    });
    this.pump(state);
  }

  private prune(): void {
    const now = this.now();
    for (const [host, state] of this.hosts) {
      if (state.inFlight === 0 && state.waiters.length === 0 && now - state.lastStart > this.delayMs)
        this.hosts.delete(host);
    }
  }
}
