import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl } from './canonical-url.js';

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
