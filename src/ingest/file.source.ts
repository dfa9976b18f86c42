// Local files and folders: pages (.html, .htm), plain text (.txt), JSON Lines and feeds, gzipped or not.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readFeed, looksLikeFeed } from './feed.source.js';
import { readJsonl } from './jsonl.source.js';
import { readLines } from './lines.reader.js';
import type { IngestItem, SourceOptions } from './origin.js';
import { unpack } from './unpack.js';
import { readWarcItems } from './warc.source.js';

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf']);
const KNOWN_EXTENSIONS = new Set([
  ...PAGE_EXTENSIONS,
  ...FEED_EXTENSIONS,
  '.txt',
  '.jsonl',
  '.ndjson',
  '.warc',
]);

/** Every readable file under the given paths, folders walked in name order, hidden entries skipped. */
export async function* expandPaths(
  paths: string[],
): AsyncGenerator<{ path: string } | { path: string; error: string }> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { path, error: `no such file or folder: ${path}` };
      continue;
    }
    if (info.isDirectory()) {
      yield* walk(path);
    } else {
      yield { path };
    }
  }
}

async function* walk(dir: string): AsyncGenerator<{ path: string }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(baseExtension(path))) yield { path };
  }
}

/** The extension that says what a file holds, looking through a .gz suffix ("a.html.gz" gives ".html"). */
export function baseExtension(path: string): string {
  const lower = path.toLowerCase();
  const inner = lower.endsWith('.gz') ? lower.slice(0, -3) : lower;
  return extname(inner);
}

/** Reads one file into ingest items: one for a page or text, one per line of JSONL, one per feed item. */
export async function* readFileItems(path: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  const ext = baseExtension(path);
  const origin = path;
  if (ext === '.warc') {
    yield* readWarcItems(path, options);
    return;
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonlFile(path, options);
    return;
  }

  if (!KNOWN_EXTENSIONS.has(ext)) {
    yield {
      kind: 'error',
      origin,
      error: `unsupported file type "${ext || path}": use .html, .htm, .txt, .jsonl, .xml/.rss/.atom or .warc (optionally .gz)`,
    };
    return;
  }
  let bytes: Uint8Array;
  const isGzip = path.toLowerCase().endsWith('.gz');
  try {
    const info = await stat(path);
    // gzip adds only a few bytes per 64 KB even to data it cannot shrink, so a file packed past the cap
    // unpacks past it too.
    if (info.size > options.maxBytes) {
      yield {
        kind: 'error',
        origin,
        error: `file too large: ${path} is ${info.size} bytes${isGzip ? ' packed' : ''}, limit ${options.maxBytes}`,
      };
      return;
    }
    bytes = await readFile(path);
  } catch (error) {
    yield { kind: 'error', origin, error: `cannot read ${path}: ${(error as Error).message}` };
    return;
  }
  if (isGzip) {
    const unpacked = unpack(bytes, ['gzip'], options.maxBytes);
    if (unpacked.kind !== 'ok') {
      const why =
        unpacked.kind === 'too-large'
          ? `file too large: ${path} unpacks to more than ${options.maxBytes} bytes, limit ${options.maxBytes}`
          : `cannot read ${path}: ${unpacked.error}`;
      yield { kind: 'error', origin, error: why };
      return;
    }
    bytes = unpacked.bytes;
  }

  if (
    FEED_EXTENSIONS.has(ext) ||
    (ext !== '.txt' && looksLikeFeed(new TextDecoder().decode(bytes.slice(0, 2048))))
  ) {
    yield* readFeed(new TextDecoder().decode(bytes), origin, 'feed');
    return;
  }
  yield {
    kind: 'document',
    origin,
    document: {
      kind: ext === '.txt' ? 'text' : 'html',
      body: bytes,
      // A file path is no identity across machines, and no base for a page's relative links.
      url: null,
      source: 'file',
      charset: null,
      published: options.published ?? null,
      title: null,
      publisher: null,
    },
  };
}

/**
 * One item per line of a JSONL file (gzipped or not), read as a stream: each line is capped at the
 * document size limit, and a line over it fails alone with its number while the others are read.
 */
async function* readJsonlFile(path: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  let lastLine = 0;
  try {
    for await (const line of readLines(path, path.toLowerCase().endsWith('.gz'), options.maxBytes)) {
      lastLine = line.number;
      if ('tooLongBytes' in line) {
        const origin = `${path}:${line.number}`;
        yield {
          kind: 'error',
          origin,
          error: `line too large: ${line.tooLongBytes} bytes, limit ${options.maxBytes}`,
        };
        continue;
      }
      yield* readJsonl([line.text], path, 'jsonl', line.number);
    }
  } catch (error) {
    yield {
      kind: 'error',
      origin: path,
      error: `cannot read ${path} after line ${lastLine}: ${(error as Error).message}`,
    };
  }
}
