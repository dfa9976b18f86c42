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

/**
 * Text in a single-byte legacy encoding, by inverting that encoding's decoding table (ICU's, through
 * TextDecoder): the bytes a page in that encoding would hold. Throws on a character it cannot encode.
 */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0xff; byte >= 0; byte -= 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${encoding} has no ${char}`);
    return byte;
  });
}

const ARABIC_TITLE = 'غارة جوية على سوق شعبي في مدينة إدلب';
const ARABIC_PARAGRAPH =
  'قصفت طائرات حربية سوقا شعبيا في مدينة إدلب صباح اليوم، ما أسفر عن مقتل سبعة مدنيين وإصابة آخرين، ' +
  'وفق ما قال الدفاع المدني في بيان.';
const RUSSIAN_TITLE = 'Беспилотник атаковал жилой дом в Харькове';
const RUSSIAN_PARAGRAPH =
  'Во вторник вечером беспилотник атаковал жилой дом в Харькове: погибли три человека, ещё девять ' +
  'ранены, сообщили местные власти.';

function page(head: string, title: string, paragraph: string, encoding: string): Uint8Array {
  return concat(
    ascii(`<!doctype html><html><head>${head}<title>`),
    encodeLegacy(title, encoding),
    ascii('</title></head><body><article><h1>'),
    encodeLegacy(title, encoding),
    ascii('</h1><p>'),
    encodeLegacy(paragraph, encoding),
    ascii('</p></article></body></html>'),
  );
}

describe('decodeBody checks the label against the bytes', () => {
  it('reads windows-1256 bytes labelled UTF-8 as Arabic, in <meta> or by the transport', () => {
    const labelled = page('<meta charset="utf-8">', ARABIC_TITLE, ARABIC_PARAGRAPH, 'windows-1256');
    const article = extractArticle({ body: labelled, kind: 'html' });
    assert.equal(article.title, ARABIC_TITLE);
    assert.equal(article.text, ARABIC_PARAGRAPH);
    const served = page('', ARABIC_TITLE, ARABIC_PARAGRAPH, 'windows-1256');
    assert.equal(extractArticle({ body: served, kind: 'html', charset: 'UTF-8' }).text, ARABIC_PARAGRAPH);
  });

  it('detects unlabelled Arabic, Cyrillic (windows-1251 and KOI8-R) and Central European pages', () => {
    const arabic = page('', ARABIC_TITLE, ARABIC_PARAGRAPH, 'windows-1256');
    assert.match(decodeBody(arabic), new RegExp(ARABIC_PARAGRAPH));
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const russian = page('', RUSSIAN_TITLE, RUSSIAN_PARAGRAPH, encoding);
      const article = extractArticle({ body: russian, kind: 'html' });
      assert.equal(article.title, RUSSIAN_TITLE, encoding);
      assert.equal(article.text, RUSSIAN_PARAGRAPH, encoding);
    }
    const polish =
      'Żołnierze ostrzelali wieś pod Łodzią; zginęły dwie osoby, a źródła mówią o ośmiu rannych.';
    assert.equal(decodeBody(encodeLegacy(polish, 'windows-1250')), polish);
    const greek = 'Σεισμός έπληξε την Κρήτη το πρωί της Τρίτης, χωρίς αναφορές για θύματα.';
    assert.equal(decodeBody(encodeLegacy(greek, 'windows-1253')), greek);
  });

  it('keeps windows-1252 for Western European text', () => {
    const french = "L'armée a été déployée à Gao après l'attaque d'un poste de contrôle, selon un élu.";
    assert.equal(decodeBody(encodeLegacy(french, 'windows-1252')), french);
    const spanish = 'Según la fiscalía, los hechos ocurrieron en Cúcuta; hubo dos muertos y un niño herido.';
    assert.equal(decodeBody(encodeLegacy(spanish, 'windows-1252')), spanish);
  });

  it('overrides a Latin label on Arabic or Cyrillic bytes, but keeps a label that reads well', () => {
    const arabic = page('<meta charset="iso-8859-1">', ARABIC_TITLE, ARABIC_PARAGRAPH, 'windows-1256');
    assert.match(decodeBody(arabic), new RegExp(ARABIC_PARAGRAPH));
    const russian = page('', RUSSIAN_TITLE, RUSSIAN_PARAGRAPH, 'windows-1251');
    assert.match(decodeBody(russian, 'windows-1252'), new RegExp(RUSSIAN_PARAGRAPH));
    const labelled = page('<meta charset="windows-1256">', ARABIC_TITLE, ARABIC_PARAGRAPH, 'windows-1256');
    assert.match(decodeBody(labelled), new RegExp(ARABIC_PARAGRAPH));
  });

  it('reads UTF-8 with a stray invalid byte as UTF-8, losing only that byte', () => {
    const bytes = concat(ascii(`<p>${RUSSIAN_PARAGRAPH} `), Uint8Array.of(0xff), ascii(' Київ</p>'));
    assert.equal(decodeBody(bytes), `<p>${RUSSIAN_PARAGRAPH} \uFFFD Київ</p>`);
  });
});
