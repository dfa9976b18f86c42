// WARC 1.0/1.1 record framing: headers, a Content-Length checked against the file, and resync at the next
// `WARC/1.` header when a record's declared length does not fit, so one damaged record fails alone.
import { openArchiveBytes, type ArchiveBytes } from './archive-bytes.reader.js';

/** One record read whole, or one that failed with a reason; `offset` is where it starts (unpacked). */
export type WarcEntry =
  | {
      kind: 'record';
      offset: number;
      /** WARC header fields, names lower-cased, e.g. `warc-type`, `warc-target-uri`. */
      headers: Map<string, string>;
      contentLength: number;
      /** The first bytes of the content block, as many as `keep` asked for (all of it, or a head). */
      content: Uint8Array;
    }
  | { kind: 'error'; offset: number; error: string };

export interface WarcReadOptions {
  /** How many bytes of a record's content to hold in memory, from its headers; the rest is passed over. */
  keep(headers: Map<string, string>, contentLength: number): number;
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const RECORD_START = Buffer.from('WARC/1.');
const LINE_RECORD_START = Buffer.from('\nWARC/1.');
const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_LINES = 1000;

/**
 * Reads the records of a WARC file (plain or gzipped). A record is accepted only when its Content-Length
 * ends it where the file agrees: the next bytes are blank lines then `WARC/1.`, or the end of the file.
 * Otherwise the record is an error entry (its declared length runs past the end, or ends inside other
 * data) and reading goes on from the first `WARC/1.` line after its headers, so a lying length can neither
 * hang the reader nor swallow the records that follow.
 */
export async function* readWarcRecords(path: string, options: WarcReadOptions): AsyncGenerator<WarcEntry> {
  const bytes = await openArchiveBytes(path);
  const cursor = new Cursor(bytes);
  const where = (offset: number) => (bytes.isGzip ? `unpacked byte ${offset}` : `byte ${offset}`);
  let isFirst = true;
  try {
    for (;;) {
      await cursor.skipNewlines();
      const start = cursor.position;
      if (await cursor.isAtEnd()) return;
      bytes.forget(start);
      const head = await readHeaderBlock(cursor);
      if ('error' in head) {
        if (isFirst && head.isNotWarc) {
          yield {
            kind: 'error',
            offset: start,
            error: `not a WARC file: ${path} does not begin with a WARC/1.x header`,
          };
          return;
        }
        const resumed = await resync(cursor, start, new Scanner(false));
        yield {
          kind: 'error',
          offset: start,
          error: `WARC record at ${where(start)}: ${head.error}; ${resumed === undefined ? 'no record follows it' : `reading resumed at ${where(resumed)}`}`,
        };
        if (resumed === undefined) return;
        continue;
      }
      isFirst = false;
      const { headers, contentLength } = head;
      const label = describe(headers);
      const contentStart = cursor.position;
      // The line break that ends the header block counts, so a record starting right where the content
      // starts (a Content-Length on an empty block) is found.
      const scanner = new Scanner(true);
      const keep = Math.max(0, Math.min(contentLength, options.keep(headers, contentLength)));
      const taken = await cursor.take(contentLength, keep, (piece, at) => scanner.feed(piece, at));
      if (taken.length < contentLength) {
        const resumed = scanner.found;
        if (resumed !== undefined) await cursor.seek(resumed);
        yield {
          kind: 'error',
          offset: start,
          error: `WARC record at ${where(start)} (${label}) declares Content-Length ${contentLength}, but the file ends ${taken.length} bytes into it; ${resumed === undefined ? 'no record follows it' : `reading resumed at ${where(resumed)}`}`,
        };
        if (resumed === undefined) return;
        continue;
      }
      await cursor.skipNewlines();
      // A next record cut short by the end of the file still shows this one ends where it says.
      const next = await cursor.peek(RECORD_START.length);
      if (RECORD_START.subarray(0, next.length).equals(next)) {
        yield { kind: 'record', offset: start, headers, contentLength, content: taken.kept };
        continue;
      }
      const resumed = scanner.found ?? (await resync(cursor, cursor.position, scanner));
      if (resumed !== undefined) await cursor.seek(resumed);
      yield {
        kind: 'error',
        offset: start,
        error: `WARC record at ${where(start)} (${label}) declares Content-Length ${contentLength}, but no record follows at ${where(contentStart + contentLength)}; ${resumed === undefined ? 'no record follows it' : `reading resumed at ${where(resumed)}`}`,
      };
      if (resumed === undefined) return;
    }
  } finally {
    await bytes.close();
  }
}

function describe(headers: Map<string, string>): string {
  const type = headers.get('warc-type') ?? 'untyped';
  const uri = headers.get('warc-target-uri');
  return uri ? `${type} ${uri}` : type;
}

type HeaderBlock =
  { headers: Map<string, string>; contentLength: number } | { error: string; isNotWarc: boolean };

async function readHeaderBlock(cursor: Cursor): Promise<HeaderBlock> {
  const first = await cursor.readLine(MAX_HEADER_LINE);
  if (first === undefined) return { error: 'the file ends inside its headers', isNotWarc: true };
  if (first === null || !/^WARC\/1\.\d+$/.test(first))
    return { error: 'no WARC/1.x header line', isNotWarc: true };
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (let count = 0; ; count += 1) {
    const line = await cursor.readLine(MAX_HEADER_LINE);
    if (line === undefined) return { error: 'the file ends inside its headers', isNotWarc: false };
    if (line === null)
      return { error: `a header line longer than ${MAX_HEADER_LINE} bytes`, isNotWarc: false };
    if (line === '') break;
    if (count > MAX_HEADER_LINES) return { error: 'too many header lines', isNotWarc: false };
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return { error: `malformed header line "${line.slice(0, 80)}"`, isNotWarc: false };
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  const declared = headers.get('content-length');
  if (declared === undefined || !/^\d{1,15}$/.test(declared))
    return {
      error:
        declared === undefined
          ? 'no Content-Length header'
          : `invalid Content-Length "${declared.slice(0, 40)}"`,
      isNotWarc: false,
    };
  return { headers, contentLength: Number(declared) };
}

/** Reads on from `from` to the next `WARC/1.` line; leaves the cursor there and returns its offset. */
async function resync(cursor: Cursor, from: number, scanner: Scanner): Promise<number | undefined> {
  if (cursor.position !== from) await cursor.seek(from);
  while (scanner.found === undefined) {
    const piece = await cursor.takeChunk();
    if (piece === undefined) return undefined;
    scanner.feed(piece.bytes, piece.at);
  }
  await cursor.seek(scanner.found);
  return scanner.found;
}

/** Finds the first `WARC/1.` at the start of a line in bytes fed in order, across chunk boundaries. */
class Scanner {
  found: number | undefined;
  private tail: Uint8Array;

  constructor(isAtLineStart: boolean) {
    this.tail = isAtLineStart ? Uint8Array.of(NEWLINE) : new Uint8Array(0);
  }

  feed(piece: Uint8Array, at: number): void {
    if (this.found !== undefined || piece.length === 0) return;
    const overlap = LINE_RECORD_START.length - 1;
    const joint = Buffer.concat([this.tail, piece.subarray(0, overlap)]);
    let index = joint.indexOf(LINE_RECORD_START);
    if (index >= 0) {
      this.found = at - this.tail.length + index + 1;
      return;
    }
    index = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).indexOf(LINE_RECORD_START);
    if (index >= 0) {
      this.found = at + index + 1;
      return;
    }
    const all =
      piece.length >= overlap ? piece.subarray(piece.length - overlap) : Buffer.concat([this.tail, piece]);
    this.tail = all.subarray(Math.max(0, all.length - overlap)).slice();
  }
}

/** Buffered forward reading over {@link ArchiveBytes}, by line, by count, or a chunk at a time. */
class Cursor {
  private chunk: Uint8Array = new Uint8Array(0);
  private at = 0;
  private chunkStart = 0;
  private isEnded = false;

  constructor(private readonly bytes: ArchiveBytes) {}

  get position(): number {
    return this.chunkStart + this.at;
  }

  private async fill(): Promise<boolean> {
    while (this.at >= this.chunk.length) {
      if (this.isEnded) return false;
      const next = await this.bytes.read();
      this.chunkStart += this.chunk.length;
      this.chunk = next ?? new Uint8Array(0);
      this.at = 0;
      if (next === undefined) this.isEnded = true;
    }
    return true;
  }

  async isAtEnd(): Promise<boolean> {
    return !(await this.fill());
  }

  async seek(position: number): Promise<void> {
    if (position >= this.chunkStart && position <= this.chunkStart + this.chunk.length) {
      this.at = position - this.chunkStart;
      return;
    }
    await this.bytes.seek(position);
    this.chunk = new Uint8Array(0);
    this.chunkStart = position;
    this.at = 0;
    this.isEnded = false;
  }

  async skipNewlines(): Promise<void> {
    while (await this.fill()) {
      const byte = this.chunk[this.at];
      if (byte !== NEWLINE && byte !== CR) return;
      this.at += 1;
    }
  }

  /** Up to `n` bytes ahead, without consuming them; fewer only at the end of the file. */
  async peek(n: number): Promise<Uint8Array> {
    if (!(await this.fill())) return new Uint8Array(0);
    while (this.chunk.length - this.at < n && !this.isEnded) {
      const next = await this.bytes.read();
      if (next === undefined) {
        this.isEnded = true;
        break;
      }
      const rest = this.chunk.subarray(this.at);
      this.chunkStart += this.at;
      this.chunk = Buffer.concat([rest, next]);
      this.at = 0;
    }
    return this.chunk.subarray(this.at, this.at + n);
  }

  /** One line without its line break; undefined at the end of the file, null past `max` bytes. */
  async readLine(max: number): Promise<string | null | undefined> {
    const parts: Uint8Array[] = [];
    let length = 0;
    while (await this.fill()) {
      const end = this.chunk.indexOf(NEWLINE, this.at);
      const stop = end < 0 ? this.chunk.length : end;
      parts.push(this.chunk.subarray(this.at, stop));
      length += stop - this.at;
      if (length > max) return null;
      this.at = end < 0 ? this.chunk.length : end + 1;
      if (end >= 0) {
        const line = Buffer.concat(parts).toString('utf8');
        return line.endsWith('\r') ? line.slice(0, -1) : line;
      }
    }
    return undefined;
  }

  /** The rest of the current chunk, or the next one; undefined at the end. */
  async takeChunk(): Promise<{ bytes: Uint8Array; at: number } | undefined> {
    if (!(await this.fill())) return undefined;
    const at = this.position;
    const bytes = this.chunk.subarray(this.at);
    this.at = this.chunk.length;
    return { bytes, at };
  }

  /**
   * Consumes up to `n` bytes (fewer only at the end of the file), keeping the first `keep` of them and
   * showing every piece to `see` with its offset.
   */
  async take(
    n: number,
    keep: number,
    see: (piece: Uint8Array, at: number) => void,
  ): Promise<{ length: number; kept: Uint8Array }> {
    const kept: Uint8Array[] = [];
    let keptLength = 0;
    let length = 0;
    while (length < n && (await this.fill())) {
      const size = Math.min(n - length, this.chunk.length - this.at);
      const piece = this.chunk.subarray(this.at, this.at + size);
      see(piece, this.position);
      if (keptLength < keep) {
        const part = piece.subarray(0, keep - keptLength);
        kept.push(part);
        keptLength += part.length;
      }
      this.at += size;
      length += size;
    }
    return { length, kept: Buffer.concat(kept) };
  }
}
