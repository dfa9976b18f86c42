// How bench:analyze scores one incident against an ACLED row: a side ACLED leaves without an actor (inter code
// 0, or empty in older exports) matches an incident that names no actor there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../src/analyze/index.js';
import { readAcledRows, scoreRow } from '../../bench/analyze-acled.js';

const HEADER =
  'event_date,event_type,sub_event_type,actor1,inter1,actor2,inter2,country,admin1,location,latitude,longitude,' +
  'time_precision,fatalities,notes';

function firstIncident(text: string) {
  const incidents = analyzeArticle(
    { title: '', text, paragraphs: [], published: '2021-03-06', publisher: null },
    { published: '2021-03-06' },
  );
  return incidents.find((i) => !i.background);
}

describe('bench ACLED scoring', () => {
  const text =
    'On 4 March 2021, a crowd of teachers marched peacefully in Nairobi, Kenya, demanding unpaid salaries.';

  it('counts inter2 right when ACLED codes no actor 2 (0 or empty) and the incident has none', () => {
    const incident = firstIncident(text);
    assert.ok(incident !== undefined);
    assert.equal(incident.actors.length, 1, JSON.stringify(incident.actors));
    for (const inter2 of ['0', '']) {
      const [row] = readAcledRows(
        `${HEADER}\n4-Mar-21,Protests,Peaceful protest,Protesters (Kenya),6,,${inter2},Kenya,Nairobi,Nairobi,` +
          `-1.283,36.817,1,0,"${text}"`,
      );
      assert.ok(row !== undefined);
      assert.equal(scoreRow(row, incident).inter2, true, `inter2 "${inter2}"`);
    }
  });

  it('still counts inter2 wrong when ACLED has an actor 2 the incident lacks', () => {
    const incident = firstIncident(text);
    const [row] = readAcledRows(
      `${HEADER}\n4-Mar-21,Protests,Peaceful protest,Protesters (Kenya),6,Police Forces of Kenya (2013-2022),1,` +
        `Kenya,Nairobi,Nairobi,-1.283,36.817,1,0,"${text}"`,
    );
    assert.ok(row !== undefined);
    assert.equal(scoreRow(row, incident).inter2, false);
  });
});
