// Bidi controls: overrides never survive; marks survive only where right-to-left spelling needs them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from './article.js';
import { stripBidiControls, withoutBidiControls } from './bidi-controls.js';

const RLO = '\u202e';
const PDF = '\u202c';
const CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate', () => {
    const all = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    assert.equal(stripBidiControls(`a${all}b`), 'ab');
    assert.equal(stripBidiControls(`Killed: ${RLO}21${PDF} people`), 'Killed: 21 people');
  });

  it('removes the marks from text without a right-to-left letter, where they only reorder digits', () => {
    assert.equal(stripBidiControls('12\u200f 34\u200e\u061c'), '12 34');
  });

  it('keeps the marks in Arabic and Hebrew text, where they are spelling, but not the overrides', () => {
    const arabic = `قتل ٥ أشخاص\u200f (رويترز)${RLO}`;
    assert.equal(stripBidiControls(arabic), 'قتل ٥ أشخاص\u200f (رويترز)');
    assert.equal(stripBidiControls('שלום\u200e 12'), 'שלום\u200e 12');
  });

  it('judges each line on its own, and returns clean text unchanged', () => {
    assert.equal(stripBidiControls('one\u200f 2\nקו\u200f 3'), 'one 2\nקו\u200f 3');
    const clean = 'Nothing to strip here.';
    assert.equal(stripBidiControls(clean), clean);
  });
});

describe('withoutBidiControls', () => {
  it('cleans every text field of an article and keeps its URLs as they are', () => {
    const article: Article = {
      url: 'https://example.org/a',
      title: `${RLO}Title`,
      byline: `By ${RLO}Staff`,
      publisher: `\u2067Wire\u2069`,
      published: '2024-03-05',
      language: 'en',
      section: `${RLO}World`,
      tags: ['Mali', `${RLO}Mali`, RLO],
      text: `First${RLO}.\n\n${RLO}\n\nLast.`,
      paragraphs: [`First${RLO}.`, RLO, 'Last.'],
      images: [
        { src: 'https://img.example.org/a.jpg', alt: `${RLO}alt`, caption: `Cap${RLO}`, credit: `${RLO}AFP` },
      ],
    };
    const cleaned = withoutBidiControls(article);
    assert.doesNotMatch(JSON.stringify(cleaned), CONTROLS);
    assert.deepEqual(cleaned.tags, ['Mali']);
    assert.deepEqual(cleaned.paragraphs, ['First.', 'Last.']);
    assert.equal(cleaned.text, cleaned.paragraphs.join('\n\n'));
    assert.equal(cleaned.images[0]?.src, 'https://img.example.org/a.jpg');
    assert.equal(cleaned.url, article.url);
  });
});
