// Tests of actor reading and ACLED actor naming: who acted and who was hit, speakers and places that are no
// actors, blame laid by the text, named groups and their inter codes. All sentences are written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acledSides } from '../core/acled-sides.js';
import { interCode } from '../core/acled.js';
import { IncidentSchema, type Incident } from '../core/incident.js';
import { acledStateName, rulingPeriod } from './actor-periods.data.js';
import { readActors } from './actors.reader.js';
import { getGazetteer } from './gazetteer.js';
import { analyzeArticle } from './index.js';

function news(text: string, published = '2021-06-05'): Incident {
  const incident = analyzeArticle(
    { title: '', text, paragraphs: [text], published: null, publisher: null },
    { published },
  ).find((i) => !i.background);
  assert.ok(incident, `no incident in: ${text}`);
  IncidentSchema.parse(incident);
  return incident;
}

const actor1 = (incident: Incident): Incident['actors'][number] | undefined => acledSides(incident).side1[0];
const perpetrators = (incident: Incident): string[] =>
  incident.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name);

describe('actor mentions', () => {
  it('reads "military forces of X" as one mention owned by X, not "military" and "forces"', () => {
    const mentions = readActors(
      'On 2 June 2021, military forces of Armenia fired with small arms at the positions of the military forces of Azerbaijan near Tovuz.',
      getGazetteer(),
    );
    assert.deepEqual(
      mentions.map((m) => m.iso2),
      ['AM', 'AZ'],
    );
  });

  it('finds the owner of a force in a run of capitalised words or after "of the army of"', () => {
    const gazetteer = getGazetteer();
    for (const [text, iso2] of [
      ['Suspected United States aircraft struck a camp.', 'US'],
      ['U.S. troops fired flares.', 'US'],
      ['South Sudanese soldiers looted the shops.', 'SS'],
      ['French Operation Sentinelle forces patrolled.', 'FR'],
      ['Soldiers of the army of South Sudan looted the shops.', 'SS'],
    ] as const) {
      assert.equal(readActors(text, gazetteer)[0]?.iso2, iso2, text);
    }
  });

  it('drops forces that only speak ("police said", "an army spokesman") or only name a place ("near a military base")', () => {
    const gazetteer = getGazetteer();
    for (const text of [
      'Two people died when a grenade went off in a bus station, police said.',
      'An army spokesman told reporters that three people had died.',
      'The blast went off near a military base on the edge of the city.',
      'According to police, the blast was heard across the town.',
    ]) {
      assert.deepEqual(
        readActors(text, gazetteer).filter((m) => m.kind === 'state'),
        [],
        text,
      );
    }
  });

  it('marks a group the sentence blames or that claims the act', () => {
    const gazetteer = getGazetteer();
    for (const text of [
      'Gunmen burned the market, residents said, blaming the Islamic State.',
      'The ambush bore the hallmarks of Boko Haram, a local official said.',
      'Al Shabaab, the militant group, said in a claim of responsibility that it had planted the device.',
    ]) {
      const named = readActors(text, gazetteer).filter((m) => !m.isGeneric);
      assert.equal(named[0]?.isBlamed, true, text);
    }
  });
});

describe('perpetrator and target', () => {
  it('codes a roadside bomb that killed soldiers to an unidentified armed group, with the soldiers as target', () => {
    const incident = news(
      'On 3 June 2021, a roadside bomb killed three soldiers near Gao, Mali, police said.',
    );
    assert.equal(incident.eventType, 'Explosions/Remote violence');
    assert.equal(actor1(incident)?.name, 'Unidentified Armed Group (Mali)');
    assert.equal(interCode(actor1(incident)?.kind ?? 'other'), 3);
    assert.ok(incident.actors.some((a) => a.kind === 'state' && a.role === 'target'));
  });

  it('codes a shoot-out between no one named to an unidentified armed group, and knows gangs and bomb squads', () => {
    const incident = news(
      'On 3 June 2021, a shoot-out took place in the Jardim Angela neighbourhood of Sao Paulo, Brazil.',
    );
    assert.equal(incident.eventType, 'Battles');
    assert.equal(actor1(incident)?.name, 'Unidentified Armed Group (Brazil)');
    assert.equal(acledSides(incident).side2[0]?.name, 'Unidentified Armed Group (Brazil)');
    const gazetteer = getGazetteer();
    assert.equal(readActors('Rival gangs fought over the market.', gazetteer)[0]?.kind, 'political militia');
    assert.equal(readActors('The device was defused by a bomb squad.', gazetteer)[0]?.kind, 'state');
  });

  it('reads actors after a heading ("Security measures:") as its actors, and no force in "Movement of forces"', () => {
    const sealed = news(
      'Security measures: On 3 June 2021, the Revolutionary Guards sealed off the town of Mayadin in Deir ez-Zor, Syria.',
    );
    assert.match(actor1(sealed)?.name ?? '', /^Military Forces of Iran/);
    assert.equal(actor1(sealed)?.kind, 'external');
    const names = readActors(
      'Movement of forces: a patrol by Turkish forces took place.',
      getGazetteer(),
    ).map((m) => m.iso2);
    assert.deepEqual(names, ['TR']);
  });

  it('gives the act to the group the report blames, not to the gunmen it names first', () => {
    const incident = news(
      'On 3 June 2021, gunmen killed eleven villagers near Menaka, Mali, the army said, blaming the Islamic State.',
    );
    assert.deepEqual(perpetrators(incident), ['Islamic State']);
  });

  it('makes who drove onto a mine its victim', () => {
    const incident = news(
      'On 3 June 2021, a police patrol hit a landmine near Damboa, Nigeria, killing two officers.',
    );
    assert.ok(
      !perpetrators(incident).some((name) => name.startsWith('Police Forces')),
      perpetrators(incident).join(),
    );
    assert.ok(
      incident.actors.some((a) => a.name.startsWith('Police Forces of Nigeria') && a.role === 'target'),
    );
  });

  it('does not make the victims named after a passive killing or a noun like "the dead" perpetrators', () => {
    const incident = news(
      'On 3 June 2021, seven people were killed when a suicide bomber struck a cafe frequented by soldiers in Beledweyne, Somalia. Police counted the dead at the scene.',
    );
    assert.equal(actor1(incident)?.name, 'Unidentified Armed Group (Somalia)');
    assert.ok(!perpetrators(incident).some((name) => /Forces of/.test(name)), perpetrators(incident).join());
  });

  it('makes civilians the target of a blast that only wounded, of a mob, and of looting', () => {
    for (const text of [
      'On 3 June 2021, a grenade thrown at a bus station wounded four people in Juba, South Sudan.',
      'On 3 June 2021, a mob lynched a man accused of theft in Kisumu, Kenya.',
      'On 3 June 2021, militiamen looted shops in Beni, Democratic Republic of Congo.',
    ]) {
      const incident = news(text);
      assert.ok(
        incident.actors.some((a) => a.kind === 'civilians' && a.role === 'target'),
        `${text}: ${incident.eventType}/${incident.subEventType} ${JSON.stringify(incident.actors)}`,
      );
    }
  });

  it('keeps the foreign force that fired on another state external (inter 8) and the defender as target', () => {
    const incident = news(
      'On 2 June 2021, military forces of Armenia fired with small arms at the positions of the military forces of Azerbaijan near Tovuz.',
    );
    assert.equal(actor1(incident)?.kind, 'external');
    assert.match(actor1(incident)?.name ?? '', /^Military Forces of Armenia/);
    assert.ok(
      incident.actors.some((a) => /^Military Forces of Azerbaijan/.test(a.name) && a.role === 'target'),
    );
  });
});

describe('fire across a front that names no side', () => {
  it("codes the state's forces as side 1 of an exchange of fire across a front line that names no side", () => {
    for (const text of [
      'On 3 June 2021, shots were exchanged in both directions of the frontline near Marinka, Ukraine.',
      'On 3 June 2021, exchanges of mortar fire were reported along the line of contact near Horlivka, Ukraine.',
    ]) {
      const incident = news(text);
      assert.match(actor1(incident)?.name ?? '', /^Military Forces of Ukraine/, text);
      assert.equal(actor1(incident)?.kind, 'state', text);
    }
  });
  it('names no state as the shooter of one-sided fire that the report does not attribute', () => {
    // An exchange of fire across a front has both sides in it; explosions a monitor counts may come from
    // either, and naming the state as their perpetrator would be an attribution the report does not make.
    for (const text of [
      'On 3 June 2021, ceasefire monitors recorded 14 explosions from unknown weapons near Avdiivka, Ukraine.',
      'On 3 June 2021, gunfire was heard near a market in Marinka, Ukraine.',
      'On 3 June 2021, a bomb exploded near a clinic in Mosul, Iraq, wounding two frontline health workers.',
      'On 3 June 2021, rights monitors recorded 12 civilians killed when a bomb exploded at a market in Mosul, Iraq.',
    ]) {
      const incident = news(text);
      assert.notEqual(actor1(incident)?.kind, 'state', text);
    }
  });
});

describe('property destruction nobody known is named for', () => {
  it("codes it to an unidentified armed group, with the property's owners as the target", () => {
    const incident = news(
      'On 3 June 2021, an anarchist collective carried out an arson attack on a bank branch in Izmir, Turkey, causing material damage.',
    );
    assert.equal(incident.subEventType, 'Looting/property destruction');
    assert.equal(actor1(incident)?.name, 'Unidentified Armed Group (Turkey)');
    assert.ok(incident.actors.some((a) => a.kind === 'civilians' && a.role === 'target'));
  });
});

describe("a device that goes off in its handlers' hands", () => {
  it('has the handlers as the acting side, not an unidentified armed group', () => {
    for (const text of [
      'On 3 June 2021, two Taliban fighters were killed when a roadside bomb they were planting exploded prematurely near Ghazni, Afghanistan.',
      'On 3 June 2021, a Taliban commander died when the mine he was laying detonated accidentally in Helmand, Afghanistan.',
    ]) {
      const incident = news(text);
      assert.equal(actor1(incident)?.name, 'Taliban', text);
    }
  });
});

describe('named groups', () => {
  it('knows rebel groups of several conflicts by their ACLED names and inter code 2', () => {
    for (const [text, name] of [
      [
        'On 3 June 2021, NPA rebels clashed with soldiers in Bukidnon, Philippines.',
        "NPA: New People's Army",
      ],
      [
        'On 3 June 2021, Ambazonian separatists clashed with gendarmes in Bamenda, Cameroon.',
        'Ambazonian Separatists (Cameroon)',
      ],
    ] as const) {
      const incident = news(text);
      assert.equal(actor1(incident)?.name, name, text);
      assert.equal(actor1(incident)?.kind, 'rebel', text);
    }
  });

  it('knows national forces by their own names and acronyms, and prison guards as state forces', () => {
    const gazetteer = getGazetteer();
    const fardc = readActors('FARDC soldiers clashed with CODECO fighters near Djugu.', gazetteer);
    assert.deepEqual(
      fardc.map((m) => [m.name, m.kind, m.iso2]),
      [
        ['Military Forces of Democratic Republic of Congo', 'state', 'CD'],
        ['CODECO: Cooperative for Development of Congo', 'political militia', 'CD'],
      ],
    );
    assert.deepEqual(
      readActors('The IRGC sealed off the town while NATO aircraft flew over it.', gazetteer).map((m) => [
        m.name,
        m.kind,
      ]),
      [
        ['Military Forces of Iran', 'state'],
        ['NATO: North Atlantic Treaty Organization', 'external'],
      ],
    );
    const guards = readActors('A detainee was beaten to death by prison guards.', gazetteer);
    assert.equal(guards[0]?.kind, 'state');
    // Short acronyms count only in capitals: "Ana" is a name, not the Afghan army.
    assert.deepEqual(
      readActors('Ana and her brother were shot by gunmen.', gazetteer).map((m) => m.kind),
      ['political militia'],
    );
  });

  it("codes a people's or community's armed men as an identity militia (inter 4), a country's as before", () => {
    const gazetteer = getGazetteer();
    const read = (text: string): [string, string][] =>
      readActors(text, gazetteer).map((m) => [m.name, m.kind]);
    assert.deepEqual(read('Dawro raiders stole two hundred cattle.'), [
      ['Dawro Ethnic Militia ({country})', 'identity militia'],
    ]);
    assert.deepEqual(read('Armed herders from the next valley burned the farms.'), [
      ['Unidentified Communal Militia ({country})', 'identity militia'],
    ]);
    assert.deepEqual(
      read('Nigerian gunmen and Unknown gunmen were seen on Tuesday.').map(([, kind]) => kind),
      ['political militia', 'political militia'],
    );
    assert.deepEqual(read('Mayi Mayi militiamen abducted six fishermen.'), [
      ['Mayi Mayi Militia', 'political militia'],
    ]);
    // A self-named political force is no people: "People's", "Patriotic", "National" mark a movement's name.
    assert.deepEqual(read("Ukrainian forces fired at the positions of the Donbass People's Militia."), [
      ['Military Forces of {country}', 'state'],
      ['NAF: United Armed Forces of Novorossiya', 'rebel'],
    ]);
    assert.equal(read('Patriotic Front militiamen looted the depot.')[0]?.[1], 'political militia');
  });

  it('codes fighting between communities as communal militias on both sides (inter 4 and 4)', () => {
    const sides = (text: string): [string | undefined, string | undefined] => {
      const { side1, side2 } = acledSides(news(text));
      return [side1[0]?.name, side2[0]?.name];
    };
    assert.deepEqual(
      sides('On 3 June 2021, three men were killed in inter-clan fighting near Galkayo, Somalia.'),
      ['Unidentified Clan Militia (Somalia)', 'Unidentified Clan Militia (Somalia)'],
    );
    const origin = news(
      'On 3 June 2021, militias from Okpoma and Ebom clashed over a farmland boundary in Yala, Nigeria.',
    );
    assert.deepEqual(
      origin.actors.map((a) => [a.kind, a.role]),
      [
        ['identity militia', 'perpetrator'],
        ['identity militia', 'target'],
      ],
    );
    assert.equal(
      actor1(
        news(
          'On 3 June 2021, suspected Fulani militias raided a hamlet near Kalale, Benin, killing two farmers.',
        ),
      )?.kind,
      'identity militia',
    );
    // A country's militiamen stay a political militia.
    assert.equal(
      readActors('Militiamen from Sudan crossed the border.', getGazetteer())[0]?.kind,
      'political militia',
    );
  });

  it('reads one force noun owned by two countries as both, the host state on side 1 of their fight', () => {
    const gazetteer = getGazetteer();
    assert.deepEqual(
      readActors('Military forces of Armenia and Azerbaijan exchanged fire overnight.', gazetteer).map(
        (m) => m.iso2,
      ),
      ['AM', 'AZ'],
    );
    assert.deepEqual(
      readActors('Thai and Cambodian soldiers traded fire at the temple.', gazetteer).map((m) => m.iso2),
      ['TH', 'KH'],
    );
    const fight = news(
      'On 4 June 2021, Thai and Cambodian troops exchanged fire near Preah Vihear, Cambodia.',
    );
    const { side1, side2 } = acledSides(fight);
    assert.deepEqual(
      [side1.map((a) => [a.name, interCode(a.kind)]), side2.map((a) => [a.name, interCode(a.kind)])],
      [[['Military Forces of Cambodia (1993-)', 1]], [['Military Forces of Thailand (2019-2023)', 8]]],
    );
  });

  it("codes a death in a force's custody, and violence after an arrest, to that force", () => {
    const custody = news('On 2 June 2021, a teacher from Homs died under torture in a regime prison, Syria.');
    assert.deepEqual(perpetrators(custody), ['Military Forces of Syria (2000-2024)']);
    const cell = news('On 2 June 2021, a trader died in police custody in Mombasa, Kenya, his family said.');
    assert.equal(actor1(cell)?.kind, 'state');
    const detained = news(
      'On 2 June 2021, Ethiopian soldiers detained and beat two shepherds to death near Gode, Ethiopia.',
    );
    assert.equal(actor1(detained)?.kind, 'state');
    // An attack on a prison is not the prison's force acting.
    const raid = news(
      'On 2 June 2021, gunmen attacked a police prison in Kogi, Nigeria, killing two guards.',
    );
    assert.notEqual(actor1(raid)?.kind, 'state');
  });

  it('names unnamed criminal gangs as ACLED does ("Unidentified Gang", inter 3)', () => {
    const shot = news('On 2 June 2021, gang members shot dead a shopkeeper in Tegucigalpa, Honduras.');
    assert.deepEqual(
      [actor1(shot)?.name, actor1(shot)?.kind],
      ['Unidentified Gang (Honduras)', 'political militia'],
    );
    const plain = news('On 2 June 2021, gunmen shot dead a shopkeeper in Tegucigalpa, Honduras.');
    assert.equal(actor1(plain)?.name, 'Unidentified Armed Group (Honduras)');
    const feud = acledSides(
      news('On 2 June 2021, a shoot-out between rival gangs killed two men in Recife, Brazil.'),
    );
    assert.deepEqual(
      [feud.side1[0]?.name, feud.side2[0]?.name],
      ['Unidentified Gang (Brazil)', 'Unidentified Gang (Brazil)'],
    );
  });

  it('reads a suspicion told after the name ("X are the suspected attackers") as blame', () => {
    const gazetteer = getGazetteer();
    const blamed = (text: string): boolean[] => readActors(text, gazetteer).map((m) => m.isBlamed === true);
    assert.equal(blamed('Al Shabaab were the suspected attackers, an elder said.')[0], true);
    assert.deepEqual(blamed('Gunmen believed to belong to Boko Haram burned the market.'), [false, true]);
    assert.deepEqual(blamed('Al Shabaab were seen near the well.'), [false]);
    assert.equal(
      readActors('Dyck Advisory Group helicopters fired on the camp.', gazetteer)[0]?.kind,
      'external',
    );
  });

  it('codes "coalition forces" and "coalition airstrikes" as the coalition, an external actor', () => {
    const strike = news(
      'On 2 June 2021, coalition warplanes struck an Islamic State hideout near Rutba, Anbar, Iraq.',
    );
    assert.deepEqual(
      [actor1(strike)?.name, actor1(strike)?.kind],
      ['Global Coalition Against Daesh', 'external'],
    );
    // The Saudi-led coalition keeps its own name.
    assert.equal(
      readActors('Saudi-led coalition warplanes hit the port.', getGazetteer())[0]?.name,
      'Operation Restoring Hope',
    );
  });

  it('names Islamist armed men no group is named for as ACLED\'s "Islamist Militia" (inter 3)', () => {
    const raid = news(
      'On 2 June 2021, Islamist insurgents attacked a village near Palma, Cabo Delgado, Mozambique, killing two farmers.',
    );
    assert.deepEqual(
      [actor1(raid)?.name, actor1(raid)?.kind],
      ['Islamist Militia (Mozambique)', 'political militia'],
    );
    // A named group keeps its name.
    assert.equal(
      readActors('Islamic State fighters attacked the base.', getGazetteer())[0]?.name,
      'Islamic State',
    );
  });

  it('reads "separatists" outside Ukraine as no Ukrainian militia', () => {
    const names = readActors('Separatists attacked a convoy in the Anglophone region.', getGazetteer()).map(
      (m) => m.name,
    );
    assert.ok(!names.some((n) => n.startsWith('NAF')), names.join());
  });

  it("reads Yemen's sides by their patrons' names: pro-Hadi forces are the state, pro-Houthi fighters the Houthis", () => {
    const names = readActors(
      'Pro-Hadi troops repelled an assault by pro-Houthi fighters, while pro-Houthi media denied it.',
      getGazetteer(),
    ).map((m) => m.name);
    assert.deepEqual(names, [
      'Military Forces of Yemen',
      'Military Forces of Yemen (2016-) Supreme Political Council',
    ]);
  });

  it('knows sides named by their patron elsewhere too', () => {
    const gazetteer = getGazetteer();
    assert.deepEqual(
      readActors('Turkey-backed factions shelled positions held by pro-Haftar forces.', gazetteer).map(
        (m) => m.name,
      ),
      ['Syrian National Army', 'Military Forces of Libya (2014-) Haftar Faction'],
    );
  });

  it('codes the Saudi-led coalition in Yemen as the external Operation Restoring Hope', () => {
    const incident = news('On 3 June 2021, Saudi-led coalition warplanes struck a farm in Saada, Yemen.');
    assert.equal(actor1(incident)?.name, 'Operation Restoring Hope');
    assert.equal(interCode(actor1(incident)?.kind ?? 'other'), 8);
  });
});

describe('ACLED names of state forces', () => {
  it('adds the ruling period the report date falls in', () => {
    const before = news('On 3 June 2021, police shot dead two men in Kisumu, Kenya.', '2021-06-05');
    const after = news('On 3 June 2023, police shot dead two men in Kisumu, Kenya.', '2023-06-05');
    const police = (i: Incident): string | undefined => i.actors.find((a) => a.kind === 'state')?.name;
    assert.equal(police(before), 'Police Forces of Kenya (2013-2022)');
    assert.equal(police(after), 'Police Forces of Kenya (2022-)');
  });

  it('writes the article ACLED writes inside a force name, and leaves factions and classes alone', () => {
    assert.equal(
      acledStateName('Police Forces of Philippines', '2020-05-01'),
      'Police Forces of the Philippines (2016-2022)',
    );
    assert.equal(acledStateName('Military Forces of Syria', null), 'Military Forces of Syria');
    for (const name of [
      'Military Forces of Yemen (2016-) Supreme Political Council',
      'Civilians (Philippines)',
      'Unidentified Armed Group (Kenya)',
    ])
      assert.equal(acledStateName(name, '2020-05-01'), name);
    assert.equal(rulingPeriod('Atlantis', '2020-05-01'), undefined);
  });
});
