// The bytes of a local archive file, unpacked member by member when it is gzipped, read forward in bounded
// chunks and able to go back to an earlier byte: what a WARC reader needs to resync after a lying record.
import { open, type FileHandle } from 'node:fs/promises';
import pako from 'pako';

/** Uncompressed bytes read forward; `seek` goes back to a byte not yet forgotten. */
export interface ArchiveBytes {
  /** True when the file is gzipped: offsets are then in the unpacked stream. */
  readonly isGzip: boolean;
  /** The next chunk (at most a few MB), or undefined at the end. Throws on corrupt gzip data. */
  read(): Promise<Uint8Array | undefined>;
  /** Continues reading at `position` (in the unpacked stream), at or after the last `forget` point. */
  seek(position: number): Promise<void>;
  /** Promises never to seek before `position`, so what lies before it can be let go. */
  forget(position: number): void;
  close(): Promise<void>;
}

const READ_SIZE = 64 * 1024;
// Deflate inflates at most about 1032:1, so one push of 16 KB yields at most ~17 MB: a bomb member cannot
// make a single read hold more than that.
const GZIP_PUSH_SIZE = 16 * 1024;
const INPUT_BLOCK = 256 * 1024;

/** Opens `path` as plain bytes, or as gzip members when it starts with the gzip magic number. */
export async function openArchiveBytes(path: string): Promise<ArchiveBytes> {
  const file = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    const { bytesRead } = await file.read(magic, 0, 2, 0);
    if (bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b) return new GzipBytes(file);
    return new PlainBytes(file);
  } catch (error) {
    await file.close();
    throw error;
  }
}

class PlainBytes implements ArchiveBytes {
  readonly isGzip = false;
  private position = 0;

  constructor(private readonly file: FileHandle) {}

  async read(): Promise<Uint8Array | undefined> {
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    const { bytesRead } = await this.file.read(buffer, 0, READ_SIZE, this.position);
    if (bytesRead === 0) return undefined;
    this.position += bytesRead;
    return buffer.subarray(0, bytesRead);
  }

  seek(position: number): Promise<void> {
    this.position = position;
    return Promise.resolve();
  }

  forget(): void {}

  close(): Promise<void> {
    return this.file.close();
  }
}

/** Where a gzip member starts, in the file and in the unpacked stream. */
interface Member {
  fileOffset: number;
  position: number;
}

/**
 * A gzipped file read one member at a time (a WARC writer puts each record in its own member), so that
 * going back means restarting at a member's start rather than unpacking the file again from the top.
 */
class GzipBytes implements ArchiveBytes {
  readonly isGzip = true;
  /** Members from the last `forget` point on, in order; the last one is being read. */
  private members: Member[] = [{ fileOffset: 0, position: 0 }];
  private inflater: pako.Inflate | undefined;
  private pending: Uint8Array[] = [];
  private fileOffset = 0;
  /** Unpacked position of the next byte `read` returns. */
  private position = 0;
  /** Bytes to drop after a seek, to reach the wanted position inside a member. */
  private skip = 0;
  private isDone = false;
  /** Packed bytes read ahead, from file offset `inputOffset`. */
  private readonly inputBuffer = Buffer.allocUnsafe(INPUT_BLOCK);
  private inputOffset = 0;
  private inputLength = 0;

  constructor(private readonly file: FileHandle) {}

  async read(): Promise<Uint8Array | undefined> {
    for (;;) {
      const chunk = this.pending.shift();
      if (chunk) {
        if (this.skip >= chunk.length) {
          this.skip -= chunk.length;
          this.position += chunk.length;
          continue;
        }
        const out = chunk.subarray(this.skip);
        this.position += out.length;
        this.skip = 0;
        return out;
      }
      if (this.isDone) return undefined;
      await this.inflateMore();
    }
  }

  private async inflateMore(): Promise<void> {
    if (!this.inflater) {
      const head = await this.input(this.fileOffset, 2);
      const isMember = head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
      // Zero padding after the last member is common and harmless; anything else is not gzip.
      if (!isMember && (head.length === 0 || (await this.isZeroTail()))) {
        this.isDone = true;
        return;
      }
      if (!isMember) throw new Error(`bytes at offset ${this.fileOffset} of the file are not a gzip member`);
      this.inflater = this.newInflater();
    }
    const inflater = this.inflater;
    const state = inflater as unknown as { strm: { total_in: number }; ended: boolean };
    const input = await this.input(this.fileOffset, GZIP_PUSH_SIZE);
    if (input.length === 0) throw new Error(`gzip data cut short at offset ${this.fileOffset} of the file`);
    const consumedBefore = state.strm.total_in;
    // Z_SYNC_FLUSH (2): hand out what this input decodes to now, not when 64 KB have gathered, so the
    // records before a cut-short member are all delivered before the damage is reported.
    inflater.push(input, 2);
    if (inflater.err) throw new Error(`corrupt gzip data near offset ${this.fileOffset} of the file`);
    // pako stops at a member's end, so what it consumed is exactly this member's share of the input.
    const consumed = state.strm.total_in - consumedBefore;
    // Never expected from zlib; checked because a reader that stops moving must fail, not spin.
    if (consumed === 0 && this.pending.length === 0 && !state.ended)
      throw new Error(`gzip data makes no progress at offset ${this.fileOffset} of the file`);
    this.fileOffset += consumed;
    if (state.ended) {
      this.inflater = undefined;
      const unread = this.pending.reduce((n, c) => n + c.length, 0);
      this.members.push({ fileOffset: this.fileOffset, position: this.position + unread });
    }
  }

  /** Up to `length` packed bytes at `offset`, fewer only at the end of the file; read in large blocks. */
  private async input(offset: number, length: number): Promise<Uint8Array> {
    const end = this.inputOffset + this.inputLength;
    if (offset < this.inputOffset || offset + length > end) {
      const { bytesRead } = await this.file.read(this.inputBuffer, 0, this.inputBuffer.length, offset);
      this.inputOffset = offset;
      this.inputLength = bytesRead;
    }
    const from = offset - this.inputOffset;
    return this.inputBuffer.subarray(from, Math.min(from + length, this.inputLength));
  }

  private newInflater(): pako.Inflate {
    const inflater = new pako.Inflate({ chunkSize: READ_SIZE });
    inflater.onData = (chunk) => this.pending.push(chunk as Uint8Array);
    inflater.onEnd = (status) => {
      inflater.err = status;
    };
    return inflater;
  }

  private async isZeroTail(): Promise<boolean> {
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    for (let offset = this.fileOffset; ; offset += READ_SIZE) {
      const { bytesRead } = await this.file.read(buffer, 0, READ_SIZE, offset);
      if (bytesRead === 0) return true;
      if (buffer.subarray(0, bytesRead).some((b) => b !== 0)) return false;
    }
  }

  async seek(position: number): Promise<void> {
    let member = this.members[0] as Member;
    for (const m of this.members) if (m.position <= position) member = m;
    this.members = this.members.filter((m) => m.position <= member.position);
    this.inflater = undefined;
    this.pending = [];
    this.isDone = false;
    this.fileOffset = member.fileOffset;
    this.position = member.position;
    this.skip = position - member.position;
    return Promise.resolve();
  }

  forget(position: number): void {
    let keepFrom = 0;
    this.members.forEach((m, i) => {
      if (m.position <= position) keepFrom = i;
    });
    this.members = this.members.slice(keepFrom);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
