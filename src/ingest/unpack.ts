// Undoes gzip, deflate and brotli on bytes already in memory, stopping at a cap on the unpacked size, so a
// small compressed bomb cannot inflate past it.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** The unpacked bytes, or why there are none: over the cap, an unknown coding, or corrupt data. */
export type Unpacked =
  { kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large' } | { kind: 'failed'; error: string };

/**
 * Undoes `encodings` (HTTP Content-Encoding tokens, in the order they were applied; "identity" is none)
 * on `bytes`. zlib's `maxOutputLength` stops inflating as soon as the output passes `maxBytes`, so memory
 * and time stay near the cap whatever the ratio.
 */
export function unpack(bytes: Uint8Array, encodings: string[], maxBytes: number): Unpacked {
  let out = bytes;
  for (const encoding of [...encodings].reverse()) {
    const options = { maxOutputLength: Math.max(1, maxBytes) };
    try {
      switch (encoding) {
        case 'identity':
          continue;
        case 'gzip':
        case 'x-gzip':
          out = gunzipSync(out, options);
          break;
        case 'deflate':
          // Should be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw deflate; a zlib header's
          // low nibble is 8 (method "deflate").
          out = (out[0] ?? 0) % 16 === 8 ? inflateSync(out, options) : inflateRawSync(out, options);
          break;
        case 'br':
          out = brotliDecompressSync(out, options);
          break;
        default:
          return { kind: 'failed', error: `unsupported Content-Encoding "${encoding}"` };
      }
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return { kind: 'too-large' };
      return { kind: 'failed', error: `cannot decode ${encoding}: ${(error as Error).message}` };
    }
    if (out.length > maxBytes) return { kind: 'too-large' };
  }
  return { kind: 'ok', bytes: out };
}
