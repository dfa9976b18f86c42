// Local files and folders: pages (.html, .htm), plain text (.txt), JSON Lines and feeds, gzipped or not.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import { readFeed, looksLikeFeed } from './feed.source.js';
import { readJsonl } from './jsonl.source.js';
import type { IngestItem, SourceOptions } from './origin.js';
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
    if (path.toLowerCase().endsWith('.gz')) {
      const text = new TextDecoder().decode(gunzipSync(await readFile(path)));
      yield* readJsonl(text.split('\n'), origin, 'jsonl');
    } else {
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      // Lines are read as a stream so a large export never sits in memory whole.
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber += 1;
        yield* readJsonl([line], origin, 'jsonl', lineNumber);
      }
    }
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
  try {
    const info = await stat(path);
    if (info.size > options.maxBytes && !path.toLowerCase().endsWith('.gz')) {
      yield {
        kind: 'error',
        origin,
        error: `file too large: ${path} is ${info.size} bytes, limit ${options.maxBytes}`,
      };
      return;
    }
    bytes = await readFile(path);
    if (path.toLowerCase().endsWith('.gz')) bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes });
  } catch (error) {
    yield { kind: 'error', origin, error: `cannot read ${path}: ${(error as Error).message}` };
    return;
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
