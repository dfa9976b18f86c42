// The lines of a local file, gzipped or not, read as a stream with a cap on each line, so an export of any
// size (or a gzip bomb) is never held whole and one overlong line fails alone.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** One line (without its line break) or, past the cap, only its number and length; numbers start at 1. */
export type Line = { number: number; text: string } | { number: number; tooLongBytes: number };

const NEWLINE = 0x0a;
const CR = 0x0d;
const CHUNK = 256 * 1024;

/**
 * Reads `path` line by line, unpacking it as it goes when `isGzip`. A line longer than `maxLineBytes`
 * (in bytes, before decoding) is read past without being kept. Memory stays near `maxLineBytes` plus one
 * chunk, whatever the size of the file. Throws, after the lines before it, on unreadable or corrupt data.
 */
export async function* readLines(path: string, isGzip: boolean, maxLineBytes: number): AsyncGenerator<Line> {
  const file = createReadStream(path, { highWaterMark: CHUNK });
  const source: Readable = isGzip ? file.pipe(createGunzip({ chunkSize: CHUNK })) : file;
  if (isGzip) file.on('error', (error) => source.destroy(error));
  const decoder = new TextDecoder();
  let number = 1;
  let parts: Buffer[] = [];
  let length = 0;
  let isOver = false;
  const finish = (): Line => {
    if (isOver) return { number, tooLongBytes: length };
    const bytes = Buffer.concat(parts, length);
    const end = bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    if (end > maxLineBytes) return { number, tooLongBytes: end };
    return { number, text: decoder.decode(bytes.subarray(0, end)) };
  };
  const reset = () => {
    number += 1;
    parts = [];
    length = 0;
    isOver = false;
  };
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length) {
        const lineEnd = chunk.indexOf(NEWLINE, at);
        const end = lineEnd < 0 ? chunk.length : lineEnd;
        // One byte over the cap is kept: it may be the CR of a CRLF line ending, no part of the line.
        if (!isOver && length + (end - at) > maxLineBytes + 1) {
          isOver = true;
          parts = [];
        }
        if (!isOver) parts.push(chunk.subarray(at, end));
        length += end - at;
        if (lineEnd < 0) break;
        yield finish();
        reset();
        at = lineEnd + 1;
      }
    }
    if (length > 0) yield finish();
  } finally {
    file.destroy();
    source.destroy();
  }
}
