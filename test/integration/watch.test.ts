// `sitrep sources` and `sitrep watch --once` against real HTTP servers on loopback: each misbehaving host
// is handled as a user expects, and the source's status says what happened.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSitrep } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const TOWNS = ['Kidal', 'Gao', 'Mopti', 'Maiduguri', 'Bama', 'Kismayo', 'Idlib', 'Aleppo', 'Taiz', 'Marib'];

function article(i: number): string {
  const town = TOWNS[i % TOWNS.length] ?? 'Gao';
  return `<p>Gunmen killed ${(i % 5) + 2} villagers near ${town} on Tuesday in attack number ${i}, local officials said, adding that the attackers fled on motorcycles after setting fire to a granary and several houses.</p><p>Residents said the village had been attacked before, and that many families had already left for the town. Officials said an investigation had been opened into attack ${i}, the latest in a series in the area this year.</p><p>Aid groups said the attacks had cut farmers off from their fields before the harvest, and that food prices in the district market had risen sharply since the start of the year as traders stayed away.</p>`;
}

function feed(count: number, base: string): string {
  const items = Array.from(
    { length: count },
    (
      _,
      i,
    ) => `<item><title>Attack ${i} near ${TOWNS[i % TOWNS.length] ?? ''}</title><link>${base}/news/${i}</link>
<pubDate>Thu, 07 Mar 2024 0${i % 10}:00:00 GMT</pubDate><content:encoded><![CDATA[${article(i)}]]></content:encoded></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback Wire</title>${items.join('')}</channel></rss>`;
}

let server: Server;
let base = '';
const hits = new Map<string, number>();
let etagChecks = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
    } else if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(50, base));
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss><channel>');
      // ...and never finishes: the fetcher's time limit must end it.
    } else if (path === '/flaky.xml') {
      if ((hits.get(path) ?? 0) <= 3) res.writeHead(500).end('try again');
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(2, `${base}/flaky`));
    } else if (path === '/loop-a') {
      res.writeHead(302, { location: '/loop-b' }).end();
    } else if (path === '/loop-b') {
      res.writeHead(302, { location: '/loop-a' }).end();
    } else if (path === '/huge.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent += 1;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      pump();
    } else if (path === '/photo.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(2048, 1));
    } else if (path.startsWith('/private')) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(1, base));
    } else if (path === '/etag.xml') {
      etagChecks += 1;
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
          .end(feed(3, `${base}/etag`));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

interface SourceRow {
  url: string;
  lastStatus: string | null;
  lastError: string | null;
  documentsAdded: number;
  itemsSeen: number;
}

describe('watching sources', () => {
  it(
    'handles each kind of host as a user expects and says so in the source status',
    { timeout: 900_000 },
    async () => {
      const db = join(tempDir(), 'sitrep.db');
      // A time limit no answering host meets even on a busy machine; the stalled host has its own test.
      const env = {
        SITREP_FETCH_ALLOW: '127.0.0.1',
        SITREP_FETCH_TIMEOUT_MS: '60000',
        SITREP_FETCH_DELAY_MS: '0',
      };
      const paths = [
        '/feed.xml',
        '/flaky.xml',
        '/loop-a',
        '/huge.xml',
        '/photo.jpg',
        '/private/feed.xml',
        '/etag.xml',
      ];
      for (const path of paths) {
        const added = await runSitrep(['sources', 'add', base + path, '--db', db], { env });
        assert.equal(added.code, 0, added.stderr);
      }
      const run = await runSitrep(['watch', '--once', '--db', db], { env, timeoutMs: 600_000 });
      assert.equal(run.code, 0, run.stderr);

      const list = await runSitrep(['sources', 'list', '--json', '--db', db], { env });
      const rows = new Map(
        list.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as SourceRow)
          .map((r) => [new URL(r.url).pathname, r]),
      );
      const status = (path: string) => rows.get(path)?.lastStatus;

      assert.equal(status('/feed.xml'), 'ok');
      assert.equal(rows.get('/feed.xml')?.itemsSeen, 50);
      assert.equal(rows.get('/feed.xml')?.documentsAdded, 50);
      assert.equal(status('/flaky.xml'), 'ok');
      assert.equal(hits.get('/flaky.xml'), 4, 'three failures retried, then success');
      assert.equal(status('/loop-a'), 'redirect-loop');
      assert.equal(status('/huge.xml'), 'too-large');
      assert.equal(status('/photo.jpg'), 'unsupported-content-type');
      assert.equal(status('/private/feed.xml'), 'robots-disallowed');
      assert.equal(hits.get('/private/feed.xml'), undefined, 'a disallowed URL is never requested');
      assert.equal(status('/etag.xml'), 'ok');
      for (const path of ['/loop-a', '/huge.xml', '/photo.jpg', '/private/feed.xml']) {
        assert.ok(rows.get(path)?.lastError, `${path} has its error recorded`);
      }

      // A second pass: the ETag brings a 304 and nothing is stored twice.
      const again = await runSitrep(['watch', '--once', '--db', db], { env, timeoutMs: 600_000 });
      assert.equal(again.code, 0, again.stderr);
      const second = new Map(
        (await runSitrep(['sources', 'list', '--json', '--db', db], { env })).stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as SourceRow)
          .map((r) => [new URL(r.url).pathname, r]),
      );
      assert.equal(second.get('/etag.xml')?.lastStatus, 'not-modified');
      assert.equal(etagChecks, 2);
      assert.equal(second.get('/feed.xml')?.documentsAdded, 50, 'the second pass added nothing');
    },
  );

  it('records a timeout for a host that stalls', { timeout: 600_000 }, async () => {
    const db = join(tempDir(), 'sitrep.db');
    // A short limit, alone: the stalled host never answers, so however busy the machine, the outcome is a timeout.
    const env = {
      SITREP_FETCH_ALLOW: '127.0.0.1',
      SITREP_FETCH_TIMEOUT_MS: '1500',
      SITREP_FETCH_DELAY_MS: '0',
    };
    assert.equal((await runSitrep(['sources', 'add', `${base}/slow`, '--db', db], { env })).code, 0);
    const run = await runSitrep(['watch', '--once', '--db', db], { env, timeoutMs: 300_000 });
    assert.equal(run.code, 0, run.stderr);
    const list = await runSitrep(['sources', 'list', '--json', '--db', db], { env });
    const row = JSON.parse(list.stdout.trim()) as SourceRow;
    assert.equal(row.lastStatus, 'timeout');
    assert.ok(row.lastError, 'the timeout is recorded');
  });

  it('refuses a non-public address unless allowed', { timeout: 600_000 }, async () => {
    const db = join(tempDir(), 'sitrep.db');
    // Added while allowed, checked after the allowance is gone: the fetcher's own guard still refuses it.
    const added = await runSitrep(['sources', 'add', `${base}/feed.xml`, '--db', db], {
      env: { SITREP_FETCH_ALLOW: '127.0.0.1' },
    });
    assert.equal(added.code, 0, added.stderr);
    const run = await runSitrep(['watch', '--once', '--db', db], { env: { SITREP_FETCH_DELAY_MS: '0' } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /blocked-address/);
  });

  it(
    'refuses to watch what the fetcher would refuse, in any spelling of the address',
    { timeout: 600_000 },
    async () => {
      const db = join(tempDir(), 'sitrep.db');
      const refused = [
        'http://169.254.169.254/latest/meta-data/',
        'http://2852039166/', // 169.254.169.254 written as one decimal number
        'http://0x7f000001/feed.xml',
        'http://[::ffff:10.0.0.1]/feed.xml',
        'http://[fd00::1]/feed.xml',
        'http://localhost/feed.xml', // a name: refused for the addresses it resolves to
      ];
      for (const url of refused) {
        const run = await runSitrep(['sources', 'add', url, '--db', db]);
        assert.equal(run.code, 1, `${url}: ${run.stderr}`);
        assert.match(run.stderr, /^sitrep: refusing to watch \S+: .* is not a public address .*\n$/, url);
        assert.equal(run.stderr.split('\n').length, 2, `one line for ${url}: ${run.stderr}`);
      }
      const list = await runSitrep(['sources', 'list', '--json', '--db', db]);
      assert.equal(list.stdout, '', 'nothing refused was stored');
      // SITREP_FETCH_ALLOW allows for sources add what it allows for the fetcher.
      const allowed = await runSitrep(['sources', 'add', 'http://localhost/feed.xml', '--db', db], {
        env: { SITREP_FETCH_ALLOW: '127.0.0.0/8,::1' },
      });
      assert.equal(allowed.code, 0, allowed.stderr);
    },
  );

  it('ingests a feed URL named on the command line once', { timeout: 600_000 }, async () => {
    const db = join(tempDir(), 'sitrep.db');
    const env = { SITREP_FETCH_ALLOW: '127.0.0.1', SITREP_FETCH_DELAY_MS: '0' };
    const first = await runSitrep(['ingest', `${base}/feed.xml`, '--db', db], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, 'ingested 50, unchanged 0, failed 0\n');
    const second = await runSitrep(['ingest', `${base}/feed.xml`, '--db', db], { env });
    assert.equal(second.stdout, 'ingested 0, unchanged 50, failed 0\n');
    const refused = await runSitrep(['ingest', `${base}/loop-a`, '--db', db], { env });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /redirect-loop/);
  });

  it('validates what it is given', async () => {
    const db = join(tempDir(), 'sitrep.db');
    assert.equal((await runSitrep(['sources', 'add', 'ftp://example.org/feed', '--db', db])).code, 2);
    assert.equal(
      (await runSitrep(['sources', 'add', `${base}/feed.xml`, '--kind', 'podcast', '--db', db])).code,
      2,
    );
    assert.equal((await runSitrep(['sources', 'remove', '42', '--db', db])).code, 1);
  });
});
