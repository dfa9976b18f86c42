// One sentence of our own per ACLED sub-event type, and the hard readings: passive voice, negation, hedges,
// conflicting counts and texts that report no incident.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncidentSchema, type Incident } from '../core/incident.js';
import { analyzeArticle } from './index.js';

function incidents(text: string): Incident[] {
  const out = analyzeArticle(
    { title: '', text, paragraphs: [text], published: null, publisher: null },
    { published: '2021-03-16' },
  );
  for (const incident of out) IncidentSchema.parse(incident);
  return out;
}

function news(text: string): Incident {
  const incident = incidents(text).find((i) => !i.background);
  assert.ok(incident, `no incident in: ${text}`);
  return incident;
}

const SUB_EVENTS: readonly (readonly [string, string, string])[] = [
  [
    'Battles',
    'Armed clash',
    'On 14 March 2021, soldiers clashed with Taliban fighters near Ghazni, Afghanistan.',
  ],
  [
    'Battles',
    'Government regains territory',
    'On 14 March 2021, the Syrian army recaptured the village of Kafr Nabl from rebels in Idlib province.',
  ],
  [
    'Battles',
    'Non-state actor overtakes territory',
    'On 14 March 2021, Al Shabaab militants seized control of the town of Bulo Burde in Hiraan, Somalia.',
  ],
  [
    'Explosions/Remote violence',
    'Chemical weapon',
    'On 14 March 2021, a chlorine gas attack hit a neighbourhood of Douma, Syria, residents said.',
  ],
  [
    'Explosions/Remote violence',
    'Air/drone strike',
    'On 14 March 2021, a drone strike killed four militants in Marib, Yemen.',
  ],
  [
    'Explosions/Remote violence',
    'Suicide bomb',
    'On 14 March 2021, a suicide bomber blew himself up at a checkpoint in Mogadishu, Somalia, killing six people.',
  ],
  [
    'Explosions/Remote violence',
    'Shelling/artillery/missile attack',
    'On 14 March 2021, separatist forces shelled positions near Avdiivka, Donetsk, Ukraine.',
  ],
  [
    'Explosions/Remote violence',
    'Remote explosive/landmine/IED',
    'On 14 March 2021, a roadside bomb exploded under a police vehicle in Kandahar, Afghanistan, killing two officers.',
  ],
  [
    'Explosions/Remote violence',
    'Grenade',
    'On 14 March 2021, unknown assailants threw a grenade into a bar in Bujumbura, Burundi, wounding three people.',
  ],
  [
    'Violence against civilians',
    'Sexual violence',
    'On 14 March 2021, soldiers raped two women in a village near Goma, Democratic Republic of Congo.',
  ],
  [
    'Violence against civilians',
    'Attack',
    'On 14 March 2021, gunmen shot dead a farmer in his field near Mopti, Mali.',
  ],
  [
    'Violence against civilians',
    'Abduction/forced disappearance',
    'On 14 March 2021, armed men kidnapped 12 passengers from a bus near Kaduna, Nigeria.',
  ],
  [
    'Protests',
    'Peaceful protest',
    'On 14 March 2021, hundreds of teachers protested peacefully in Nairobi, Kenya, over unpaid salaries.',
  ],
  [
    'Protests',
    'Protest with intervention',
    'On 14 March 2021, police arrested dozens of protesters at a demonstration in Minsk, Belarus.',
  ],
  [
    'Protests',
    'Excessive force against protesters',
    'On 14 March 2021, security forces opened fire on peaceful protesters in Mandalay, Myanmar, killing three.',
  ],
  [
    'Riots',
    'Violent demonstration',
    'On 14 March 2021, rioters torched cars and threw stones at police in Dakar, Senegal.',
  ],
  ['Riots', 'Mob violence', 'On 14 March 2021, a mob lynched a man accused of theft in Kampala, Uganda.'],
  [
    'Strategic developments',
    'Agreement',
    'On 14 March 2021, the government and the rebels signed a ceasefire agreement in Juba, South Sudan.',
  ],
  [
    'Strategic developments',
    'Arrests',
    'On 14 March 2021, police arrested an opposition leader at his home in Harare, Zimbabwe.',
  ],
  [
    'Strategic developments',
    'Looting/property destruction',
    'On 14 March 2021, militiamen looted shops and burned houses in Djugu, Ituri, Democratic Republic of Congo.',
  ],
  [
    'Strategic developments',
    'Change to group/activity',
    'On 14 March 2021, the government imposed a curfew in Yangon, Myanmar.',
  ],
  [
    'Strategic developments',
    'Disrupted weapons use',
    'On 14 March 2021, the army defused an improvised explosive device planted on a road near Maiduguri, Nigeria.',
  ],
  [
    'Strategic developments',
    'Headquarters or base established',
    'On 14 March 2021, Islamic State militants established a base near Palmyra, Syria.',
  ],
  [
    'Strategic developments',
    'Other',
    'On 14 March 2021, the government evacuated 120 Eritrean refugees from a camp near Gondar, Ethiopia, by bus.',
  ],
  [
    'Strategic developments',
    'Non-violent transfer of territory',
    'On 14 March 2021, rebels handed over control of Kidal, Mali, to the army without fighting.',
  ],
];

describe('every sub-event type', () => {
  for (const [eventType, subEventType, text] of SUB_EVENTS) {
    it(`${subEventType}: ${text.slice(19, 70)}`, () => {
      const incident = news(text);
      assert.equal(incident.eventType, eventType);
      assert.equal(incident.subEventType, subEventType);
      assert.equal(incident.date.start, '2021-03-14');
    });
  }
});

describe('passive voice, negation, hedges and counts', () => {
  it('reads the agent of a passive killing as the perpetrator', () => {
    const incident = news('On 14 March 2021, a soldier was shot dead by militants in Pulwama, India.');
    assert.equal(incident.fatalities, 1);
    assert.equal(incident.actors.find((a) => a.role === 'perpetrator')?.kind, 'political militia');
    assert.equal(incident.actors.find((a) => a.role === 'target')?.kind, 'state');
  });
  it('reads a passive abduction', () => {
    const incident = news('On 14 March 2021, three villagers were abducted by gunmen in Zamfara, Nigeria.');
    assert.equal(incident.subEventType, 'Abduction/forced disappearance');
    assert.equal(incident.fatalities, 0);
  });
  it('finds no event in a denial', () => {
    assert.deepEqual(
      incidents('On 14 March 2021, the army denied killing civilians in Tigray, Ethiopia.'),
      [],
    );
  });
  it('keeps a hedged ("allegedly") killing with its count', () => {
    const incident = news('On 14 March 2021, militants allegedly killed two aid workers in Kidal, Mali.');
    assert.equal(incident.eventType, 'Violence against civilians');
    assert.equal(incident.fatalities, 2);
  });
  it('keeps the lead count when a later sentence gives another', () => {
    const text =
      'On 14 March 2021, gunmen killed five people in Katsina, Nigeria. Local officials later put the toll at eight.';
    assert.equal(news(text).fatalities, 5);
  });
  it('takes the lower bound of "between 7 and 12"', () => {
    assert.equal(
      news('On 14 March 2021, an air strike killed between 7 and 12 civilians in Idlib, Syria.').fatalities,
      7,
    );
  });
  it('codes an event without reported deaths as 0 (ACLED convention)', () => {
    assert.equal(
      news('On 14 March 2021, militants attacked an army post in Gao, Mali. No one was killed.').fatalities,
      0,
    );
    assert.equal(news('On 14 March 2021, hundreds of teachers protested in Nairobi, Kenya.').fatalities, 0);
  });
  it('reads deaths without a number as 10, as ACLED codes plural deaths without a count', () => {
    assert.equal(
      news('On 14 March 2021, shelling of Avdiivka, Ukraine, caused deaths, officials said.').fatalities,
      10,
    );
  });
  it('leaves the count unknown when the text says people died but gives no number or plural', () => {
    assert.equal(
      news('On 14 March 2021, shelling hit Avdiivka, Ukraine; the dead were taken to the morgue.').fatalities,
      null,
    );
  });
  it('reads a vague plural count as 10', () => {
    const text = 'On 14 March 2021, soldiers killed an unknown number of militants near Ghazni, Afghanistan.';
    assert.equal(news(text).fatalities, 10);
  });
  it('counts a found body as one death', () => {
    assert.equal(
      news('On 14 March 2021, the body of a man shot in the head was found in Culiacan, Mexico.').fatalities,
      1,
    );
  });
});

describe('country and place from containers', () => {
  it('places "X (District, Province)" in the province\'s country', () => {
    const incident = news(
      'On 14 March 2021, militants attacked soldiers in Bulo Burde (Bulo Burde, Hiraan).',
    );
    assert.equal(incident.location?.country, 'Somalia');
  });
  it('takes the country from a group bound to one conflict', () => {
    const incident = news('On 14 March 2021, Taliban fighters attacked a checkpoint, killing two policemen.');
    assert.equal(incident.location?.country, 'Afghanistan');
  });
});

describe('texts that report no incident', () => {
  for (const text of [
    'The football club won the cup final 3-1 on Sunday in Madrid.',
    'The central bank raised interest rates by half a point on Tuesday.',
    'The ministry published its annual report on schools and hospitals in Lagos.',
    'Tourists crowded the beaches of Mombasa over the long weekend.',
  ]) {
    it(text.slice(0, 60), () => assert.deepEqual(incidents(text), []));
  }
});
