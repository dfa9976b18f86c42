// End-to-end tests of analyzeArticle: the founding report, one sentence per event type, and texts that are no incident.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { needsShared } from '../../test/support/shared-data.js';
import { IncidentSchema, type Incident } from '../core/incident.js';
import { distanceKm } from './gazetteer.js';
import { analyzeArticle } from './index.js';

function analyze(text: string, published = '2020-05-11', publisher: string | null = null): Incident[] {
  const paragraphs = text.split(/\n\s*\n/);
  const incidents = analyzeArticle(
    { title: '', text, paragraphs, published: null, publisher },
    { published },
  );
  for (const incident of incidents) IncidentSchema.parse(incident);
  return incidents;
}

function news(text: string, published?: string): Incident {
  const incident = analyze(text, published).find((i) => !i.background);
  assert.ok(incident, `no incident in: ${text}`);
  return incident;
}

describe('the founding report', { skip: needsShared('seed/report.txt') }, () => {
  const raw = readFileSync(new URL('../../../shared/seed/report.txt', import.meta.url), 'utf8');
  const paragraphs = raw
    .split('\n')
    .slice(1)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const incidents = analyzeArticle(
    { title: '', text: paragraphs.join('\n\n'), paragraphs, published: null, publisher: null },
    { published: '2016-01-08' },
  );
  const main = incidents.find((i) => !i.background);

  it('codes the execution as violence against civilians in Raqqa', () => {
    assert.ok(main);
    assert.equal(main.eventType, 'Violence against civilians');
    assert.equal(main.subEventType, 'Attack');
    assert.equal(main.date.end, '2016-01-07');
    assert.ok(main.date.precision <= 2);
    assert.equal(main.location?.country, 'Syria');
    assert.equal(main.location?.iso3, 'SYR');
    assert.equal(main.location?.admin1, 'Ar-Raqqa');
    assert.equal(main.location?.precision, 1);
    assert.ok(distanceKm(main.location.lat, main.location.lon, 35.95, 39.01) < 25);
    assert.equal(main.fatalities, 1);
  });

  it('names Islamic State once as perpetrator and civilians as target', () => {
    assert.ok(main);
    const perpetrators = main.actors.filter((a) => a.role === 'perpetrator');
    assert.deepEqual(
      perpetrators.map((a) => a.name),
      ['Islamic State'],
    );
    assert.ok(main.actors.some((a) => a.role === 'target' && a.kind === 'civilians'));
  });

  it('keeps the source chain', () => {
    assert.ok(main);
    const names = main.sources.map((s) => s.name);
    assert.ok(names.includes('The Independent'));
    assert.equal(
      main.sources.find((s) => s.name === 'Raqqa is Being Slaughtered Silently')?.citedBy,
      'The Independent',
    );
    assert.equal(main.sources.find((s) => s.name === 'Syrian Observatory for Human Rights')?.kind, 'monitor');
  });

  it('finds the 2014 and 2015 killings as background, and no aggregate', () => {
    const background = incidents.filter((i) => i.background);
    assert.equal(background.length, 2);
    assert.deepEqual(
      background.map((i) => i.date.start),
      ['2014-01-01', '2015-01-01'],
    );
    for (const b of background) {
      assert.equal(b.date.precision, 3);
      assert.equal(b.fatalities, 1);
    }
    assert.equal(background[1]?.location?.admin1, 'Ar-Raqqa');
  });
});

describe('event types', () => {
  const cases: [string, string, string][] = [
    ['On 3 May 2020, gunmen shot dead a farmer in Kidal, Mali.', 'Violence against civilians', 'Attack'],
    [
      'On Sunday, militants abducted two aid workers near Gao, Mali.',
      'Violence against civilians',
      'Abduction/forced disappearance',
    ],
    [
      'Soldiers raped a woman in Bunia, Congo, on 2 May 2020, witnesses said.',
      'Violence against civilians',
      'Sexual violence',
    ],
    [
      'On 4 May 2020, an air strike hit a market in Maarat al-Numan, killing five civilians.',
      'Explosions/Remote violence',
      'Air/drone strike',
    ],
    [
      'Rebels shelled the outskirts of Aleppo with mortars on 5 May 2020.',
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ],
    [
      'A roadside bomb struck a police vehicle in Kandahar on 6 May 2020, killing two officers.',
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ],
    [
      'A suicide bomber blew himself up at a checkpoint in Mogadishu on 7 May 2020.',
      'Explosions/Remote violence',
      'Suicide bomb',
    ],
    [
      'On 7 May 2020, unknown men threw a grenade into a bar in Bujumbura.',
      'Explosions/Remote violence',
      'Grenade',
    ],
    ['Al Shabaab militants clashed with Somali troops near Kismayo on 8 May 2020.', 'Battles', 'Armed clash'],
    [
      'On 8 May 2020, the Taliban took control of the district centre in Ghazni after heavy fighting.',
      'Battles',
      'Non-state actor overtakes territory',
    ],
    [
      'Hundreds of teachers protested outside parliament in Nairobi on 8 May 2020 to demand unpaid wages.',
      'Protests',
      'Peaceful protest',
    ],
    [
      'Police fired tear gas to disperse demonstrators in Lagos on 8 May 2020.',
      'Protests',
      'Protest with intervention',
    ],
    [
      'Security forces shot dead three protesters in Baghdad on 9 May 2020.',
      'Protests',
      'Excessive force against protesters',
    ],
    [
      'Rioters torched cars and threw stones at police in Santiago on 9 May 2020.',
      'Riots',
      'Violent demonstration',
    ],
    ['On 9 May 2020, a mob lynched a suspected thief in Kampala.', 'Riots', 'Mob violence'],
    ['Police arrested 14 opposition members in Harare on 9 May 2020.', 'Strategic developments', 'Arrests'],
    [
      'Armed men looted shops and burned houses in Djibo, Burkina Faso, on 9 May 2020.',
      'Strategic developments',
      'Looting/property destruction',
    ],
    [
      'The two militias signed a ceasefire agreement in Juba on 9 May 2020.',
      'Strategic developments',
      'Agreement',
    ],
  ];
  for (const [text, eventType, subEventType] of cases) {
    it(`${subEventType}: ${text.slice(0, 50)}`, () => {
      const incident = news(text);
      assert.equal(incident.eventType, eventType);
      assert.equal(incident.subEventType, subEventType);
    });
  }
  it('types a killing of soldiers by militants as a battle', () => {
    assert.equal(
      news('On 2 May 2020, militants killed four soldiers in an attack near Gao, Mali.').eventType,
      'Battles',
    );
  });
});

describe('voice, negation and hedges', () => {
  it('reads the perpetrator of a passive sentence from its by-agent', () => {
    const incident = news(
      'On 2 May 2020, a teacher was killed by Boko Haram fighters in Maiduguri, Nigeria.',
    );
    assert.equal(incident.actors.find((a) => a.role === 'perpetrator')?.name, 'Boko Haram');
    assert.ok(incident.actors.some((a) => a.role === 'target' && a.name === 'Civilians (Nigeria)'));
  });
  it('does not create an incident from a denial', () => {
    assert.deepEqual(
      analyze('The army denied killing civilians in the region, a spokesman said on Monday.'),
      [],
    );
  });
  it('keeps an incident that is only alleged', () => {
    assert.equal(news('On 3 May 2020, police allegedly shot dead a student in Kisumu, Kenya.').fatalities, 1);
  });
});

describe('dates, places and fatalities', () => {
  it('anchors "on Thursday" on the most recent Thursday before publication', () => {
    const incident = news('Gunmen killed a chief in Zamfara on Thursday, police said.', '2020-05-11');
    assert.equal(incident.date.start, '2020-05-07');
    assert.equal(incident.date.precision, 1);
  });
  it('marks "last year" as a background year', () => {
    const incidents = analyze(
      'On 9 May 2020, gunmen killed two farmers in Kidal.\n\nLast year, militants executed a mayor in Gao.',
      '2020-05-11',
    );
    const background = incidents.find((i) => i.background);
    assert.equal(background?.date.start, '2019-01-01');
    assert.equal(background?.date.precision, 3);
  });
  it('joins transliterations of Deir ez-Zor', () => {
    for (const spelling of ['Deir ez-Zor', 'Dayr az Zawr', 'Deir Ezzor']) {
      const incident = news(`On 4 May 2020, an airstrike hit a village near ${spelling}, Syria.`);
      assert.equal(incident.location?.admin1, 'Deir-ez-Zor');
      assert.equal(incident.location?.precision, 2);
    }
  });
  it('reads "a dozen", ranges and number words', () => {
    assert.equal(news('On 4 May 2020, gunmen killed a dozen villagers in Bankass, Mali.').fatalities, 12);
    assert.equal(news('On 4 May 2020, 10-15 civilians were killed in shelling in Idlib.').fatalities, 10);
    assert.equal(
      news('On 4 May 2020, militants killed three soldiers and wounded seven in Gao.').fatalities,
      3,
    );
  });
  it('does not count the injured or the arrested', () => {
    assert.equal(news('On 4 May 2020, police arrested 40 people and injured 12 in Lagos.').fatalities, 0);
  });
});

describe('sources', () => {
  it('reads activists and a monitor relayed by an outlet', () => {
    const incident = analyze(
      'On 4 May 2020, an airstrike killed six people in Idlib, the Syrian Observatory for Human Rights told Reuters.',
      '2020-05-06',
      'Daily News',
    )[0];
    const monitor = incident?.sources.find((s) => s.kind === 'monitor');
    assert.equal(monitor?.citedBy, 'Reuters');
    assert.equal(incident?.sources.find((s) => s.name === 'Reuters')?.citedBy, 'Daily News');
  });
});

describe('no incident', () => {
  const texts = [
    'Heavy rain and floods killed 12 people in the north of the country on Monday.',
    'Shares plunged on Tuesday as markets reacted to the attack on the currency by speculators.',
    'The striker scored twice as the home side clashed with the league leaders on Saturday.',
    'Foreign ministers met in Geneva on Friday to discuss a possible ceasefire.',
    'The earthquake killed at least 40 people and destroyed hundreds of homes.',
    'In my view the new tax is an attack on the middle class.',
  ];
  for (const text of texts) {
    it(text.slice(0, 60), () => assert.deepEqual(analyze(text), []));
  }
});

describe('odd input', () => {
  it('returns quickly and empty for garbage', () => {
    const words = Array.from({ length: 20000 }, (_, i) => `word${i % 97}`).join(' ');
    const arabic = 'قتل مسلحون مدنيين في الرقة يوم الخميس. '.repeat(2000);
    const repeated = 'The weather was mild and pleasant in the valley. '.repeat(20000);
    for (const text of [words, arabic, repeated, '', '....', '\u0000\u0001']) {
      // CPU time, not wall-clock time, so a busy machine does not fail the test.
      const started = process.cpuUsage();
      assert.deepEqual(analyze(text), []);
      const used = process.cpuUsage(started);
      assert.ok((used.user + used.system) / 1000 < 1000 * Math.max(1, text.length / 100_000));
    }
  });
});

describe('the lead sentences place, date and attribute the news', () => {
  it('takes the place from the sentences with the trigger, not from a seat of government', () => {
    const incident = news(
      'At least 7 people, including two women, were killed on Sunday when air strikes hit a bakery in the town of Maarat al-Numan in Idlib province.\n\n' +
        'The raids were carried out by Russian jets.\n\n' +
        'There was no comment from Moscow or from the government in Damascus, which denies targeting civilians.',
      '2020-01-07',
    );
    assert.equal(incident.eventType, 'Explosions/Remote violence');
    assert.equal(incident.location?.name, 'Maarat al-Numan');
    assert.equal(incident.date.start, '2020-01-05');
    assert.equal(incident.fatalities, 7);
    assert.ok(
      incident.actors.some(
        (a) =>
          a.name === 'Military Forces of Russia (2000-)' && a.role === 'perpetrator' && a.kind === 'external',
      ),
    );
    assert.ok(incident.actors.some((a) => a.kind === 'civilians' && a.role === 'target'));
  });
  it('writes an upper-case dateline in the gazetteer case', () => {
    const incident = news('KIDAL, Mali (AP) — Gunmen killed three traders in Kidal on Monday.', '2020-05-12');
    assert.equal(incident.location?.name, 'Kidal');
  });
  it('names the owner of weapons: "government artillery", "Nigerian troops"', () => {
    const shelled = news('Government artillery shelled a village near Aleppo, Syria on Monday, killing two.');
    assert.ok(
      shelled.actors.some(
        (a) => a.name === 'Military Forces of Syria (2000-2024)' && a.role === 'perpetrator',
      ),
    );
    const clash = news('Nigerian troops clashed with Boko Haram near Bama on Monday.');
    assert.ok(
      clash.actors.some((a) => a.name === 'Military Forces of Nigeria (2015-2023)' && a.kind === 'state'),
    );
  });
});
