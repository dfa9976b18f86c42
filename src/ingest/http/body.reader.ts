// Reads a response body through its Content-Encoding decoders, capping both the bytes on the wire and
// the decoded bytes, so neither a huge response nor a gzip bomb can fill memory.
import { Duplex, Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** The body passed the cap (on the wire or decoded). */
export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`body exceeds ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

/** The server named a Content-Encoding we do not decode. */
export class UnsupportedEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`unsupported Content-Encoding "${encoding}"`);
    this.name = 'UnsupportedEncodingError';
  }
}

/** The encoded bytes were corrupt (truncated gzip, bad brotli stream). */
export class DecodeError extends Error {
  constructor(encoding: string, cause: unknown) {
    super(`cannot decode ${encoding} body: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DecodeError';
  }
}

/** The encodings of a Content-Encoding header in the order they were applied; identity dropped. */
export function parseEncodings(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '' && token !== 'identity');
}

function decoderFor(encoding: string): Duplex {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    case 'deflate':
      return new DeflateDecoder();
    default:
      throw new UnsupportedEncodingError(encoding);
  }
}

// "deflate" should be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; the first
// byte tells them apart (a zlib header's low nibble is 8, compression method "deflate"). A Duplex rather
// than a Transform so the inner inflater's output keeps backpressure: a deflate bomb must not inflate
// faster than the capped sink reads.
class DeflateDecoder extends Duplex {
  private inner: Transform | undefined;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (!this.inner) {
      const inner = (chunk[0] ?? 0) % 16 === 8 ? createInflate() : createInflateRaw();
      inner.on('data', (data: Buffer) => {
        if (!this.push(data)) inner.pause();
      });
      inner.on('end', () => this.push(null));
      inner.on('error', (error) => this.destroy(error));
      this.inner = inner;
    }
    if (this.inner.write(chunk)) callback();
    else this.inner.once('drain', () => callback());
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.inner) this.inner.end();
    else this.push(null);
    callback();
  }

  override _read(): void {
    this.inner?.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

/** A pass-through that fails with {@link TooLargeError} once more than `maxBytes` flowed through it. */
function byteCap(maxBytes: number): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.byteLength;
      if (total > maxBytes) callback(new TooLargeError(maxBytes));
      else callback(null, chunk);
    },
  });
}

/**
 * Reads `body` fully, decoding `encodings` (as from {@link parseEncodings}). With `overflow: 'fail'`
 * more than `maxBytes` (before or after decoding) throws {@link TooLargeError} and destroys the source,
 * which closes the connection; with `'truncate'` the first `maxBytes` decoded bytes are kept.
 */
export async function readBody(
  body: Readable,
  encodings: string[],
  maxBytes: number,
  overflow: 'fail' | 'truncate' = 'fail',
): Promise<Uint8Array> {
  const decoders = [...encodings].reverse().map(decoderFor);
  const chunks: Buffer[] = [];
  let total = 0;
  let isFull = false;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const room = maxBytes - total;
      if (chunk.byteLength > room) {
        if (overflow === 'fail') return callback(new TooLargeError(maxBytes));
        chunks.push(chunk.subarray(0, room));
        total = maxBytes;
        isFull = true;
        // Stop the pipeline: we have all we will keep.
        return callback(new TooLargeError(maxBytes));
      }
      chunks.push(chunk);
      total += chunk.byteLength;
      callback();
    },
  });
  try {
    // The wire is capped as well as the decoded output: a compressed body bigger than the cap is refused
    // even before it would inflate.
    // (Not when truncating: there the decoded cap alone decides where to stop.)
    const wireCap = overflow === 'fail' ? [byteCap(maxBytes)] : [];
    await pipeline([body, ...wireCap, ...decoders, sink]);
  } catch (error) {
    if (error instanceof TooLargeError && isFull) return Buffer.concat(chunks);
    if (error instanceof TooLargeError) throw error;
    const zlibCode = (error as { code?: unknown }).code;
    if (typeof zlibCode === 'string' && zlibCode.startsWith('Z_'))
      throw new DecodeError(encodings.join(', '), error);
    throw error;
  }
  return Buffer.concat(chunks);
}
