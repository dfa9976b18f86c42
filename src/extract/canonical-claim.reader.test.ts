// The cheap identity read must say what the full extraction's article.url will be, or say it cannot tell.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle, readCanonicalClaim } from './index.js';

const BODY =
  '<article><h1>Clashes near the border</h1><p>Fighting was reported near the border crossing on Monday, residents said, and several families left their homes.</p></article>';

function page(head: string, body = BODY): string {
  return `<!doctype html><html><head><title>Clashes</title>${head}</head><body>${body}</body></html>`;
}

/** The claim, checked against the full extraction of the same page. */
function claimOf(html: string | Uint8Array, url: string | null = 'https://wire.example.test/story/9') {
  const claim = readCanonicalClaim({ body: html, kind: 'html', url });
  if (claim.kind === 'known') {
    const article = extractArticle({ body: html, kind: 'html', url });
    assert.equal(claim.url ?? null, article.url, 'the cheap read agrees with extraction');
  }
  return claim;
}

describe('readCanonicalClaim', () => {
  it('takes the first canonical link, resolved against the document URL, before og:url', () => {
    const claim = claimOf(
      page(
        '<meta property="og:url" content="https://og.example.test/x"><link rel="canonical" href="/news/1?a=1&amp;b=2"><link rel="canonical" href="https://second.example.test/">',
      ),
    );
    assert.deepEqual(claim, { kind: 'known', url: 'https://wire.example.test/news/1?a=1&b=2' });
  });

  it('falls back to the first non-empty og:url, and to the document URL when the page claims nothing', () => {
    assert.deepEqual(
      claimOf(
        page('<meta property="og:url" content=" "><meta name="OG:URL" content="https://og.example.test/x">'),
      ),
      { kind: 'known', url: 'https://og.example.test/x' },
    );
    assert.deepEqual(claimOf(page('')), { kind: 'known', url: 'https://wire.example.test/story/9' });
  });

  it('ignores links the extractor does not read: inside noscript, svg and template, or in scripts', () => {
    const claim = claimOf(
      page(
        '<noscript><link rel="canonical" href="https://noscript.example.test/"></noscript><script>document.write(\'<link rel="canonical" href="https://script.example.test/">\')</script><link rel="canonical" href="https://real.example.test/a">',
      ),
    );
    assert.deepEqual(claim, { kind: 'known', url: 'https://real.example.test/a' });
  });

  it('finds a canonical link after a long head, and one in the body when the head has none', () => {
    const filler = `<style>${'.x{color:red}'.repeat(8000)}</style>`;
    const bytes = new TextEncoder().encode(
      page(`${filler}<link rel="canonical" href="https://late.example.test/a">`),
    );
    assert.deepEqual(claimOf(bytes), { kind: 'known', url: 'https://late.example.test/a' });
    assert.deepEqual(
      claimOf(
        page(
          '<meta property="og:url" content="https://og.example.test/x">',
          `<link rel="canonical" href="https://body.example.test/">${BODY}`,
        ),
      ),
      { kind: 'known', url: 'https://body.example.test/' },
    );
  });

  it('cannot tell when only JSON-LD could name the page', () => {
    const html = page(
      '<script type="application/ld+json">{"@type":"NewsArticle","url":"https://ld.example.test/a"}</script>',
    );
    assert.deepEqual(claimOf(html), { kind: 'unknown' });
  });

  it('reads a plain-text document as claiming its own URL', () => {
    assert.deepEqual(
      readCanonicalClaim({ body: 'Some text.', kind: 'text', url: 'https://x.example.test/' }),
      {
        kind: 'known',
        url: 'https://x.example.test/',
      },
    );
  });
});
