// Inputs that must fail cleanly or finish quickly: empty, binary, oversized, hostile and huge pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { isSitrepError, type ErrorCode } from '../core/errors.js';
import { extractArticle } from './index.js';

function assertSitrepError(run: () => unknown, code: ErrorCode, message: RegExp): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(isSitrepError(error), `expected a SitrepError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.message, message);
    assert.ok(!error.message.includes('\n'), 'message is one line');
    return true;
  });
}

const PARAGRAPH =
  'Security forces said the convoy was ambushed on the road north of the town, and that two vehicles were ' +
  'destroyed, while officials at the regional hospital said they had received eleven wounded.';

const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
]);

describe('refused inputs', () => {
  it('empty and whitespace-only documents', () => {
    assertSitrepError(() => extractArticle({ body: '', kind: 'html' }), 'bad_input', /^empty document$/);
    assertSitrepError(
      () => extractArticle({ body: new Uint8Array(), kind: 'text' }),
      'bad_input',
      /^empty document$/,
    );
    assertSitrepError(
      () => extractArticle({ body: ' \n\t \r\n', kind: 'text' }),
      'bad_input',
      /^empty document$/,
    );
  });

  it('a PNG renamed .html, as bytes and as a latin1 string', () => {
    assertSitrepError(
      () => extractArticle({ body: PNG_BYTES, kind: 'html' }),
      'bad_input',
      /not a text document: looks like PNG/,
    );
    const asString = String.fromCharCode(...PNG_BYTES);
    assertSitrepError(() => extractArticle({ body: asString, kind: 'html' }), 'bad_input', /PNG/);
    const asUtf8 = new TextDecoder().decode(PNG_BYTES);
    assertSitrepError(() => extractArticle({ body: asUtf8, kind: 'html' }), 'bad_input', /PNG/);
  });

  it('other binary data', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj');
    assertSitrepError(() => extractArticle({ body: pdf, kind: 'html' }), 'bad_input', /PDF document/);
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 32);
    assertSitrepError(
      () => extractArticle({ body: noise, kind: 'text' }),
      'bad_input',
      /not a text document/,
    );
  });

  it('binary data with NUL bytes and no known signature', () => {
    // Deterministic pseudo-random bytes, as compressed or encrypted data looks: NULs and controls spread.
    let seed = 0x2545f491;
    const random = Uint8Array.from({ length: 8192 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    assertSitrepError(
      () => extractArticle({ body: random, kind: 'html' }),
      'bad_input',
      /not a text document/,
    );
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...random]);
    assertSitrepError(() => extractArticle({ body: zip, kind: 'html' }), 'bad_input', /ZIP archive/);
  });

  it('a page with no article text', () => {
    const html =
      '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© 2024</footer></body></html>';
    assertSitrepError(
      () => extractArticle({ body: html, kind: 'html' }),
      'bad_input',
      /^no article text found$/,
    );
  });

  it('a document over maxBytes', () => {
    const html = `<p>${PARAGRAPH}</p>`.repeat(20);
    assertSitrepError(
      () => extractArticle({ body: html, kind: 'html' }, { maxBytes: 1000 }),
      'too_large',
      /over the/,
    );
  });

  it('a page that cannot be read within timeoutMs', () => {
    const html = `<div><p>${PARAGRAPH}</p></div>`.repeat(40_000);
    assertSitrepError(
      () => extractArticle({ body: html, kind: 'html' }, { timeoutMs: 1 }),
      'timeout',
      /1 ms/,
    );
  });
});

describe('hostile and huge pages', () => {
  // Speed is the benchmarks' business; these only prove that hostile input ends, within the time cap, cleanly.
  it(
    '100,000-deep nesting neither overflows the stack nor runs past the time cap',
    { timeout: 600_000 },
    () => {
      const depth = 100_000;
      const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;
      try {
        const article = extractArticle({ body: html, kind: 'html' }, { timeoutMs: 30_000 });
        assert.deepEqual(article.paragraphs, [PARAGRAPH]);
      } catch (error) {
        assert.ok(isSitrepError(error) && error.code === 'timeout', String(error));
      }
    },
  );

  it('unclosed tags and scripts in attributes leak no script text', () => {
    const html = `<html><head><title>Clashes in the capital</title>
      <script>var LEAK_A = 1;</script></head><body onload="LEAK_B()">
      <div class="story"><p>${PARAGRAPH}<img src="x" onerror="alert('LEAK_C')">
      <p onclick="LEAK_D()">${PARAGRAPH} <a href="javascript:LEAK_E()">details</a>
      <script type="text/template"><p>LEAK_F</p></script> <style>p{content:"LEAK_G"}</style><noscript>LEAK_H</noscript>
      <iframe srcdoc="<p>LEAK_I</p>">LEAK_J</iframe><b><i><span>${PARAGRAPH}
      <textarea>LEAK_K</textarea><svg><text>LEAK_L</text></svg>
      </div><script>document.write("LEAK_M")`;
    const article = extractArticle({ body: html, kind: 'html' });
    assert.equal(article.title, 'Clashes in the capital');
    assert.ok(article.text.includes('Security forces said'));
    assert.ok(!article.text.includes('LEAK'), article.text);
  });

  it('a 30 MB page is read whole when the limits allow it', { timeout: 600_000 }, () => {
    const chrome = '<nav><ul>' + '<li><a href="/s">Section link</a></li>'.repeat(20) + '</ul></nav>';
    const story = `<article class="story"><h2>Update</h2>${`<p>${PARAGRAPH}</p>`.repeat(30)}</article>`;
    const unit = `<div class="row">${chrome}<div class="col">${story}</div><aside class="related">x</aside></div>\n`;
    const html = `<html><body>${unit.repeat(Math.ceil((30 * 1024 * 1024) / unit.length))}</body></html>`;
    assert.ok(html.length >= 30 * 1024 * 1024);
    const article = extractArticle(
      { body: html, kind: 'html' },
      { maxBytes: 64 * 1024 * 1024, timeoutMs: 50_000 },
    );
    assert.ok(article.paragraphs.includes(PARAGRAPH));
  });
});

describe('NUL bytes and UTF-16', () => {
  const encoder = new TextEncoder();
  const page = `<html><head><title>Convoy ambushed</title></head><body><article><p>${PARAGRAPH}</p></article></body></html>`;

  it('reads a page with NUL bytes inside it, without them', () => {
    const withNuls = page.replace('<title>', '<title>\0').replace('convoy was', 'convoy\0\0 was');
    for (const body of [encoder.encode(withNuls), withNuls]) {
      const article = extractArticle({ body, kind: 'html' });
      assert.equal(article.title, 'Convoy ambushed');
      assert.deepEqual(article.paragraphs, [PARAGRAPH]);
    }
  });

  it('reads a page padded with NUL bytes before and after', () => {
    const zeros = new Uint8Array(6000);
    const body = Uint8Array.from([...zeros, ...encoder.encode(page), ...zeros]);
    assert.deepEqual(extractArticle({ body, kind: 'html' }).paragraphs, [PARAGRAPH]);
    const report = encoder.encode(`Convoy ambushed\n\n${PARAGRAPH}\n`);
    const text = extractArticle({ body: Uint8Array.from([...report, ...zeros]), kind: 'text' });
    assert.equal(text.text, PARAGRAPH);
  });

  it('reads UTF-16 without a byte-order mark, little- and big-endian', () => {
    const arabic = 'قتل خمسة مدنيين في قصف على سوق شعبي';
    const utf16 = `<html><body><article><p>${PARAGRAPH}</p><p>${arabic}.</p></article></body></html>`;
    const units = [...utf16].map((c) => c.charCodeAt(0));
    const le = Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));
    const be = Uint8Array.from(units.flatMap((u) => [u >> 8, u & 0xff]));
    for (const body of [le, be]) {
      assert.deepEqual(extractArticle({ body, kind: 'html' }).paragraphs, [PARAGRAPH, `${arabic}.`]);
    }
  });
});
