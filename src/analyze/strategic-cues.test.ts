// Strategic developments the codebook defines and that reports tell without a word of violence: ACLED's "Other"
// beside organised moves of migrants. Sentences written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeParagraphs as analyze } from '../../test/support/analyze-paragraphs.js';

const typed = (sentence: string): string => {
  const news = analyze([sentence], '2021-06-04').find((i) => !i.background);
  return news === undefined ? 'no incident' : `${news.eventType} / ${news.subEventType}`;
};

describe("ACLED's other strategic developments", () => {
  const OTHER = 'Strategic developments / Other';
  it('codes a counted group of refugees arriving, and prisoners released in numbers', () => {
    assert.equal(
      typed('On 2 June 2021, 240 returning refugees arrived in San Cristobal by bus from the border.'),
      OTHER,
    );
    assert.equal(
      typed('On 2 June 2021, the government released 300 insurgent prisoners from a jail in Herat.'),
      OTHER,
    );
    assert.equal(typed('On 2 June 2021, 45 soldiers were released from a rebel prison in Kunar.'), OTHER);
    assert.equal(
      typed('On 2 June 2021, 130 migrants returned to Cucuta on buses the city organised.'),
      OTHER,
    );
  });
  it('finds no event in refugees crossing a border on their own', () => {
    assert.equal(
      typed('On 2 June 2021, thousands of refugees crossed into Uganda from South Sudan.'),
      'no incident',
    );
  });
  it('keeps an arrest an arrest where the arrested are released the same day', () => {
    assert.equal(
      typed(
        'On 2 June 2021, police arrested 12 students in Herat; 12 detainees were released in the evening.',
      ),
      'Strategic developments / Arrests',
    );
  });
});
