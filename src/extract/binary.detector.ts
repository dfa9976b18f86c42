// Refuses documents that are not text (an image or archive saved as .html) before any parsing work is done.
import { SitrepError } from '../core/errors.js';
import { sniffUtf16 } from './encoding.js';

interface Signature {
  readonly label: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { label: 'PNG image data', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { label: 'JPEG image data', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { label: 'GIF image data', offset: 0, bytes: ascii('GIF8') },
  { label: 'WebP image data', offset: 8, bytes: ascii('WEBP') },
  { label: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { label: 'ZIP archive data', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { label: 'gzip compressed data', offset: 0, bytes: [0x1f, 0x8b] },
  { label: 'bzip2 compressed data', offset: 0, bytes: ascii('BZh') },
  { label: 'xz compressed data', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { label: '7-zip archive data', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { label: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'WebAssembly binary', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { label: 'ISO media (MP4) data', offset: 4, bytes: ascii('ftyp') },
  { label: 'Ogg data', offset: 0, bytes: ascii('OggS') },
  { label: 'ICO image data', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { label: 'SQLite database', offset: 0, bytes: ascii('SQLite format 3') },
];

/** How much of the document's start is inspected: enough to see past a preamble, cheap on 30 MB inputs. */
const SAMPLE_SIZE = 4096;

/** How far NUL bytes are skipped to fill the sample, so NUL padding before the text does not hide it. */
const SCAN_LIMIT = 64 * 1024;

/**
 * Share of control bytes (NUL aside) above which bytes are binary: real pages stay far below 1%, while
 * compressed or random data, whose bytes are spread evenly, has 27 of every 255 (10.6%).
 */
const BYTE_CONTROL_SHARE_LIMIT = 0.03;

/** The same for decoded text, where U+FFFD (a byte a decoder could not read) counts as a control too. */
const CONTROL_SHARE_LIMIT = 0.1;

/** Byte values; -1 matches any byte (a U+FFFD left where a decoder met an invalid byte). */
function matchSignature(bytes: ArrayLike<number>): string | undefined {
  for (const signature of SIGNATURES) {
    const { offset } = signature;
    if (bytes.length < offset + signature.bytes.length) continue;
    const isMatch = signature.bytes.every((b, i) => {
      const actual = bytes[offset + i];
      return actual === b || (actual === -1 && b >= 0x80);
    });
    if (isMatch) return signature.label;
  }
  return undefined;
}

function isUtf16(bytes: Uint8Array, charset: string | null | undefined): boolean {
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return hasBom || /^utf-?16/i.test(charset ?? '') || sniffUtf16(bytes) !== undefined;
}

function isControl(code: number): boolean {
  // Tab, LF, FF and CR are ordinary in text; ESC appears in some legacy CJK encodings (ISO-2022-JP).
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b) ||
    code === 0x7f
  );
}

/**
 * Throws `SitrepError('bad_input')` when the bytes are evidently not a text document, naming what they
 * look like ("not a text document: looks like PNG image data"). NUL bytes alone do not make a document
 * binary (a page with a few, or padded with them, is read without them: decodeBody drops them); the bytes
 * around them must still look like text. UTF-16 input (BOM, declared, or told by its zero bytes) is
 * UTF-16, not binary.
 */
export function assertTextBytes(bytes: Uint8Array, charset?: string | null): void {
  const label = matchSignature(bytes);
  if (label !== undefined) throw new SitrepError('bad_input', `not a text document: looks like ${label}`);
  if (isUtf16(bytes, charset)) return;
  let sampled = 0;
  let controls = 0;
  const end = Math.min(bytes.length, SCAN_LIMIT);
  for (let i = 0; i < end && sampled < SAMPLE_SIZE; i += 1) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) continue;
    sampled += 1;
    if (isControl(byte)) controls += 1;
  }
  if (sampled > 0 && controls / sampled > BYTE_CONTROL_SHARE_LIMIT) {
    throw new SitrepError('bad_input', 'not a text document: mostly control characters');
  }
}

/** The same check for input that arrived already decoded (a JSON Lines `html` field, for example). */
export function assertTextString(text: string): void {
  // A binary file read as latin1 keeps its signature bytes as code points 0-255; read as UTF-8, its high
  // bytes become U+FFFD, which matches any high signature byte.
  const head = Array.from(text.slice(0, 32), (c) => {
    const code = c.charCodeAt(0);
    if (code === 0xfffd) return -1;
    return code > 0xff ? -2 : code;
  });
  const label = matchSignature(head);
  if (label !== undefined) {
    throw new SitrepError('bad_input', `not a text document: looks like ${label}`);
  }
  let sampled = 0;
  let controls = 0;
  const end = Math.min(text.length, SCAN_LIMIT);
  for (let i = 0; i < end && sampled < SAMPLE_SIZE; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) continue;
    sampled += 1;
    if (isControl(code) || code === 0xfffd) controls += 1;
  }
  if (sampled > 0 && controls / sampled > CONTROL_SHARE_LIMIT) {
    throw new SitrepError('bad_input', 'not a text document: mostly control characters');
  }
}
