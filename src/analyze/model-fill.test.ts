// The learned model's fill: a report the rules read no event in gets the incident the model types from its lead,
// with high odds and in ACLED's scope only, coded by the ordinary readers and marked as the model's typing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modelTyping } from './event-model.refiner.js';
import { analyzeArticle } from './index.js';

const analyze = (text: string) =>
  analyzeArticle({ title: '', text, paragraphs: [], published: '2021-07-01', publisher: null });

test('a report with no trigger cue that the model types confidently gets one incident, marked as the model’s', () => {
  const text =
    'On 12 June 2021, Boko Haram fighters set up a new camp in the forest near Gwoza, Borno, Nigeria. ' +
    'Villagers said the men came on motorcycles.';
  const incidents = analyze(text);
  assert.equal(incidents.length, 1);
  const [incident] = incidents;
  assert.equal(incident?.background, false);
  assert.equal(incident?.eventType, 'Strategic developments');
  assert.equal(incident?.subEventType, 'Headquarters or base established');
  assert.equal(incident?.date.start, '2021-06-12');
  assert.equal(incident?.location?.name, 'Gwoza');
  assert.equal(incident?.location?.country, 'Nigeria');
  assert.equal(incident?.fatalities, 0);
  assert.ok(incident?.actors.some((a) => a.role === 'perpetrator' && a.name === 'Boko Haram'));
  const lead =
    'On 12 June 2021, Boko Haram fighters set up a new camp in the forest near Gwoza, Borno, Nigeria.';
  assert.ok(incident?.evidence.some((e) => e.field === 'eventType' && e.text === lead));
  assert.ok(incident?.evidence.some((e) => e.field === 'eventTypeByModel' && e.text === lead));
});

test('a lead the model types without four-to-one odds gives no incident', () => {
  assert.deepEqual(
    analyze(
      'On 4 April 2021, shopkeepers closed their shops and held placards in Mosul, Iraq, against new taxes.',
    ),
    [],
  );
});

test('a lead the model holds to be out of ACLED’s scope gives no incident', () => {
  assert.deepEqual(
    analyze(
      'Heavy rain flooded the lower districts of Kisumu, Kenya, on 3 March 2021, displacing hundreds of families.',
    ),
    [],
  );
  assert.deepEqual(
    analyze('On 3 March 2021, a committee in Kisumu, Kenya, discussed the budget for the coming year.'),
    [],
  );
});

test('an explosion the lead places at a plant or a depot is an accident, not the model’s bomb', () => {
  // The model alone holds this lead to be a bomb with high odds; the rules' reading of industrial sites overrules it.
  assert.equal(modelTyping('A blast went off at a gas storage plant, wounding two workers.'), undefined);
});

test('a lead that tells its event as planned or possible gives no incident', () => {
  assert.deepEqual(
    analyze(
      'On 12 June 2021, Boko Haram fighters planned to set up a new camp in the forest near Gwoza, Borno, Nigeria.',
    ),
    [],
  );
});

test('a lead dated in May is no modal "may"', () => {
  const [incident] = analyze(
    'On 5 May 2021, Boko Haram fighters set up a new camp in the forest near Gwoza, Borno, Nigeria.',
  );
  assert.equal(incident?.subEventType, 'Headquarters or base established');
  assert.equal(incident?.date.start, '2021-05-05');
});

test('an incident the rules type carries no mark of the model', () => {
  const incidents = analyze('On 12 June 2021, gunmen shot dead two farmers near Gwoza, Borno, Nigeria.');
  assert.equal(incidents.length, 1);
  assert.ok(!incidents[0]?.evidence.some((e) => e.field === 'eventTypeByModel'));
});
