// A crowd the state broke up had gathered: where breaking it up is all a report tells, ACLED's demonstration typed
// by how the state answered it. Every report here is written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeParagraphs as analyze } from '../../test/support/analyze-paragraphs.js';

const typed = (paragraphs: readonly string[]): string => {
  const news = analyze(paragraphs, '2021-06-04').find((i) => !i.background);
  return news === undefined ? 'no incident' : `${news.eventType} / ${news.subEventType}`;
};

describe('a crowd broken up, told without a word for its gathering', () => {
  it('is a demonstration with intervention, the police its perpetrator and the demonstrators its target', () => {
    const incidents = analyze(
      ['On 2 June 2021, police fired tear gas at hundreds of traders at the main market in Kisumu, Kenya.'],
      '2021-06-04',
    );
    const news = incidents.find((i) => !i.background);
    assert.equal(`${news?.eventType} / ${news?.subEventType}`, 'Protests / Protest with intervention');
    assert.ok(news?.actors.some((a) => a.kind === 'protesters' && a.role === 'target'));
    assert.ok(news?.actors.some((a) => a.kind === 'state' && a.role === 'perpetrator'));
  });
  it('keeps the type of the violence a report tells beside the breaking up', () => {
    assert.equal(
      typed([
        'On 2 June 2021, gunmen shot dead two traders at the main market in Kisumu, Kenya.',
        'Police later fired tear gas at the crowd.',
      ]),
      'Violence against civilians / Attack',
    );
  });
  it('is no event where no means of breaking up a crowd is named', () => {
    assert.equal(
      typed(['On 2 June 2021, armed police intervened at the main market in Kisumu, Kenya.']),
      'no incident',
    );
  });
});
