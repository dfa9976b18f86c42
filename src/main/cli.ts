// Composition root of the `sitrep` executable: real configuration, database, clock, logger and server.
import { runCli } from '../cli/program.js';
import type { CliContext } from '../cli/context.js';
import { loadConfig, type Config } from '../config/config.js';
import { buildApp } from '../http/app.js';
import { createFetcher } from '../ingest/http/index.js';
import { openStore } from '../store/index.js';
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
    openDb: openStore,
    now: () => new Date(),
    log: (level, message, fields) => logger[level](fields ?? {}, message),
    createFetcher: () =>
      createFetcher({
        maxBytes: config.maxDocumentBytes,
        timeoutMs: config.fetchTimeoutMs,
        perHostDelayMs: config.fetchDelayMs,
        allowPrivateAddresses: config.fetchAllow.length > 0 ? [...config.fetchAllow] : false,
      }),
    serve: async ({ port, host, db }) => {
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
