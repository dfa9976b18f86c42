// Composition root of the `sitrep` executable: real configuration, database, clock, logger and server.
import { runCli } from '../cli/program.js';
import type { CliContext } from '../cli/context.js';
import { loadConfig, type Config } from '../config/config.js';
import { createLogger, createLogSink } from './logger.js';

const VERSION = '0.1.0';

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`sitrep: ${(error as Error).message}\n`);
    return 2;
  }
  // Logs go to stderr: stdout carries only the data a command prints.
  const logSink = createLogSink(process.stderr);
  const logger = createLogger(config.logLevel, logSink);
  const ctx: CliContext = {
    io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    config,
    // The store, the HTTP client and the web server load on first use (dynamic imports), so that a command
    // pays only for what it uses and `--version` or `--help` starts in a fraction of a second.
    openDb: async (spec) => {
      const { openStore } = await import('../store/index.js');
      return openStore(spec);
    },
    now: () => new Date(),
    log: (level, message, fields) => logger[level](fields ?? {}, message),
    createFetcher: async () => {
      const { createFetcher } = await import('../ingest/http/index.js');
      return createFetcher({
        maxBytes: config.maxDocumentBytes,
        timeoutMs: config.fetchTimeoutMs,
        perHostDelayMs: config.fetchDelayMs,
        allowPrivateAddresses: config.fetchAllow.length > 0 ? [...config.fetchAllow] : false,
      });
    },
    serve: async ({ port, host, db }) => {
      const { buildApp } = await import('../http/app.js');
      const app = buildApp({
        db,
        baseUrl: config.baseUrl,
        host,
        logger: { level: config.logLevel, stream: logSink },
        version: VERSION,
      });
      const address = await app.listen({ port, host });
      return { url: address, close: () => app.close() };
    },
  };
  return runCli(process.argv.slice(2), ctx);
}

process.exitCode = await main();
