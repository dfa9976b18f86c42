// Tests of the ACLED codebook rules on actors, typing and counts: which side is actor1, identity militias,
// context-only triggers, violent arrests, disputed tolls, idioms, security measures and other strategic
// developments. All sentences are written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acledSides } from '../core/acled-sides.js';
import { interCode } from '../core/acled.js';
import { IncidentSchema, type Incident } from '../core/incident.js';
import { readActors } from './actors.reader.js';
import { findCues } from './event-type.classifier.js';
import { readFatalities } from './fatalities.reader.js';
import { getGazetteer } from './gazetteer.js';
import { analyzeArticle } from './index.js';

function analyze(text: string): Incident[] {
  const incidents = analyzeArticle(
    { title: '', text, paragraphs: [text], published: null, publisher: null },
    { published: '2021-06-05' },
  );
  for (const incident of incidents) IncidentSchema.parse(incident);
  return incidents;
}

function news(text: string): Incident {
  const incident = analyze(text).find((i) => !i.background);
  assert.ok(incident, `no incident in: ${text}`);
  return incident;
}

const actor1 = (incident: Incident): Incident['actors'][number] | undefined => acledSides(incident).side1[0];

describe('actor1 by event type', () => {
  it('puts protesters on side 1 of a protest the police broke up', () => {
    const incident = news(
      'On 3 June 2021, hundreds of nurses protested outside the health ministry in Accra, Ghana, and police dispersed them with tear gas.',
    );
    assert.equal(incident.eventType, 'Protests');
    assert.equal(actor1(incident)?.kind, 'protesters');
    // The police broke it up: they are the perpetrator, the protesters their target.
    assert.ok(incident.actors.some((a) => a.kind === 'state' && a.role === 'perpetrator'));
    assert.ok(incident.actors.some((a) => a.kind === 'protesters' && a.role === 'target'));
  });

  it('puts rioters on side 1 of a riot against the police', () => {
    const incident = news(
      'On 3 June 2021, police fired tear gas after rioters threw stones in Lusaka, Zambia.',
    );
    assert.equal(incident.eventType, 'Riots');
    assert.equal(actor1(incident)?.kind, 'rioters');
  });

  it('codes an arrest with no force named to the state', () => {
    const incident = news('On 3 June 2021, two journalists were arrested in Harare, Zimbabwe.');
    assert.equal(incident.subEventType, 'Arrests');
    assert.equal(actor1(incident)?.kind, 'state');
  });

  it('does not make whoever found a body its killer', () => {
    const incident = news(
      'On 3 June 2021, the body of a trader was found by police near Kisumu, Kenya, with gunshot wounds.',
    );
    assert.notEqual(actor1(incident)?.kind, 'state');
  });

  it('makes the side whose attack was repulsed actor1', () => {
    const incident = news(
      'On 3 June 2021, four ISWAP fighters were killed when Nigerian troops repulsed their attack on Monguno, Nigeria.',
    );
    assert.equal(actor1(incident)?.kind, 'rebel');
  });

  it('takes the sides from the sentence that sets the scene when the trigger sentence names none', () => {
    const incident = news(
      'On 3 June 2021, clan militiamen traded accusations near Beledweyne, Somalia. One man was killed in the clash.',
    );
    assert.equal(actor1(incident)?.kind, 'identity militia');
  });
});

describe('actor kinds', () => {
  const gazetteer = getGazetteer();
  const kinds = (sentence: string): string[] => readActors(sentence, gazetteer).map((a) => a.kind);

  it('reads the noun after a group name as the group, not as state forces', () => {
    assert.deepEqual(kinds('The NAF rebel forces fired mortars at the village.'), ['rebel']);
    assert.deepEqual(kinds('ISGS fighters stormed the market.'), ['rebel']);
  });

  it('codes clan, tribal and communal militias as identity militias', () => {
    assert.deepEqual(kinds('Militiamen from the Marehan clan opened fire.'), ['identity militia']);
    assert.deepEqual(kinds('Armed tribesmen blocked the road.'), ['identity militia']);
    assert.deepEqual(kinds('Ethnic militias burned the houses.'), ['identity militia']);
  });

  it('codes unclaimed aircraft as unidentified military forces and an unknown party as an armed group', () => {
    assert.deepEqual(kinds('Unidentified warplanes struck a depot.'), ['external']);
    assert.deepEqual(kinds('Shelling by an unknown party hit the port.'), ['political militia']);
  });

  it('codes Houthi forces as the state forces of the Supreme Political Council', () => {
    const [houthi] = readActors('Houthi forces shelled the town.', gazetteer);
    assert.equal(houthi?.kind, 'state');
    assert.match(houthi?.name ?? '', /Supreme Political Council/);
  });
});

describe('triggers that are only context', () => {
  it('types reinforcements sent amid ongoing fighting as a change to group activity', () => {
    const incident = news(
      'On 3 June 2021, the army deployed reinforcements to Tessalit, Mali, amid the ongoing fighting in the region.',
    );
    assert.equal(incident.eventType, 'Strategic developments');
    assert.equal(incident.subEventType, 'Change to group/activity');
  });

  it('reads an arrest protested against as the grievance, not an intervention', () => {
    const incident = news(
      'On 3 June 2021, farmers protested in Nakuru, Kenya, against the arrest of their union leader.',
    );
    assert.equal(incident.subEventType, 'Peaceful protest');
  });

  it('reads "using small arms" as the weapon of an attack, not a clash', () => {
    const incident = news('On 3 June 2021, gunmen killed two traders in Gao, Mali, using small arms.');
    assert.equal(incident.eventType, 'Violence against civilians');
    assert.equal(incident.subEventType, 'Attack');
  });

  it('types an arrest with a beating as an attack on civilians', () => {
    const incident = news('On 3 June 2021, police beat and arrested three students in Kampala, Uganda.');
    assert.equal(incident.eventType, 'Violence against civilians');
    assert.equal(incident.subEventType, 'Attack');
  });

  it('still types a plain raid and arrest as an arrest', () => {
    const incident = news('On 3 June 2021, police raided a house and arrested three men in Kampala, Uganda.');
    assert.equal(incident.subEventType, 'Arrests');
  });

  it('reads "killed time" and similar idioms as no event', () => {
    assert.deepEqual(findCues('Passengers killed time reading novels at the station.'), []);
    assert.deepEqual(findCues('The minister killed the bill in committee.'), []);
    assert.equal(
      analyze('On 3 June 2021, passengers killed time reading novels at the station in Nairobi, Kenya.')
        .length,
      0,
    );
  });
});

describe('disputed counts', () => {
  it('takes the lowest of conflicting counts in one sentence', () => {
    assert.equal(
      readFatalities('Officials said 4 were killed, while residents put the toll at 11.')?.count,
      4,
    );
    assert.equal(
      readFatalities('The army said 3 soldiers were killed, but the rebels claimed 20 were killed.')?.count,
      3,
    );
  });

  it('still adds up listed groups when no source disputes them', () => {
    assert.equal(readFatalities('Gunmen killed two soldiers and three civilians.')?.count, 5);
  });
});

describe('disputed counts and parts of a count', () => {
  it('does not read "2 of the dead" as a rival figure', () => {
    assert.equal(
      readFatalities('Gunmen killed 3 people, but police said 2 of the dead were soldiers.')?.count,
      3,
    );
  });
});

describe('security measures (change to group/activity)', () => {
  it('types a curfew a governor imposed as a change to group activity of the government', () => {
    const incident = news(
      'The governor imposed a three-day curfew on the city of Kaduna, Nigeria, on Friday.',
    );
    assert.equal(incident.eventType, 'Strategic developments');
    assert.equal(incident.subEventType, 'Change to group/activity');
    assert.equal(actor1(incident)?.name, 'Government of Nigeria (2015-2023)');
    assert.equal(interCode(actor1(incident)?.kind ?? 'other'), 1);
  });

  it('reads a note that opens with ACLED\'s "Security measures:" label', () => {
    const incident = news(
      'Security measures: On 3 June 2021, the municipality of Antalya announced that face masks are compulsory in all markets.',
    );
    assert.equal(incident.subEventType, 'Change to group/activity');
    assert.equal(incident.date.start, '2021-06-03');
    assert.equal(actor1(incident)?.name, 'Government of Turkey (2016-)');
  });

  it('reads measures declared in the passive, extended and lifted', () => {
    for (const text of [
      "A state of emergency was declared in Ecuador's Guayas province on Wednesday.",
      'On 3 June 2021, the interior ministry extended the lockdown in Nairobi, Kenya, by two weeks.',
      'Authorities in Arequipa, Peru, lifted the nightly curfew on Thursday.',
    ]) {
      const incident = news(text);
      assert.equal(incident.subEventType, 'Change to group/activity', text);
      assert.equal(actor1(incident)?.kind, 'state', text);
    }
  });

  it('types a ban on rallies as a measure, not a protest, and keeps the force that imposed it', () => {
    const incident = news('On 3 June 2021, police banned all public rallies in Harare, Zimbabwe.');
    assert.equal(incident.subEventType, 'Change to group/activity');
    assert.equal(actor1(incident)?.name, 'Police Forces of Zimbabwe (2017-)');
    assert.deepEqual(
      findCues('Street protests were banned in the capital.').map((c) => c.kind),
      ['measure'],
    );
  });

  it('finds no event in a measure only considered, planned or named as backdrop', () => {
    for (const text of [
      'The minister said a curfew might be considered in Kano, Nigeria.',
      'The cabinet is considering imposing a lockdown on Lusaka, Zambia.',
      'The government of Chile announced plans to extend the state of emergency.',
      'Shop owners in Lima, Peru, complained about losses during the lockdown.',
    ]) {
      assert.deepEqual(analyze(text), [], text);
    }
  });

  it('keeps protesters who defy a curfew and fight the police a riot', () => {
    const incident = news(
      'Protesters defied the curfew and clashed with police in Conakry, Guinea, on Thursday.',
    );
    assert.equal(incident.eventType, 'Riots');
    assert.equal(incident.subEventType, 'Violent demonstration');
  });

  it('keeps arrests and killings ahead of the measure told beside them', () => {
    const arrest = news('Police arrested 25 people for breaking the curfew in Kampala, Uganda, on Friday.');
    assert.equal(arrest.subEventType, 'Arrests');
    const attack = news(
      'On 3 June 2021, the governor imposed a curfew on Jos, Nigeria, after gunmen killed four farmers.',
    );
    assert.equal(attack.eventType, 'Violence against civilians');
  });

  it('finds no event in weather warnings, disaster emergencies and diplomacy', () => {
    for (const text of [
      'The weather office issued a storm warning for the coast of Mozambique and urged residents to stay indoors.',
      'The governor declared a state of emergency in three districts after floods swept through Malawi.',
      'The European Union welcomed the lifting of the curfew in Freetown, Sierra Leone, in a statement.',
      'The foreign minister of Ghana met his Nigerian counterpart in Abuja and called for closer ties.',
    ]) {
      assert.deepEqual(analyze(text), [], text);
    }
  });
});

describe('other strategic developments', () => {
  it('types migrants relocated by the authorities and a humanitarian corridor as "Other"', () => {
    for (const text of [
      'On 3 June 2021, authorities in Tapachula, Mexico, relocated 150 Haitian migrants to a shelter in Tuxtla.',
      'On 3 June 2021, a humanitarian corridor was opened to let civilians leave the town of Kalyanivka, Ukraine.',
    ]) {
      const incident = news(text);
      assert.equal(incident.eventType, 'Strategic developments', text);
      assert.equal(incident.subEventType, 'Other', text);
    }
  });

  it('finds no event in people evacuated from a storm or refugees who crossed a border', () => {
    for (const text of [
      'The authorities evacuated 3,000 residents ahead of the cyclone in Beira, Mozambique.',
      'Refugees were evacuated from the camp in Dadaab, Kenya, as floods rose on Thursday.',
      'Thousands of refugees crossed into Uganda from South Sudan last month.',
    ]) {
      assert.deepEqual(analyze(text), [], text);
    }
  });
});
