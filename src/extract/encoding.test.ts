// Charset detection: byte-order marks, transport and in-page declarations, and mislabelled UTF-8.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { decodeBody } from './encoding.js';
import { extractArticle } from './index.js';

const fixtures = new URL('../../test/fixtures/extract/', import.meta.url);
const arabicPage = readFileSync(new URL('arabic-1256.html', fixtures));
const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

/** The Arabic fixture's windows-1256 bytes for its first paragraph, cut out of the stored page. */
function arabicParagraphBytes(): Uint8Array {
  const start = arabicPage.indexOf(ascii('<p>')) + 3;
  return arabicPage.subarray(start, arabicPage.indexOf(ascii('</p>'), start));
}

describe('decodeBody', () => {
  it('follows <meta charset>', () => {
    assert.match(decodeBody(arabicPage), /انفجار سيارة مفخخة/);
  });

  it('follows <meta http-equiv="content-type">', () => {
    const page = concat(
      ascii(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>',
      ),
      arabicParagraphBytes(),
      ascii('</p></body></html>'),
    );
    assert.match(decodeBody(page), /قُتل خمسة مدنيين/);
  });

  it('prefers the transport charset over the page, and the BOM over both', () => {
    const bytes = concat(ascii('<meta charset="iso-8859-1"><p>'), arabicParagraphBytes());
    assert.match(decodeBody(bytes, 'windows-1256'), /قُتل/);
    const bom = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), ascii('<p>caf'), Uint8Array.from([0xc3, 0xa9]));
    assert.equal(decodeBody(bom, 'windows-1256'), '<p>café');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[...'Grozny'].flatMap((c) => [c.charCodeAt(0), 0])]);
    assert.equal(decodeBody(le), 'Grozny');
    const be = Uint8Array.from([
      0xfe,
      0xff,
      ...[...'Грозный'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    ]);
    assert.equal(decodeBody(be), 'Грозный');
  });

  it('reads windows-1251 and iso-8859-2 when declared', () => {
    assert.equal(decodeBody(Uint8Array.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]), 'windows-1251'), 'Москва');
    assert.equal(decodeBody(Uint8Array.from([0xa3, 0xf3, 0x64, 0xbc]), 'iso-8859-2'), 'Łódź');
  });

  it('keeps valid UTF-8 that a page mislabels as a legacy charset', () => {
    const page = concat(ascii('<meta charset="iso-8859-1"><p>'), ascii('Kyiv — Київ'));
    assert.equal(decodeBody(page), '<meta charset="iso-8859-1"><p>Kyiv — Київ');
  });

  it('falls back to UTF-8, then windows-1252 for bytes that are not UTF-8', () => {
    assert.equal(decodeBody(ascii('São Paulo')), 'São Paulo');
    assert.equal(decodeBody(Uint8Array.from([0x53, 0xe3, 0x6f])), 'São');
  });

  it('ignores unknown charset labels', () => {
    assert.equal(decodeBody(ascii('<p>Mosul</p>'), 'x-no-such-charset'), '<p>Mosul</p>');
  });
});

describe('extractArticle with bytes', () => {
  it('decodes with the transport charset before extracting', () => {
    const page = concat(
      ascii('<html lang="ar"><body><article><p>'),
      arabicParagraphBytes(),
      ascii('</p></article></body></html>'),
    );
    const article = extractArticle({ body: page, kind: 'html', charset: 'windows-1256' });
    assert.match(article.text, /^قُتل خمسة مدنيين/);
    assert.equal(article.language, 'ar');
  });
});
