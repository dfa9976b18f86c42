// Reads a document file named on the command line, refusing missing, oversized and unreadable files clearly.
import { readFile, stat } from 'node:fs/promises';
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
