// Reads a document named on the command line (a file, or `-` for stdin), refusing missing, oversized and
// unreadable input clearly.
import { readFile, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { SitrepError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';

/** A page (.html, .htm) or plain text (.txt) file, optionally gzipped, as a RawDocument. */
export async function readInputFile(
  path: string,
  maxBytes: number,
  url: string | null,
): Promise<RawDocument> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new SitrepError('bad_input', `no such file: ${path}`);
  }
  if (!info.isFile()) throw new SitrepError('bad_input', `not a file: ${path}`);
  if (info.size > maxBytes) {
    throw new SitrepError('too_large', `file too large: ${path} is ${info.size} bytes, limit ${maxBytes}`);
  }
  let body: Uint8Array = await readFile(path);
  const lower = path.toLowerCase();
  if (lower.endsWith('.gz')) {
    try {
      body = gunzipSync(body, { maxOutputLength: maxBytes });
    } catch (error) {
      throw new SitrepError('bad_input', `cannot decompress ${path}: ${(error as Error).message}`);
    }
  }
  const kind = /\.txt(\.gz)?$/.test(lower) ? 'text' : 'html';
  return { kind, body, url, source: 'file', charset: null, published: null, title: null, publisher: null };
}

/**
 * Whether piped text is a page rather than plain text: its first non-blank character opens a tag, a doctype
 * or a comment. A report in plain text does not start with "<", so this never takes prose for markup.
 */
export function looksLikeHtml(body: Uint8Array): boolean {
  const head = Buffer.from(body.subarray(0, 1024))
    .toString('latin1')
    .replace(/^(?:\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '');
  return /^\s*<(?:!doctype\b|!--|\?xml\b|[a-z][a-z0-9-]*[\s/>])/i.test(head);
}

/**
 * One report read from a stream (stdin) to its end, as plain text, or as HTML when it looks like a page.
 * Refuses more than `maxBytes` without reading further.
 */
export async function readInputStream(stream: Readable, maxBytes: number): Promise<RawDocument> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) {
      throw new SitrepError('too_large', `stdin is over the ${maxBytes} byte limit`);
    }
    chunks.push(bytes);
  }
  const body = new Uint8Array(Buffer.concat(chunks));
  return {
    kind: looksLikeHtml(body) ? 'html' : 'text',
    body,
    url: null,
    source: 'stdin',
    charset: null,
    published: null,
    title: null,
    publisher: null,
  };
}
