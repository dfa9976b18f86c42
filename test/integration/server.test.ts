// `sitrep serve --demo` as a user starts it: a real process on a real socket, filled with the demo corpus.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { builtBin, REPO } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

let server: ChildProcess;
let base = '';
let logs = '';
let stdout = '';

before(async () => {
  const db = join(tempDir(), 'demo.db');
  server = spawn(process.execPath, [builtBin(), 'serve', '--demo', '--port', '0', '--db', db], {
    cwd: REPO,
    env: { ...process.env, SITREP_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${logs}`)), 90_000);
    server.stderr?.setEncoding('utf8').on('data', (d: string) => {
      logs += d;
      const match = /serving on (http:\/\/[^\s"]+)/.exec(logs);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${logs}`)));
  });
});

after(() => {
  server.kill('SIGTERM');
});

async function get(path: string): Promise<{ status: number; body: string; type: string }> {
  const response = await fetch(base + path);
  return {
    status: response.status,
    body: await response.text(),
    type: response.headers.get('content-type') ?? '',
  };
}

describe('the demo server', () => {
  it('answers the health check', async () => {
    const health = await get('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(JSON.parse(health.body), { status: 'ok' });
  });

  it('lists the demo incidents, and every incident and article page renders', async () => {
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.match(home.type, /text\/html/);
    const incidentLinks = [
      ...new Set([...home.body.matchAll(/href="\/incidents\/(\d+)"/g)].map((m) => m[1])),
    ];
    assert.ok(incidentLinks.length >= 8, `expected the demo incidents on /, found ${incidentLinks.length}`);

    const articleIds = new Set<string>();
    for (const id of incidentLinks) {
      const page = await get(`/incidents/${id}`);
      assert.equal(page.status, 200, `/incidents/${id}`);
      assert.match(page.body, /Event type/);
      for (const m of page.body.matchAll(/href="\/articles\/(\d+)"/g)) if (m[1]) articleIds.add(m[1]);
    }
    assert.ok(articleIds.size >= 8);
    let withPhoto = 0;
    for (const id of articleIds) {
      const page = await get(`/articles/${id}`);
      assert.equal(page.status, 200, `/articles/${id}`);
      assert.match(page.body, /Send in e-mail/);
      if (/<figure><img src="https:/.test(page.body)) withPhoto += 1;
    }
    // Every demo page has a lead photo; only the feed items have none.
    assert.ok(withPhoto >= 8, `pages with a photo: ${withPhoto}`);
    assert.doesNotMatch(logs, /"level":(50|60)/, 'no errors in the log');
    assert.equal(stdout, '', 'logs go to stderr; stdout is for data');
  });

  it('gathers one incident from several outlets', async () => {
    const api = await get('/api/v1/incidents?limit=100');
    const { items } = JSON.parse(api.body) as { items: { reports: unknown[] }[] };
    assert.ok(
      items.some((i) => i.reports.length >= 2),
      'an incident with reports from two outlets',
    );
  });

  it('answers 404 and 400 plainly, for pages and the API', async () => {
    assert.equal((await get('/incidents/999999')).status, 404);
    assert.equal((await get('/incidents/abc')).status, 400);
    const api404 = await get('/api/v1/incidents/999999');
    assert.equal(api404.status, 404);
    assert.match(api404.body, /no incident 999999/);
    assert.equal((await get('/api/v1/incidents?limit=100000')).status, 400);
    const openapi = JSON.parse((await get('/api/v1/openapi.json')).body) as { openapi: string };
    assert.equal(openapi.openapi, '3.1.0');
  });
});
