// The ingest benchmark's corpus: the extraction-benchmark and demo pages copied into batches of distinct
// articles, each copy with its own identity (canonical, og:url, JSON-LD url/@id) and its own bytes.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The source pages, in a fixed order: benchmark pages first, then the demo pages. */
export function loadPages(benchHtmlDir: string, demoPagesDir: string): string[] {
  const bench = readdirSync(benchHtmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(join(benchHtmlDir, f))).toString('utf8'));
  const demo = readdirSync(demoPagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readFileSync(join(demoPagesDir, f), 'utf8'));
  return [...bench, ...demo];
}

/** Hosts of the URLs a page gives as its identity: rel=canonical, og:url, and JSON-LD `url` / `@id`. */
export function identityHosts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/\brel\s*=\s*["']?[^"'>]*canonical/i.test(tag)) urls.push(attribute(tag, 'href') ?? '');
  }
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/["'\s]og:url["'\s>]/i.test(tag)) urls.push(attribute(tag, 'content') ?? '');
  }
  for (const [, body] of html.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, value] of (body ?? '').matchAll(/"(?:url|@id)"\s*:\s*"([^"]+)"/g))
      urls.push((value ?? '').replace(/\\\//g, '/'));
  }
  const hosts = new Set<string>();
  for (const url of urls) {
    const host = /^(?:https?:)?\/\/([^/?#:"'\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
    // schema.org names the vocabulary, not the page.
    if (host && !/(^|\.)schema\.org$/.test(host)) hosts.add(host);
  }
  return [...hosts];
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Copy `tag` of a page: every URL on one of its identity hosts moves to the host `<tag>.<host>` (the same
 * registrable domain), so the copy states an identity of its own, and a comment makes its bytes its own.
 */
export function renameCopy(html: string, hosts: readonly string[], tag: string): string {
  let out = html;
  for (const host of hosts) {
    const pattern = new RegExp(`(//|\\\\/\\\\/)${escapeRegex(host)}(?=[/"'?#:\\\\\\s<>]|$)`, 'gi');
    out = out.replace(pattern, (_match, slashes: string) => `${slashes}${tag}.${host}`);
  }
  return `${out}\n<!-- sitrep ingest bench copy ${tag} -->\n`;
}

/**
 * Writes `count` distinct pages into `dir` as `<batch>-<n>.html`: page n mod pages.length, copy n div
 * pages.length of batch `batch`. Returns the total bytes written.
 */
export function writeBatch(dir: string, pages: readonly string[], batch: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  const hosts = pages.map(identityHosts);
  let bytes = 0;
  for (let n = 0; n < count; n += 1) {
    const index = n % pages.length;
    const tag = `${batch}-c${Math.floor(n / pages.length)}`;
    const html = renameCopy(pages[index] ?? '', hosts[index] ?? [], tag);
    writeFileSync(join(dir, `${batch}-${String(n).padStart(5, '0')}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  return bytes;
}
