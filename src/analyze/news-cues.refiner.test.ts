// Tests of the news-language cue refiner, through the analyzer: each sub-type told as news phrases it, and the
// neighbouring phrasings that must keep their old reading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCues } from './event-type.classifier.js';
import { analyzeArticle } from './index.js';
import { refineCues } from './news-cues.refiner.js';

const subType = (text: string): string | undefined =>
  analyzeArticle({ title: '', text, paragraphs: [text], published: '2024-06-12', publisher: null }).find(
    (i) => !i.background,
  )?.subEventType;
const kinds = (text: string): string[] => refineCues(text, findCues(text)).map((h) => h.kind);

describe('refineCues: news phrasing read as its ACLED sub-type', () => {
  const cases: [string, string][] = [
    ['Police found two explosive devices under a bridge near Kisumu on Monday.', 'Disrupted weapons use'],
    [
      'On Monday, soldiers seized 40 rifles and 3,000 rounds of ammunition at a farm near Gao.',
      'Disrupted weapons use',
    ],
    ['A stash of mortar shells was discovered by farmers outside Gao on Monday.', 'Disrupted weapons use'],
    ['On Sunday, rebels captured a strategic hilltop town near Gao.', 'Non-state actor overtakes territory'],
    [
      'On Tuesday, insurgents seized the town of Dera after the army pulled out, meeting no resistance.',
      'Non-violent transfer of territory',
    ],
    [
      'The army set up two new observation posts near the border town of Kuru on Friday.',
      'Headquarters or base established',
    ],
    ['Forty fighters of the Liberation Front surrendered to the army in Bama on Sunday.', 'Agreement'],
    ['On Sunday, the rebels and the army agreed a three-day truce around Bama.', 'Agreement'],
    ['Protesters pulled down the fence of the parliament in Abuja on Saturday.', 'Violent demonstration'],
    ['On Sunday, gunmen attacked a checkpoint near Bama, wounding two.', 'Armed clash'],
    [
      'A grenade exploded during clashes between police and gunmen in Kano on Monday, wounding six.',
      'Grenade',
    ],
    ['On Friday the Air Force destroyed five vehicles of the militants near Gao.', 'Air/drone strike'],
    [
      'Helicopters dropped canisters of poison gas on Kafr Zita on Tuesday, injuring 40 people.',
      'Chemical weapon',
    ],
    ['On Monday, the army redeployed troops to the northern border near Gao.', 'Change to group/activity'],
    ['On Monday, hundreds of nurses took to the streets of Kisumu over unpaid wages.', 'Peaceful protest'],
    ['On Friday, protesters stormed the governor’s office in Kisumu.', 'Violent demonstration'],
    [
      'On Tuesday, an explosion ripped through a bus station in Kano, killing nine.',
      'Remote explosive/landmine/IED',
    ],
    ['On Sunday, army helicopters struck a hideout near Gao.', 'Air/drone strike'],
    ['On Monday, six shops were torched by youths in Jos.', 'Looting/property destruction'],
    [
      'On Sunday, the district headquarters of Dera fell to the insurgents.',
      'Non-state actor overtakes territory',
    ],
    [
      'On Monday, two journalists were picked up by plainclothes officers in Quetta.',
      'Abduction/forced disappearance',
    ],
    [
      'On Monday, police seized 30 rifles, a grenade launcher and mortar rounds in a raid near Gao.',
      'Disrupted weapons use',
    ],
    [
      'On Friday, army engineers destroyed a vehicle-borne improvised explosive device near Gao.',
      'Disrupted weapons use',
    ],
    [
      'On Sunday, the army pulled out of Dera, leaving it in the hands of the insurgents, who moved in without resistance.',
      'Non-violent transfer of territory',
    ],
    [
      'On Monday, riot police chased the demonstrators away from the parliament in Abuja.',
      'Protest with intervention',
    ],
    [
      'On Sunday, insurgents recaptured Dera after a week of fighting.',
      'Non-state actor overtakes territory',
    ],
    ['On Friday, soldiers killed 14 suspected Liberation Front (LF) insurgents near Gao.', 'Armed clash'],
    ['On Friday, soldiers and insurgents traded fire for hours outside Gao.', 'Armed clash'],
    ['On Monday, coalition strikes hit a convoy near Gao.', 'Air/drone strike'],
    ['On Monday, a motorcycle bomb went off outside a bank in Kano.', 'Remote explosive/landmine/IED'],
    ['On Monday, gunmen held six nurses hostage in a clinic in Kano.', 'Abduction/forced disappearance'],
    ['On Monday, villagers stoned a suspected thief near Kano.', 'Mob violence'],
  ];
  for (const [text, expected] of cases) {
    it(expected, () => assert.equal(subType(text), expected, text));
  }
});

describe('refineCues: headlines in the present tense', () => {
  const cases: [string, string][] = [
    ['Militants behead two farmers near Kano', 'Attack'],
    ['Jets strike rebel-held town of Ariha in Idlib', 'Air/drone strike'],
    ['Rebels capture the town of Dera in the north', 'Non-state actor overtakes territory'],
    ['Blast rocks crowded market in Kano, killing nine', 'Remote explosive/landmine/IED'],
  ];
  for (const [text, expected] of cases) {
    it(expected, () => assert.equal(subType(text), expected, text));
  }
});

describe('news counts', () => {
  it('reads "scores of" people hurt as a count of one event, not a habit', () => {
    assert.equal(
      subType('On Sunday, gunmen attacked a wedding in Kano, injuring scores of guests.'),
      'Attack',
    );
  });
});

describe('refineCues: readings that must not move', () => {
  it('keeps a pistol taken after a shoot-out part of the fight', () => {
    assert.equal(
      subType('On Monday, police exchanged fire with gang members in Kano. The police seized a pistol.'),
      'Armed clash',
    );
  });
  it('drops an attack that was only plotted, and keeps one that was planned and carried out', () => {
    assert.equal(
      subType('On Sunday, police arrested 12 men suspected of plotting to attack a church in Jos.'),
      'Arrests',
    );
    assert.equal(
      subType('On Sunday, militants carried out a planned attack on villagers in Bama, killing four.'),
      'Attack',
    );
  });
  it('reads no demonstration in the month of March', () => {
    assert.deepEqual(kinds('Officials said on 4th March, 2015 that the budget had passed.'), []);
  });
  it('needs a crowd for breaking into a building to be a riot', () => {
    assert.notEqual(
      subType('On Monday, gunmen broke into a house in Kano and shot dead two men.'),
      'Violent demonstration',
    );
  });
  it('reads no riot in burning wreckage that activists filmed after an air strike', () => {
    assert.equal(
      subType(
        'On Tuesday, warplanes struck a market in Ariha. Footage shared by activists showed burning vehicles and bodies.',
      ),
      'Air/drone strike',
    );
  });
  it('reads no takeover in a place held, and no act in an allegation', () => {
    assert.ok(
      !kinds('Rebels, in control of the area since May, clashed with the army.').includes('territory'),
    );
    assert.ok(
      !kinds('The jets struck groups accused of carrying out a chlorine attack the day before.').includes(
        'chemical',
      ),
    );
  });
  it('reads a unit of riot police as no riot', () => {
    assert.equal(subType('On Monday, riot police watched as teachers marched in Abuja.'), 'Peaceful protest');
  });
  it('reads a person seized by name as no place taken', () => {
    assert.notEqual(
      subType('On Sunday, gunmen seized Ahmed Bello and his driver near Kano.'),
      'Non-state actor overtakes territory',
    );
  });
  it('keeps civilians killed by soldiers an attack', () => {
    assert.equal(subType('On Friday, soldiers killed 14 villagers near Gao.'), 'Attack');
  });
  it('keeps artillery fire on positions a shelling', () => {
    assert.equal(
      subType('On Monday, government forces attacked rebel positions with artillery near Gao.'),
      'Shelling/artillery/missile attack',
    );
  });
});
