// Writes demo/warc/demo.warc.gz: three demo pages archived as a crawler would (warcinfo, then a request and a
// response per page), so the README's WARC example runs in a fresh clone. Deterministic: rerunning it
// rewrites the same bytes. Run with `node --import tsx scripts/build-demo-warc.ts`.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'demo', 'warc', 'demo.warc.gz');
/** The pages archived, with the URL each was "crawled" from (the one its canonical link names). */
const PAGES = [
  'northgate-times-borno-farmers-abduction.html',
  'meridianwire-baidoa-teashop-suicide-bombing.html',
  'frontline-dispatch-tera-village-attack.html',
];
const DATE = '2025-06-01T12:00:00Z';

/** A stable record id from its content, so the archive does not change from run to run. */
const recordId = (...parts: string[]): string => {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}>`;
};

const serialize = (record: WARCRecord): Promise<Uint8Array> =>
  WARCSerializer.serialize(record, { gzip: true });

const parts: Uint8Array[] = [];
const info = WARCRecord.createWARCInfo(
  {
    filename: 'demo.warc.gz',
    warcVersion: 'WARC/1.1',
    date: DATE,
    warcHeaders: { 'WARC-Record-ID': recordId('warcinfo') },
  },
  {
    software: 'sitrep scripts/build-demo-warc.ts',
    description: 'Three sitrep demo pages (invented outlets).',
  },
);
parts.push(await serialize(info));
for (const name of PAGES) {
  const html = readFileSync(join(root, 'demo', 'pages', name));
  const url = /<link rel="canonical" href="([^"]+)"/.exec(html.toString('utf8'))?.[1];
  if (url === undefined) throw new Error(`${name} names no canonical URL`);
  const host = new URL(url).host;
  parts.push(
    await serialize(
      WARCRecord.create(
        {
          url,
          date: DATE,
          type: 'request',
          statusline: `GET ${new URL(url).pathname} HTTP/1.1`,
          httpHeaders: { host, 'user-agent': 'sitrep-demo' },
          warcVersion: 'WARC/1.1',
          warcHeaders: { 'WARC-Record-ID': recordId('request', url) },
        },
        [],
      ),
    ),
    await serialize(
      WARCRecord.create(
        {
          url,
          date: DATE,
          type: 'response',
          statusline: 'HTTP/1.1 200 OK',
          httpHeaders: { 'content-type': 'text/html; charset=utf-8', 'content-length': String(html.length) },
          warcVersion: 'WARC/1.1',
          warcHeaders: { 'WARC-Record-ID': recordId('response', url) },
        },
        [new Uint8Array(html)],
      ),
    ),
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat(parts));
console.log(`wrote ${out}: ${PAGES.length} pages`);
