// The sitrep command line: builds the commander program and maps every failure to CONTRACT.md's exit codes.
import { Command, CommanderError } from 'commander';
import { describeError, isSitrepError } from '../core/errors.js';
import { registerAnalyze } from './analyze.command.js';
import type { CliContext } from './context.js';
import { registerDb } from './db.command.js';
import { registerExport } from './export.command.js';
import { registerExtract } from './extract.command.js';
import { registerIngest } from './ingest.command.js';
import { UsageError } from './io.js';
import { registerReprocess } from './reprocess.command.js';
import { registerServe } from './serve.command.js';
import { registerSources } from './sources.command.js';
import { registerWatch } from './watch.command.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('sitrep')
    .description('sitrep: news reports of violence and abuse in, sourced and structured incident records out')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)');
  registerExtract(program, ctx);
  registerAnalyze(program, ctx);
  registerIngest(program, ctx);
  registerServe(program, ctx);
  registerExport(program, ctx);
  registerReprocess(program, ctx);
  registerSources(program, ctx);
  registerWatch(program, ctx);
  registerDb(program, ctx);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit code; never throws. Errors are one line on stderr, without a stack. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and version are successes.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      ctx.io.stderr.write(`sitrep: ${error.message}\n`);
      return EXIT.usage;
    }
    const prefix = isSitrepError(error) ? '' : 'internal error: ';
    ctx.io.stderr.write(`sitrep: ${prefix}${describeError(error)}\n`);
    return EXIT.failed;
  }
}
