// Ending a long-running command on Ctrl-C (SIGINT) or SIGTERM: close what it holds, in order, and let the
// process end; the listen errors a user can fix themselves, said in one line.
import { SitrepError } from '../core/errors.js';
import type { CliContext } from './context.js';

/** One part to close on stop, with how long it may take before it is left behind. */
export interface StopStep {
  name: string;
  close(): Promise<void>;
  /** Milliseconds to wait for `close` before going on without it; unlimited when absent. */
  graceMs?: number;
}

/** After a clean stop, the longest a leftover handle (a fetch in flight, a worker thread) may keep the process. */
const EXIT_GRACE_MS = 2_000;

/** A wait for SIGINT or SIGTERM, begun before anything is started, so no signal finds the process unprepared. */
export interface StopRequest {
  /** Resolves with the first signal; a second one ends the process at once, by that signal. */
  readonly signalled: Promise<NodeJS.Signals>;
}

/**
 * Takes over SIGINT and SIGTERM from now on. Call it before the server listens: a signal that arrives
 * before a handler is installed kills the process on the spot, without closing anything.
 */
export function listenForStop(ctx: Pick<CliContext, 'log'>): StopRequest {
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // A user pressing Ctrl-C twice wants out now: die by the signal, as the shell expects.
      const forceQuit = (again: NodeJS.Signals) => {
        process.off('SIGINT', forceQuit);
        process.off('SIGTERM', forceQuit);
        process.kill(process.pid, again);
      };
      process.on('SIGINT', forceQuit);
      process.on('SIGTERM', forceQuit);
      ctx.log('info', `${signal}: stopping (press Ctrl-C again to quit at once)`);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return { signalled };
}

/**
 * Closes every group of steps, group after group (the steps of one group close together). A step that
 * fails or outlasts its grace is logged and left behind, and a process kept alive by such leftovers exits
 * shortly after anyway.
 *
 * @example await closeInOrder(ctx, [[{ name: 'web server', close: () => app.close() }], [{ name: 'database', close: () => db.destroy() }]])
 */
export async function closeInOrder(ctx: Pick<CliContext, 'log'>, groups: StopStep[][]): Promise<void> {
  for (const group of groups) await Promise.all(group.map((step) => closeStep(ctx, step)));
  ctx.log('info', 'stopped');
  // Leftovers hold no data: what they would have written is rolled back and redone on the next start.
  setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

async function closeStep(ctx: Pick<CliContext, 'log'>, step: StopStep): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    step.close().then(
      () => 'closed' as const,
      (error: unknown) => error,
    ),
    new Promise<'late'>((resolve) => {
      if (step.graceMs !== undefined) timer = setTimeout(() => resolve('late'), step.graceMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome === 'late') ctx.log('warn', `${step.name} did not stop within ${step.graceMs} ms; left behind`);
  else if (outcome !== 'closed')
    ctx.log('warn', `${step.name} did not stop cleanly: ${(outcome as Error).message ?? String(outcome)}`);
}

/**
 * What a failed `listen` means to the user, as a one-line error they can act on; other errors unchanged.
 * A port already taken is the usual one: another sitrep, or another program, is there.
 */
export function describeListenError(error: unknown, port: number, host: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE')
    return new SitrepError('unavailable', `port ${port} is in use; choose another with --port`);
  if (code === 'EACCES')
    return new SitrepError(
      'unavailable',
      `port ${port} needs privileges this user lacks; choose one above 1023 with --port`,
    );
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new SitrepError('unavailable', `cannot listen on host "${host}": no such address on this machine`);
  return error;
}
