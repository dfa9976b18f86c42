// The boilerplate lexicon must catch page chrome lines and leave sentences that mention the same words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { isBoilerplate, isSelfRepetition } from './boilerplate.lexicon.js';

describe('boilerplate lexicon', () => {
  it('catches chrome lines', () => {
    for (const line of [
      'Send in e-mail',
      'Share on Facebook',
      'Tweet',
      'Print',
      'Click the alert icon to follow topics:',
      'Sign up for our newsletter',
      'Subscribe',
      'Advertisement',
      'Read more',
      'Related articles',
      'Most Read',
      'We use cookies to improve your experience.',
      'Comments are closed for this article.',
      '© 2016 Example News. All rights reserved.',
      'Photo credit: Jane Roe',
      '(AP Photo/Naveed Ali)',
      'Caption',
      'Image 2 of 5',
      'This slideshow requires JavaScript.',
      'Like this story? Share it with a friend!',
    ]) {
      assert.ok(isBoilerplate(line), line);
    }
  });

  it('keeps sentences that only mention those words', () => {
    for (const line of [
      'The group said it would print leaflets urging residents to leave.',
      'Subscribers to the channel shared the video of the attack on Tuesday.',
      'Officials said the newsletter published by the militia called for more attacks.',
    ]) {
      assert.ok(!isBoilerplate(line), line);
    }
  });

  it('recognises lines that repeat one phrase', () => {
    assert.ok(isSelfRepetition('Send in e-mailSend in e-mail'));
    assert.ok(!isSelfRepetition('Twenty people were killed.'));
  });
});
