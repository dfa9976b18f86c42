// `sitrep serve` as a process a user starts and stops: a busy port, links that follow the port served,
// Ctrl-C and SIGTERM (also through `npm start`), and logs a person can read on a terminal.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BIN, REPO, runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

/** Idle, a server stops in well under a second; these limits are generous multiples of that. */
const STOP_LIMIT_MS = 30_000;
const START_LIMIT_MS = 120_000;

const PAGE = `<html><head><title>Gunmen kill five villagers near Kidal</title></head><body><article>
<h1>Gunmen kill five villagers near Kidal</h1>
<p>Gunmen killed five villagers near Kidal, Mali, on 3 March 2024, local officials said, in the latest attack on farming communities in the north of the country this year.</p>
<p>Residents said the attackers arrived on motorcycles at dawn, set fire to a granary and several houses, and fled towards the border before the army arrived.</p>
</article></body></html>`;

interface Running {
  child: ChildProcess;
  url: string;
  logs: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `command args`, waits for the "serving on URL" log line, and returns the live process. */
function startServer(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  detached = false,
): Promise<Running> {
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, SITREP_LOG_LEVEL: 'info', SITREP_BASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let logs = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (logs += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (logs += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "serving on" line in ${START_LIMIT_MS} ms:\n${logs}`));
    }, START_LIMIT_MS);
    const check = () => {
      const match = /serving on (http:\/\/[^\s"]+)/.exec(logs);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], logs: () => logs, exited });
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving:\n${logs}`));
    });
  });
}

/** Resolves with how the process ended, or with 'still running' after `ms` (and then kills it). */
async function stopsWithin(
  running: Running,
  ms: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null } | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    running.exited,
    new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), ms))),
  ]);
  clearTimeout(timer);
  if (outcome === 'still running') running.child.kill('SIGKILL');
  return outcome;
}

function listen(server: Server | ReturnType<typeof createHttpServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

describe('sitrep serve, started and stopped', () => {
  it('says in one line that a busy port is busy, and exits 1', { timeout: START_LIMIT_MS }, async () => {
    const holder = createServer();
    const port = await listen(holder);
    try {
      const db = join(tempDir(), 'sitrep.db');
      const run = await runSitrep([
        'serve',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--db',
        db,
        '--no-watch',
      ]);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, `sitrep: port ${port} is in use; choose another with --port\n`);
    } finally {
      holder.close();
    }
  });

  it(
    'links to the port it serves on when SITREP_BASE_URL is not set',
    { timeout: START_LIMIT_MS },
    async () => {
      const dir = tempDir();
      const db = join(dir, 'sitrep.db');
      writeFileSync(join(dir, 'kidal.html'), PAGE);
      const ingested = await runSitrep(['ingest', join(dir, 'kidal.html'), '--db', db]);
      assert.equal(ingested.code, 0, ingested.stderr);
      const server = await startServer(process.execPath, [
        BIN,
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--db',
        db,
        '--no-watch',
      ]);
      try {
        const port = new URL(server.url).port;
        assert.notEqual(port, '8080');
        const page = await (await fetch(`${server.url}/articles/1`)).text();
        const href = /<a class="send-email" href="([^"]+)"/.exec(page)?.[1] ?? '';
        assert.match(
          decodeURIComponent(href.replace(/&amp;/g, '&')),
          new RegExp(`http://127\\.0\\.0\\.1:${port}/articles/1`),
        );
      } finally {
        server.child.kill('SIGINT');
        await server.exited;
      }
    },
  );

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops cleanly on ${signal}: exit code 0`, { timeout: START_LIMIT_MS + STOP_LIMIT_MS }, async () => {
      const db = join(tempDir(), 'sitrep.db');
      const server = await startServer(process.execPath, [
        BIN,
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--db',
        db,
      ]);
      server.child.kill(signal);
      const outcome = await stopsWithin(server, STOP_LIMIT_MS);
      assert.deepEqual(outcome, { code: 0, signal: null }, server.logs());
      assert.match(server.logs(), /stopped/);
    });
  }

  it(
    'stops on Ctrl-C while a watched source hangs mid-fetch',
    { timeout: START_LIMIT_MS + STOP_LIMIT_MS },
    async () => {
      let requests = 0;
      const hanging = createHttpServer(() => {
        requests += 1; // and never answer
      });
      const port = await listen(hanging);
      try {
        const db = join(tempDir(), 'sitrep.db');
        const env = {
          SITREP_FETCH_ALLOW: '127.0.0.1',
          SITREP_FETCH_TIMEOUT_MS: '600000',
          SITREP_FETCH_DELAY_MS: '0',
        };
        const added = await runSitrep(['sources', 'add', `http://127.0.0.1:${port}/feed.xml`, '--db', db], {
          env,
        });
        assert.equal(added.code, 0, added.stderr);
        const server = await startServer(
          process.execPath,
          [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db],
          env,
        );
        for (let waited = 0; requests === 0 && waited < START_LIMIT_MS; waited += 100)
          await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(requests > 0, 'the poller is fetching from the hanging host');
        server.child.kill('SIGINT');
        const outcome = await stopsWithin(server, STOP_LIMIT_MS);
        assert.deepEqual(outcome, { code: 0, signal: null }, server.logs());
      } finally {
        hanging.closeAllConnections();
        hanging.close();
      }
    },
  );

  const hasNpm = spawnSync('npm', ['--version'], { stdio: 'ignore' }).status === 0;
  it(
    'stops when `npm start` is told to stop, leaving no server behind',
    { skip: hasNpm ? false : 'npm is not on PATH', timeout: START_LIMIT_MS + 2 * STOP_LIMIT_MS },
    async () => {
      const db = join(tempDir(), 'sitrep.db');
      // Own process group, so that whatever npm leaves behind can be cleaned up after the test.
      const npm = await startServer(
        'npm',
        ['start', '--silent', '--', '--port', '0', '--host', '127.0.0.1', '--db', db, '--no-watch'],
        { npm_config_update_notifier: 'false' },
        true,
      );
      try {
        // A process manager (or an IDE's stop button) signals npm only, not its whole process group.
        npm.child.kill('SIGTERM');
        assert.notEqual(await stopsWithin(npm, STOP_LIMIT_MS), 'still running', 'npm exits');
        let isServing = true;
        for (let waited = 0; isServing && waited < STOP_LIMIT_MS; waited += 200) {
          isServing = await fetch(`${npm.url}/healthz`).then(
            () => true,
            () => false,
          );
          if (isServing) await new Promise((resolve) => setTimeout(resolve, 200));
        }
        assert.equal(isServing, false, `the server still answers after npm stopped:\n${npm.logs()}`);
      } finally {
        try {
          if (npm.child.pid !== undefined) process.kill(-npm.child.pid, 'SIGKILL');
        } catch {
          // the group is gone: nothing was left behind
        }
      }
    },
  );
});

describe('logs', () => {
  const hasScript =
    process.platform === 'linux' && spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

  it(
    'are one readable line each on a terminal, and JSON lines otherwise',
    {
      skip: hasScript ? false : 'needs util-linux `script` to give the process a terminal',
      timeout: START_LIMIT_MS,
    },
    async () => {
      const dir = tempDir();
      const empty = join(dir, 'empty.txt');
      writeFileSync(empty, '');
      const db = join(dir, 'sitrep.db');
      const piped = await runSitrep(['ingest', empty, '--db', db], { env: { SITREP_LOG_LEVEL: 'info' } });
      assert.match(piped.stderr, /^\{"level":40,"time":\d+,"msg":"failed: .*empty document"\}$/m);

      // A database of its own: in the first one, the empty file is already known.
      const ttyDb = join(dir, 'tty.db');
      const command = [process.execPath, BIN, 'ingest', empty, '--db', ttyDb].map((a) => `'${a}'`).join(' ');
      const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
        cwd: REPO,
        env: { ...process.env, SITREP_LOG_LEVEL: 'info', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: START_LIMIT_MS,
      });
      const screen = tty.stdout.replace(/\r/g, '');
      assert.match(screen, /^\d\d:\d\d:\d\d WARN {2}failed: \S+empty\.txt: empty document$/m, screen);
      assert.doesNotMatch(screen, /"level":/);
    },
  );
});
