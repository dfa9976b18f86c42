// Strategic developments the codebook defines and that reports tell without a word of violence: security measures
// told as the noun of their act, forces moving, and the new activity of armed groups. Sentences written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeParagraphs as analyze } from '../../test/support/analyze-paragraphs.js';

const typed = (sentence: string): string => {
  const news = analyze([sentence], '2021-06-04').find((i) => !i.background);
  return news === undefined ? 'no incident' : `${news.eventType} / ${news.subEventType}`;
};
const CHANGE = 'Strategic developments / Change to group/activity';

describe('security measures told as the noun of their act', () => {
  it('codes the declared imposition of a curfew and a ban on travel', () => {
    assert.equal(
      typed('On 2 June 2021, the council declared the imposition of a two-day curfew in Seiyun.'),
      CHANGE,
    );
    assert.equal(
      typed('On 2 June 2021, the governor of Marib instituted a ban on all travel by lorries.'),
      CHANGE,
    );
  });
  it('codes no measure only talked about', () => {
    assert.equal(
      typed('On 2 June 2021, the council said it was considering the imposition of a curfew in Seiyun.'),
      'no incident',
    );
  });
});

describe('forces moving', () => {
  it('codes military convoys entering a province and a ship carrying tanks', () => {
    assert.equal(
      typed('On 2 June 2021, three military convoys entered Hasakah, heading to bases near the border.'),
      CHANGE,
    );
    assert.equal(
      typed('On 2 June 2021, a vessel carrying tanks and troops arrived at the port of Mukalla.'),
      CHANGE,
    );
  });
});

describe('aid handed out', () => {
  it('is a change to the activity of an armed group that hands it out', () => {
    assert.equal(
      typed('On 2 June 2021, members of a local cartel handed out food parcels to families in Tepic.'),
      CHANGE,
    );
    assert.equal(
      typed('On 2 June 2021, Hezbollah distributed food parcels to families in Nabatieh.'),
      CHANGE,
    );
  });
  it('is no event when a ministry or a charity hands it out', () => {
    assert.equal(
      typed('On 2 June 2021, the health ministry distributed food parcels to families in Nabatieh.'),
      'no incident',
    );
    assert.equal(
      typed('On 2 June 2021, a charity delivered medicines to the hospital in Tepic.'),
      'no incident',
    );
  });
});

describe('a road blocked with what the demonstrators brought', () => {
  it('is a demonstration', () => {
    assert.equal(
      typed('On 2 June 2021, students blocked with two of their buses the federal highway near Tixtla.'),
      'Protests / Peaceful protest',
    );
  });
});

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
