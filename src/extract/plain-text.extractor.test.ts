// Plain text and notes: where the title ends and the body begins, so that no sentence of news is lost.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle } from './index.js';
import { deriveTitle } from './plain-text.extractor.js';

const NOTE = 'On 9 May 2020, gunmen killed three farmers near Maiduguri, Borno state.';

describe('notes (JSON Lines text): the whole text is the body', () => {
  it('keeps one sentence as body and derives the title from it', () => {
    const article = extractArticle({ body: NOTE, kind: 'note' });
    assert.equal(article.text, NOTE);
    assert.deepEqual(article.paragraphs, [NOTE]);
    assert.equal(article.title, NOTE);
  });

  it('uses a given title as the headline and keeps every paragraph, even one equal to the title', () => {
    const body = `${NOTE}\n\nPolice said the attackers fled on motorcycles.`;
    const article = extractArticle({ body, kind: 'note', title: NOTE });
    assert.equal(article.title, NOTE);
    assert.equal(article.text, `${NOTE}\n\nPolice said the attackers fled on motorcycles.`);
  });

  it('keeps short lines a page reader would drop as chrome', () => {
    const article = extractArticle({ body: 'Advertisement\nShare this', kind: 'note' });
    assert.deepEqual(article.paragraphs, ['Advertisement', 'Share this']);
  });

  it('refuses an empty note', () => {
    assert.throws(() => extractArticle({ body: ' \n ', kind: 'note' }), /empty/);
  });
});

describe('deriveTitle', () => {
  it('takes the first sentence, past an abbreviation', () => {
    assert.equal(
      deriveTitle('Gen. Musa said troops killed five militants in Bama. Two soldiers were wounded.'),
      'Gen. Musa said troops killed five militants in Bama.',
    );
  });

  it('cuts a long first sentence at a word boundary', () => {
    const title = deriveTitle(`${'Residents of the town said that '.repeat(10)}the market burned.`);
    assert.ok(title.length <= 161, title);
    assert.match(title, /\w…$/u);
  });
});

describe('plain text (.txt): first line the title', () => {
  it('a file of one line is both title and body', () => {
    const article = extractArticle({ body: `\n${NOTE}\n\n`, kind: 'text' });
    assert.equal(article.title, NOTE);
    assert.equal(article.text, NOTE);
  });

  it('a first line that wraps into the next is a paragraph, not a headline', () => {
    const body = 'On 9 May 2020, gunmen killed three farmers near Maiduguri, Borno\nstate, residents said.\n';
    const article = extractArticle({ body, kind: 'text' });
    assert.equal(
      article.text,
      'On 9 May 2020, gunmen killed three farmers near Maiduguri, Borno state, residents said.',
    );
    assert.equal(article.title, article.text);
  });

  it('a wrapped lead followed by more paragraphs: title derived, every paragraph kept', () => {
    const body = `${NOTE.replace(' near ', ' near\n')}\nThe attackers fled.\n\nPolice arrived later.`;
    const article = extractArticle({ body, kind: 'text' });
    assert.equal(article.title, NOTE);
    assert.deepEqual(article.paragraphs, [`${NOTE} The attackers fled.`, 'Police arrived later.']);
  });

  it('a first line of prose stays in the body as well as the title', () => {
    const body = `${NOTE}\n\nPolice said the attackers fled on motorcycles.`;
    const article = extractArticle({ body, kind: 'text' });
    assert.equal(article.title, NOTE);
    assert.deepEqual(article.paragraphs, [NOTE, 'Police said the attackers fled on motorcycles.']);
  });

  it('a headline is the title only', () => {
    const body = 'Gunmen kill three farmers near Maiduguri\n\nGunmen killed three farmers on Saturday.';
    const article = extractArticle({ body, kind: 'text' });
    assert.equal(article.title, 'Gunmen kill three farmers near Maiduguri');
    assert.deepEqual(article.paragraphs, ['Gunmen killed three farmers on Saturday.']);
  });

  it('a title followed only by boilerplate still has no article text', () => {
    assert.throws(
      () => extractArticle({ body: 'Gunmen kill three farmers\n\nAdvertisement', kind: 'text' }),
      /no article text/,
    );
  });
});
