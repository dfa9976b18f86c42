// Builds WARC records by hand, byte for byte, so tests can also make the broken ones no writer would.
import { gzipSync } from 'node:zlib';

let serial = 0;

/**
 * One WARC/1.1 record. `lengthDelta` makes its Content-Length lie by that many bytes (positive: it claims
 * more than the block holds), as a damaged or hostile archive does.
 */
export function warcRecord(
  type: 'response' | 'request' | 'warcinfo' | 'metadata' | 'resource',
  uri: string,
  block: string | Uint8Array,
  lengthDelta = 0,
): Buffer {
  const bytes = typeof block === 'string' ? Buffer.from(block) : Buffer.from(block);
  serial += 1;
  const head =
    'WARC/1.1\r\n' +
    `WARC-Type: ${type}\r\n` +
    `WARC-Target-URI: ${uri}\r\n` +
    `WARC-Date: 2025-03-04T09:30:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>\r\n` +
    `Content-Length: ${bytes.length + lengthDelta}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), bytes, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block: status line, headers, blank line, body. */
export function httpResponse(
  body: string | Uint8Array,
  headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' },
  status = '200 OK',
): Buffer {
  const head = `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;
  return Buffer.concat([Buffer.from(head), typeof body === 'string' ? Buffer.from(body) : body]);
}

/** An archived HTML page, a response record of its own. */
export function pageRecord(uri: string, html: string, lengthDelta = 0): Buffer {
  return warcRecord('response', uri, httpResponse(html), lengthDelta);
}

/** A news page with enough text to be read as a report. */
export function newsPage(title: string, sentence: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${sentence}</p><p>Residents said the road to the market stayed closed until the evening, and schools sent pupils home early.</p></article></body></html>`;
}

/**
 * Gzip of `size` zero bytes, made quickly as many gzip members of 16 MiB each (a valid gzip stream): a
 * bomb that unpacks about a thousand times over.
 */
export function zeroBomb(size: number): Buffer {
  const member = gzipSync(Buffer.alloc(Math.min(size, 16 * 1024 * 1024)));
  const count = Math.ceil(size / (16 * 1024 * 1024));
  return Buffer.concat(Array.from({ length: count }, () => member));
}

/** Each record as its own gzip member, as WARC writers store a .warc.gz. */
export function gzipPerRecord(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}
