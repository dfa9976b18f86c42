import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html, safeUrl } from './html.js';

describe('html templates', () => {
  it('escapes interpolated text, including quotes in attributes', () => {
    const hostile = `"><script>alert(1)</script>`;
    assert.equal(
      html`<a title="${hostile}">${hostile}</a>`.value,
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
  });
  it('inserts nested templates and arrays as markup, and nothing for null', () => {
    const items = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
    assert.equal(html`<ul>${items}</ul>${null}${false}`.value, '<ul><li>a&amp;b</li><li>c</li></ul>');
  });
  it('drops bidi overrides from interpolated text, wherever it was stored from', () => {
    assert.equal(
      html`<h1 title="${'a\u202eb'}">${'\u2067x\u2069 \u202d1\u202c'}</h1>`.value,
      '<h1 title="ab">x 1</h1>',
    );
  });
  it('lets only http(s), mailto and site-relative URLs through', () => {
    assert.equal(safeUrl('javascript:alert(1)'), '#');
    assert.equal(safeUrl(' JAVASCRIPT:alert(1)'), '#');
    assert.equal(safeUrl('//evil.test/x'), '#');
    assert.equal(safeUrl('data:text/html,x'), '#');
    assert.equal(safeUrl('https://ok.test/a.jpg'), 'https://ok.test/a.jpg');
    assert.equal(safeUrl('/articles/1'), '/articles/1');
  });
});
