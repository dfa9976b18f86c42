import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl, decideArticleIdentity } from './canonical-url.js';

describe('canonicalUrl', () => {
  it('drops fragments, default ports and tracking parameters, keeping the rest in order', () => {
    assert.equal(
      canonicalUrl('HTTPS://News.Example.org:443/world/a-1?utm_source=rss&b=2&fbclid=x&a=1#comments'),
      'https://news.example.org/world/a-1?b=2&a=1',
    );
    assert.equal(canonicalUrl('http://example.org/a?utm_medium=social'), 'http://example.org/a');
  });
  it('keeps parameters that name the report', () => {
    assert.equal(
      canonicalUrl('https://example.org/story.php?id=1234'),
      'https://example.org/story.php?id=1234',
    );
  });
  it('refuses what is not an absolute http(s) URL', () => {
    assert.equal(canonicalUrl('/relative/path'), null);
    assert.equal(canonicalUrl('javascript:alert(1)'), null);
    assert.equal(canonicalUrl('file:///etc/passwd'), null);
    assert.equal(canonicalUrl(''), null);
    assert.equal(canonicalUrl(null), null);
  });
});

describe('decideArticleIdentity', () => {
  it('trusts a canonical URL on the registrable domain the page was fetched from', () => {
    assert.deepEqual(
      decideArticleIdentity('http://m.example.co.uk/news/1?utm_source=x', 'https://www.example.co.uk/news/1'),
      { url: 'https://www.example.co.uk/news/1', claim: null },
    );
  });

  it("keeps the fetched URL when the page claims another site's article, and returns the claim", () => {
    assert.deepEqual(
      decideArticleIdentity('https://hoax.example.net/x', 'https://news.example.org/a/1#top'),
      {
        url: 'https://hoax.example.net/x',
        claim: 'https://news.example.org/a/1',
      },
    );
    // Hosts under one public suffix (co.uk) or one private suffix (github.io) are different sites.
    assert.equal(decideArticleIdentity('https://a.co.uk/1', 'https://b.co.uk/1').claim, 'https://b.co.uk/1');
    assert.equal(
      decideArticleIdentity('https://mallory.github.io/1', 'https://alice.github.io/1').url,
      'https://mallory.github.io/1',
    );
  });

  it('compares hosts without a registrable domain (IP addresses, localhost) exactly', () => {
    assert.equal(decideArticleIdentity('http://127.0.0.1:8080/a', 'http://127.0.0.1/b').claim, null);
    assert.equal(decideArticleIdentity('http://10.0.0.2/a', 'http://10.0.0.3/a').claim, 'http://10.0.0.3/a');
    assert.equal(
      decideArticleIdentity('http://localhost/a', 'http://example.org/a').url,
      'http://localhost/a',
    );
  });

  it('does not trust a claim it cannot check: a document without a fetched URL keeps none', () => {
    assert.deepEqual(decideArticleIdentity(null, 'https://news.example.org/a/1'), {
      url: null,
      claim: 'https://news.example.org/a/1',
    });
    assert.deepEqual(decideArticleIdentity(null, null), { url: null, claim: null });
  });

  it('ignores claims that are not absolute http(s) URLs', () => {
    assert.deepEqual(decideArticleIdentity('https://example.org/a', 'javascript:alert(1)'), {
      url: 'https://example.org/a',
      claim: null,
    });
    assert.deepEqual(decideArticleIdentity('https://example.org/a', 'https://example.org/a'), {
      url: 'https://example.org/a',
      claim: null,
    });
  });
});
