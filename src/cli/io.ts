// Terminal I/O for commands: data to stdout with backpressure, lines from stdin, and the exit-code errors.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** Streams a command uses; injected so tests can capture them. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Writes to a stream, waiting for it to drain when its buffer is full, so large exports stay in bounded memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off('drain', onDrain);
        reject(error);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    });
  }
}

/** The lines of a stream, without their line ends. */
export function lines(stream: Readable): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
}

/** Wrong usage of a command: exit code 2, as CONTRACT.md asks. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
