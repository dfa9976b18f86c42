// Content-Type parsing and body sniffing: what each `accept` takes and refuses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRefusedByHeader, judgeContent, parseContentType, sniff } from './content.sniffer.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('content sniffing', () => {
  it('parses media type and charset', () => {
    assert.deepEqual(parseContentType('Text/HTML; Charset="UTF-8"'), {
      mediaType: 'text/html',
      charset: 'utf-8',
    });
    assert.deepEqual(parseContentType(null), { mediaType: null, charset: null });
  });

  it('recognises HTML, feeds, sitemaps and binaries by their first bytes', () => {
    assert.equal(sniff(bytes('\uFEFF  <!DOCTYPE html><html>')), 'html');
    assert.equal(sniff(bytes('<?xml version="1.0"?>\n<rss version="2.0">')), 'feed');
    assert.equal(sniff(bytes('<feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
    assert.equal(sniff(bytes('<?xml version="1.0"?><urlset xmlns="x">')), 'sitemap');
    assert.equal(sniff(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d])), 'binary');
  });

  it('reads pages with NUL bytes or in UTF-16 as pages, and noise as binary', () => {
    assert.equal(sniff(bytes('<!doctype html><html><p>Mosul\0\0 market</p>')), 'html');
    const utf16le = Uint8Array.from([...'<html><p>Mosul</p>'].flatMap((c) => [c.charCodeAt(0), 0]));
    assert.equal(sniff(utf16le), 'html');
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    assert.equal(sniff(noise), 'binary');
  });

  it('refuses images on headers alone, and lets the body decide for generic labels', () => {
    assert.equal(isRefusedByHeader('image/png', 'any'), true);
    assert.equal(isRefusedByHeader('application/pdf', 'page'), true);
    assert.equal(isRefusedByHeader('application/octet-stream', 'page'), false);
    assert.equal(isRefusedByHeader(null, 'feed'), false);
  });

  it('takes a feed labelled text/html for accept=feed, and refuses HTML there', () => {
    assert.deepEqual(judgeContent('text/html', bytes('<rss version="2.0">'), 'feed'), {
      isAccepted: true,
      format: 'feed',
    });
    const verdict = judgeContent('text/html', bytes('<!doctype html><p>'), 'feed');
    assert.equal(verdict.isAccepted, false);
  });
});
