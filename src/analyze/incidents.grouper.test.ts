// One incident per event per article: earlier events told as context stay background, dated and placed by their
// own sentences, and the same event told twice is one incident. Every report here is written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Incident } from '../core/incident.js';
import { analyzeParagraphs as analyze } from '../../test/support/analyze-paragraphs.js';

const newsOf = (incidents: readonly Incident[]): Incident[] => incidents.filter((i) => !i.background);

describe('background events', () => {
  it('keeps an event the report dates "earlier this month" out of the news', () => {
    const incidents = analyze(
      [
        'Gunmen killed five traders at a livestock market in Gao, Mali, on Friday, local officials said.',
        'The attackers fled on motorcycles towards the border.',
        'Earlier this month, soldiers shelled hamlets south of Ansongo, killing at least three herders, a local official said at the time.',
      ],
      '2025-03-09',
    );
    const news = newsOf(incidents);
    assert.equal(news.length, 1, news.map((i) => `${i.subEventType} ${i.location?.name}`).join('; '));
    assert.equal(news[0]?.fatalities, 5);
    const shelling = incidents.find((i) => i.subEventType === 'Shelling/artillery/missile attack');
    assert.ok(shelling?.background, 'the shelling is coded, as background');
    assert.equal(shelling.fatalities, 3);
  });

  it('keeps a march "last week" after today\'s news in the background', () => {
    const incidents = analyze(
      [
        'Police fired tear gas to disperse hundreds of students protesting against fee rises in Kampala, Uganda, on Tuesday.',
        'Last week, students marched peacefully through Gulu to the district offices.',
      ],
      '2025-03-12',
    );
    const news = newsOf(incidents);
    assert.equal(news.length, 1, news.map((i) => `${i.subEventType} ${i.location?.name}`).join('; '));
    assert.equal(news[0]?.subEventType, 'Protest with intervention');
  });

  it('reads "the 2016 suicide bombing ..., which killed 30" as a background event of that year, not the news', () => {
    const incidents = analyze(
      [
        'Police in Lahore, Pakistan, arrested nine people suspected of belonging to a banned militant group on Monday, officials said.',
        "The country has arrested hundreds of militants since the group's 2016 suicide bombing of a crowded park, which killed 30 people.",
      ],
      '2025-02-04',
    );
    const news = newsOf(incidents);
    assert.equal(news.length, 1);
    assert.equal(news[0]?.eventType, 'Strategic developments');
    assert.equal(news[0]?.subEventType, 'Arrests');
    assert.equal(news[0]?.fatalities, 0);
    const bombing = incidents.find((i) => i.background && i.fatalities === 30);
    assert.ok(bombing, 'the bombing is coded as background');
    assert.equal(bombing.date.start, '2016-01-01');
    assert.equal(bombing.date.precision, 3);
  });
});

describe('the same event told twice', () => {
  const attack =
    'Fighters of al-Shabaab attacked army positions on the outskirts of Afgooye, Somalia, overnight, sparking clashes that killed six soldiers and four militants, a military official said on Friday.';

  it('is one incident, dated by the telling that dates it and placed by the first', () => {
    const news = newsOf(
      analyze(
        [
          attack,
          'The official said al-Shabaab fighters stormed two checkpoints before dawn on Thursday and that fighting lasted three hours.',
        ],
        '2025-03-14',
      ),
    );
    assert.equal(news.length, 1, news.map((i) => `${i.date.start} ${i.location?.name}`).join('; '));
    assert.equal(news[0]?.date.start, '2025-03-13');
    assert.equal(news[0]?.date.precision, 1);
    assert.equal(news[0]?.location?.name, 'Afgooye');
    assert.equal(news[0]?.fatalities, 10);
    assert.match(news[0]?.summary ?? '', /^On 13 March 2025, .* in Afgooye .*10 reported fatalities\.$/);
  });

  it('keeps two events of the same days far apart as two incidents', () => {
    const news = newsOf(
      analyze(
        [
          attack,
          'On Thursday, gunmen also attacked a police station in Beledweyne, killing two officers, police said.',
        ],
        '2025-03-14',
      ),
    );
    assert.equal(news.length, 2, news.map((i) => `${i.date.start} ${i.location?.name}`).join('; '));
  });
});

describe('a report whose every event is dated in the past', () => {
  it('reports its first event as the news, dated as the text dates it', () => {
    const incidents = analyze(
      [
        'On 12 November 2024, hundreds of dock workers protested in Mombasa, Kenya, against the privatisation of the port.',
        'The workers marched to the county offices and handed over a petition.',
      ],
      '2025-03-09',
    );
    const news = newsOf(incidents);
    assert.equal(news.length, 1, incidents.map((i) => `${i.subEventType} ${i.background}`).join('; '));
    assert.equal(news[0]?.subEventType, 'Peaceful protest');
    assert.equal(news[0]?.date.start, '2024-11-12');
  });
  it('keeps an earlier event in the background where the report tells news beside it', () => {
    const incidents = analyze(
      [
        'On 12 November 2024, hundreds of dock workers protested in Mombasa, Kenya, against the privatisation of the port.',
        'On Friday, police fired tear gas at dock workers who marched on the port gates in Mombasa.',
      ],
      '2025-03-09',
    );
    const news = newsOf(incidents);
    assert.equal(news.length, 1, incidents.map((i) => `${i.subEventType} ${i.background}`).join('; '));
    assert.equal(news[0]?.date.start, '2025-03-07');
    assert.ok(incidents.some((i) => i.background && i.date.start === '2024-11-12'));
  });
});
