// Tests of event typing that reads the clause: each rule class of the ACLED codebook with sentences written for
// these tests (none taken from the development sets).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Incident } from '../core/incident.js';
import { clauseRole, grievanceSpans } from './clause.reader.js';
import { analyzeArticle } from './index.js';

function news(text: string): Incident {
  const incidents = analyzeArticle(
    { title: '', text, paragraphs: [text], published: null, publisher: null },
    { published: '2021-06-05' },
  );
  const incident = incidents.find((i) => !i.background);
  assert.ok(incident, `no incident in: ${text}`);
  return incident;
}

const typed = (text: string): string => {
  const incident = news(text);
  return `${incident.eventType} / ${incident.subEventType}`;
};

describe('clause reading', () => {
  it('finds the grievance after a protest and ends it at a new clause of the state', () => {
    const s = 'Nurses marched against the arrest of their leader, and police dispersed them with tear gas.';
    const protest = { start: s.indexOf('marched'), end: s.indexOf('marched') + 7 };
    const [span] = grievanceSpans(s, [protest]);
    assert.ok(span);
    assert.equal(s.slice(span.start, span.end), 'against the arrest of their leader');
    const arrest = { start: s.indexOf('arrest'), end: s.indexOf('arrest') + 6 };
    assert.equal(clauseRole(s, arrest, [span]), 'grievance');
    const dispersed = { start: s.indexOf('dispersed'), end: s.indexOf('dispersed') + 9 };
    assert.equal(clauseRole(s, dispersed, [span]), 'main');
  });

  it('reads a fronted reason up to the comma before the protest', () => {
    const s = 'Following the beating of a driver by soldiers, taxi owners staged a protest in the town.';
    const at = s.indexOf('protest');
    const [span] = grievanceSpans(s, [{ start: at, end: at + 7 }]);
    assert.ok(span);
    assert.equal(s.slice(span.start, span.end), 'Following the beating of a driver by soldiers');
  });

  it('tells relative clauses, the pluperfect and named acts from the telling', () => {
    const role = (s: string, word: string): string => {
      const at = s.indexOf(word);
      return clauseRole(s, { start: at, end: at + word.length }, []);
    };
    assert.equal(role('The widow of a guard who was shot dead spoke.', 'shot dead'), 'relative');
    assert.equal(role('Police dispersed the marchers, which started a brawl.', 'brawl'), 'main');
    assert.equal(role('Police detained protesters who were blocking the road.', 'blocking'), 'main');
    assert.equal(role('The pastor had been detained for a week.', 'detained'), 'prior');
    assert.equal(role('Many see his arrest as revenge.', 'arrest'), 'topic');
    assert.equal(role('He was arrested on fraud charges.', 'arrested'), 'topic');
    assert.equal(role('Police arrested six marchers.', 'arrested'), 'main');
  });
});

describe('protests typed by how the state answered them, not by their grievance', () => {
  it('codes a protest against an arrest as peaceful', () => {
    assert.equal(
      typed('On 3 June 2021, nurses protested in Accra, Ghana, against the arrest of their union leader.'),
      'Protests / Peaceful protest',
    );
  });

  it('codes a protest demanding the arrest of killers as peaceful', () => {
    assert.equal(
      typed(
        'On 3 June 2021, farmers held a demonstration in Tamale, Ghana, demanding the arrest of the men who burned their crops.',
      ),
      'Protests / Peaceful protest',
    );
  });

  it('does not read a killing described in a relative clause as force against the protesters', () => {
    assert.equal(
      typed(
        'On 3 June 2021, relatives of a trader who was shot dead last month held a protest outside the courthouse in Kisumu, Kenya.',
      ),
      'Protests / Peaceful protest',
    );
  });

  it('does not read the arrest that is the grievance, told in a sentence of its own, as an intervention', () => {
    assert.equal(
      typed(
        'On 3 June 2021, journalists protested in Lahore, Pakistan, demanding the release of a newspaper editor. He was arrested on tax charges, and colleagues call his arrest an attack on the press.',
      ),
      'Protests / Peaceful protest',
    );
  });

  it('codes forces that intervene or remove protesters as an intervention', () => {
    assert.equal(
      typed(
        'On 3 June 2021, dismissed miners held a sit-in outside the ministry in Lusaka, Zambia. Police intervened and removed the protesters from the square.',
      ),
      'Protests / Protest with intervention',
    );
  });

  it('still codes arrests of the demonstrators as an intervention', () => {
    assert.equal(
      typed(
        'On 3 June 2021, nurses protested in Accra, Ghana, against low pay, and police arrested ten of them.',
      ),
      'Protests / Protest with intervention',
    );
  });

  it('keeps violence told in a relative clause when no demonstration is told', () => {
    assert.equal(
      typed('On 3 June 2021, gunmen who had been hiding in a school shot dead two farmers in Kidal, Mali.'),
      'Violence against civilians / Attack',
    );
  });
});

describe('shelling against armed clash by weapon class and by who fires at whom', () => {
  it('codes heavy weapons fired one way as shelling', () => {
    assert.equal(
      typed(
        'On 3 June 2021, rebel forces fired heavy machine guns and 120mm mortars at army positions near Avdiivka, Ukraine.',
      ),
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });

  it('codes an exchange of artillery fire as a battle', () => {
    assert.equal(
      typed(
        'On 3 June 2021, government troops and rebels exchanged artillery fire on the frontline near Marib, Yemen.',
      ),
      'Battles / Armed clash',
    );
  });

  it('codes small arms beside heavy weapons as a battle', () => {
    assert.equal(
      typed(
        'On 3 June 2021, rebel forces fired mortars and small arms at army positions near Avdiivka, Ukraine.',
      ),
      'Battles / Armed clash',
    );
  });

  it('codes an attack answered with gunfire as a battle', () => {
    assert.equal(
      typed(
        'On 3 June 2021, militants threw a grenade at a police post in Mogadishu, Somalia, and the guards responded with gunfire.',
      ),
      'Battles / Armed clash',
    );
  });

  it('codes machine-gun fire that kills villagers as an attack on civilians', () => {
    assert.equal(
      typed('On 3 June 2021, gunmen fired machine guns at villagers in Kidal, Mali, killing four civilians.'),
      'Violence against civilians / Attack',
    );
  });

  it('does not read heavy weapons carried, not fired, as shelling', () => {
    const incidents = analyzeArticle(
      {
        title: '',
        text: 'On 3 June 2021, a ship loaded with tanks and heavy weapons arrived in the port of Aden, Yemen.',
        paragraphs: [],
        published: null,
        publisher: null,
      },
      { published: '2021-06-05' },
    );
    assert.ok(incidents.every((i) => i.eventType !== 'Explosions/Remote violence'));
  });
});

describe('battle or attack on civilians by who suffered the act', () => {
  it('reads a long object of the verb to its head noun', () => {
    assert.equal(
      typed(
        'On 3 June 2021, rebels killed one elite border protection unit soldier near Bria, Central African Republic.',
      ),
      'Battles / Armed clash',
    );
  });

  it('does not take the agent after "by" for the victim', () => {
    assert.equal(
      typed('On 3 June 2021, a farmer was found dead in Kidal, Mali, killed by unidentified gunmen.'),
      'Violence against civilians / Attack',
    );
  });

  it('codes an off-duty or former member of the forces as a civilian', () => {
    assert.equal(
      typed('On 3 June 2021, gunmen shot dead an off-duty police officer at his home in Kano, Nigeria.'),
      'Violence against civilians / Attack',
    );
  });

  it('codes members of a party as civilians and members of an armed body as combatants', () => {
    assert.equal(
      typed(
        'On 3 June 2021, ruling party youths attacked and injured three members of the opposition party in Gitega, Burundi.',
      ),
      'Violence against civilians / Attack',
    );
    assert.equal(
      typed('On 3 June 2021, gunmen killed a member of the Presidential Guard Brigade in Gao, Mali.'),
      'Battles / Armed clash',
    );
  });

  it('reads the subject of a coordinated passive as the victim', () => {
    assert.equal(
      typed('On 3 June 2021, two soldiers were abducted and later killed near Menaka, Mali.'),
      'Battles / Armed clash',
    );
  });

  it('codes an attack that was repelled as a battle', () => {
    assert.equal(
      typed('On 3 June 2021, soldiers repelled an attack on a village near Diffa, Niger.'),
      'Battles / Armed clash',
    );
  });

  it('codes an air force striking as an air strike', () => {
    assert.equal(
      typed('On 3 June 2021, the air force struck rebel trucks near Mizdah, Libya.'),
      'Explosions/Remote violence / Air/drone strike',
    );
  });
});

describe('mob violence by who fought', () => {
  it('codes two groups of villagers clashing over land as mob violence', () => {
    assert.equal(
      typed(
        'On 3 June 2021, two groups of farmers clashed over a land dispute in Larkana, Pakistan, injuring six people.',
      ),
      'Riots / Mob violence',
    );
  });

  it('codes a clash between shopkeepers and police as mob violence', () => {
    assert.equal(
      typed('On 3 June 2021, a clash broke out between shopkeepers and police in Hyderabad, Pakistan.'),
      'Riots / Mob violence',
    );
  });

  it('keeps a clash of an armed or organised group a battle', () => {
    assert.equal(
      typed('On 3 June 2021, armed herders clashed with villagers in Benue, Nigeria.'),
      'Battles / Armed clash',
    );
    assert.equal(
      typed('On 3 June 2021, a clash between the ADF and villagers took place near Beni, DR Congo.'),
      'Battles / Armed clash',
    );
  });

  it('reads stone pelting written in two words as rioting', () => {
    assert.equal(
      typed('On 3 June 2021, students protested and engaged in stone pelting in Srinagar, India.'),
      'Riots / Violent demonstration',
    );
  });

  it('codes a road barricaded by demonstrators as a demonstration, not a riot', () => {
    assert.equal(
      typed(
        'On 3 June 2021, traders barricaded the main road in Ouagadougou, Burkina Faso, demanding the reopening of markets.',
      ),
      'Protests / Peaceful protest',
    );
  });
});

describe('explosions told without their weapon', () => {
  it('codes an explosion that killed as a remote explosive, over the killing', () => {
    assert.equal(
      typed('On 3 June 2021, an explosion killed two villagers near Maungdaw, Myanmar.'),
      'Explosions/Remote violence / Remote explosive/landmine/IED',
    );
  });

  it('codes a remote explosive attack on a vehicle of the forces as remote violence, not a battle', () => {
    assert.equal(
      typed(
        'On 3 June 2021, militants carried out a remote explosive attack on an army vehicle near Sason, Turkey.',
      ),
      'Explosions/Remote violence / Remote explosive/landmine/IED',
    );
  });

  it('keeps explosions of a named weapon typed by the weapon', () => {
    assert.equal(
      typed('On 3 June 2021, monitors recorded 40 explosions involving mortars near Avdiivka, Ukraine.'),
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });

  it('codes explosives destroyed in a controlled explosion as disrupted weapons use', () => {
    assert.equal(
      typed(
        'On 3 June 2021, gendarmes found explosives hidden near a road in Hakkari, Turkey, and destroyed them in a controlled explosion.',
      ),
      'Strategic developments / Disrupted weapons use',
    );
  });

  it('does not code an industrial blast as an attack', () => {
    const incidents = analyzeArticle(
      {
        title: '',
        text: 'On 3 June 2021, a fireworks warehouse exploded in Hebei, China.',
        paragraphs: [],
        published: null,
        publisher: null,
      },
      { published: '2021-06-05' },
    );
    assert.deepEqual(incidents, []);
  });
});

describe('property destroyed or seized without harm to people', () => {
  it('codes arson against a building as property destruction', () => {
    assert.equal(
      typed(
        'On 3 June 2021, an anarchist cell carried out an arson attack on a bank office in Athens, Greece.',
      ),
      'Strategic developments / Looting/property destruction',
    );
  });

  it('codes houses destroyed by forces, told in the passive, as property destruction', () => {
    assert.equal(
      typed('On 3 June 2021, two houses were destroyed by soldiers in Saydabad, Wardak, Afghanistan.'),
      'Strategic developments / Looting/property destruction',
    );
  });

  it('codes a seizure of drugs by the police as property seizure, over the arrests', () => {
    assert.equal(
      typed(
        'On 3 June 2021, police seized two tons of cannabis during a highway inspection in Cascavel, Parana, Brazil. Three people were arrested.',
      ),
      'Strategic developments / Looting/property destruction',
    );
  });

  it('codes stolen cattle as looting', () => {
    assert.equal(
      typed('On 3 June 2021, bandits stole 40 cattle from a village near Analalava, Madagascar.'),
      'Strategic developments / Looting/property destruction',
    );
  });
});

describe('weapons taken, mishaps and remnants of war', () => {
  it('codes weapons seized as disrupted weapons use, not their use', () => {
    assert.equal(
      typed(
        'On 3 June 2021, gendarmes seized eight hand grenades during a search of a house in Hakkari, Turkey.',
      ),
      'Strategic developments / Disrupted weapons use',
    );
    assert.equal(
      typed('On 3 June 2021, police confiscated an assault rifle at a checkpoint in Kirkuk, Iraq.'),
      'Strategic developments / Disrupted weapons use',
    );
  });

  it("codes a bomb that went off in its makers' hands as disrupted weapons use", () => {
    assert.equal(
      typed(
        'On 3 June 2021, two militants were killed when a bomb they were planting exploded prematurely near Kandahar, Afghanistan.',
      ),
      'Strategic developments / Disrupted weapons use',
    );
  });

  it('codes a landmine left from an old war as other, not an attack', () => {
    assert.equal(
      typed(
        'On 3 June 2021, two farmers were injured by a landmine laid during the Iran-Iraq war near Dehloran, Iran.',
      ),
      'Strategic developments / Other',
    );
  });
});

describe('forms of demonstration and attack the lexicon names by class', () => {
  it('codes people taking to the streets, banging pots or blocking a highway as peaceful protests', () => {
    for (const text of [
      'On 3 June 2021, hundreds of migrant workers took to the streets of Surat, India, demanding food.',
      'On 3 June 2021, residents banged pots against the president in Porto Alegre, Brazil.',
      'On 3 June 2021, students blocked the Siglo XXI highway with two buses in Patzcuaro, Mexico.',
    ])
      assert.equal(typed(text), 'Protests / Peaceful protest', text);
  });

  it('does not code a road blocked by an armed group as a protest', () => {
    const text = 'On 3 June 2021, militants blocked the road to Daret Azza, Syria.';
    const incidents = analyzeArticle(
      { title: '', text, paragraphs: [], published: null, publisher: null },
      { published: '2021-06-05' },
    );
    assert.ok(incidents.every((i) => i.eventType !== 'Protests'));
  });

  it('codes burning debris to press a demand as a violent demonstration', () => {
    assert.equal(
      typed(
        'On 3 June 2021, residents burned debris on an avenue in Barquisimeto, Venezuela, to demand fuel.',
      ),
      'Riots / Violent demonstration',
    );
  });

  it('reads snipers and a shooting to death as violence', () => {
    assert.equal(
      typed('On 3 June 2021, snipers opened fire on a neighbourhood of Taiz, Yemen, injuring a child.'),
      'Violence against civilians / Attack',
    );
    assert.equal(
      typed('On 3 June 2021, border guards shot two traders to death near Maungdaw, Myanmar.'),
      'Violence against civilians / Attack',
    );
  });
});

describe('territory taken, whatever stands before the kind of place', () => {
  it('codes militants seizing a village as a non-state actor overtaking territory', () => {
    assert.equal(
      typed('On 3 June 2021, al-Shabaab militants seized a village near Dhobley, Somalia.'),
      'Battles / Non-state actor overtakes territory',
    );
  });

  it('codes the army retaking a strategic town as the government regaining territory', () => {
    assert.equal(
      typed('On 3 June 2021, the Syrian army retook a strategic northwestern town in Idlib, Syria.'),
      'Battles / Government regains territory',
    );
  });
});

describe('acts the lexicon names by their object or their course', () => {
  it('codes blows dealt to people as an attack, also beside property burned', () => {
    assert.equal(
      typed(
        'On 2 June 2021, youths set fire to a shelter in Lviv, punched a man sleeping there and cursed his wife.',
      ),
      'Violence against civilians / Attack',
    );
    assert.equal(
      typed(
        'On 2 June 2021, police officers of the district hit several market women in Salta for trading late.',
      ),
      'Violence against civilians / Attack',
    );
  });
  it('codes a crowd that turned violent as a riot', () => {
    assert.equal(
      typed(
        'On 2 June 2021, residents who defied the curfew turned violent in a district of Plovdiv.',
      ).startsWith('Riots /'),
      true,
    );
  });
  it('codes a grandstand or a stall burned as property destruction', () => {
    assert.equal(
      typed('On 2 June 2021, unknown people burnt the grandstand of the municipal stadium in Lambarene.'),
      'Strategic developments / Looting/property destruction',
    );
  });
  it('codes an incursion mounted against a group as a battle', () => {
    assert.equal(
      typed('On 2 June 2021, tribal fighters mounted an incursion against militia positions near Hays.'),
      'Battles / Armed clash',
    );
  });
  it('codes arms depots destroyed as disrupted weapons use', () => {
    assert.equal(
      typed('On 2 June 2021, the army destroyed several ammunition depots of the rebels near Beni.'),
      'Strategic developments / Disrupted weapons use',
    );
  });
});

describe('a beating by a crowd', () => {
  it('codes people beaten up by locals or villagers as mob violence', () => {
    assert.equal(
      typed(
        'On 2 June 2021, in Santarem, a suspected burglar was beaten up by locals before police arrived.',
      ),
      'Riots / Mob violence',
    );
    assert.equal(
      typed('On 2 June 2021, villagers beat a man accused of sorcery in a village of Purulia district.'),
      'Riots / Mob violence',
    );
  });
  it('keeps a beating by soldiers an attack, and reads a passive beating by its agent', () => {
    assert.equal(
      typed('On 2 June 2021, soldiers beat a man at a checkpoint in Zaria.'),
      'Violence against civilians / Attack',
    );
    assert.equal(
      typed('On 2 June 2021, a vendor was assaulted by two customers at a market in Olinda.'),
      'Violence against civilians / Attack',
    );
  });
});

describe('fights named as scuffles or street fights', () => {
  it('codes a scuffle between two groups of neighbours as mob violence', () => {
    assert.equal(
      typed('On 2 June 2021, a scuffle broke out between two groups of neighbours in a suburb of Kumasi.'),
      'Riots / Mob violence',
    );
  });
});

describe('fire aimed at a post of armed forces', () => {
  it('codes gunmen opening fire at an army checkpoint as a battle, at a car as an attack', () => {
    assert.equal(
      typed('On 2 June 2021, unknown gunmen opened fire at an army checkpoint near Jasim. No one was hurt.'),
      'Battles / Armed clash',
    );
    assert.equal(
      typed('On 2 June 2021, unknown gunmen opened fire at a taxi near Jasim, wounding the driver.'),
      'Violence against civilians / Attack',
    );
  });
});

describe('members of a party named by its acronym', () => {
  it('codes militiamen injuring members of an opposition party as an attack on civilians', () => {
    assert.equal(
      typed('On 2 June 2021, ruling party militiamen attacked and injured three UDP members in Brikama.'),
      'Violence against civilians / Attack',
    );
  });
  it('keeps fighters named by their group acronym armed', () => {
    assert.equal(
      typed('On 2 June 2021, unknown gunmen killed two SDF fighters near Hajin.'),
      'Battles / Armed clash',
    );
  });
});

describe('killings among armed sides', () => {
  it('codes a drug trafficker shot dead as a fight between armed sides', () => {
    assert.equal(
      typed('On 2 June 2021, in Manaus, a drug trafficker was shot dead by two men on a motorcycle.'),
      'Battles / Armed clash',
    );
  });
  it('codes revenge attacks between two sections of a clan as a battle', () => {
    assert.equal(
      typed('On 2 June 2021, revenge attacks between two sections of the clan left four dead near Rumbek.'),
      'Battles / Armed clash',
    );
  });
});

describe('weapon names that are also place names or party acronyms', () => {
  it('reads "Grad" in a place name and "RPG" before a party as no weapon', () => {
    assert.equal(
      typed('On 2 June 2021, residents of a street in Novi Grad protested against the felling of trees.'),
      'Protests / Peaceful protest',
    );
    assert.equal(
      typed('On 2 June 2021, members of the RPG party protested at the town hall of Dixinn.'),
      'Protests / Peaceful protest',
    );
  });
  it('still reads Grad rockets and RPGs fired as shelling', () => {
    assert.equal(
      typed('On 2 June 2021, separatists fired Grad rockets at the outskirts of Marinka.'),
      'Explosions/Remote violence / Shelling/artillery/missile attack',
    );
  });
});

describe('rioting with and without a demonstration', () => {
  it('codes stones thrown by people who voice no demand as mob violence', () => {
    assert.equal(
      typed('On 2 June 2021, worshippers leaving a mosque pelted stones at a police patrol in Ranchi.'),
      'Riots / Mob violence',
    );
    assert.equal(
      typed('On 2 June 2021, a group of drivers threw stones at two gendarmes at a market in Kankan.'),
      'Riots / Mob violence',
    );
  });
  it('keeps a violent demonstration where a demand, a protest or burning tyres are told', () => {
    assert.equal(
      typed(
        'On 2 June 2021, traders pelted stones at the town hall of Kisii to demand the reopening of the market.',
      ),
      'Riots / Violent demonstration',
    );
    assert.equal(
      typed(
        'On 2 June 2021, hundreds of young men gathered in Bukavu, blocking roads and throwing stones at passing cars.',
      ),
      'Riots / Violent demonstration',
    );
    assert.equal(
      typed('On 2 June 2021, rioters smashed the windows of two banks in central Sidon.'),
      'Riots / Violent demonstration',
    );
  });
});

describe('a victim tied to an armed criminal group by another sentence', () => {
  it('codes the killing of a man the report ties to a gang or to trafficking as a fight between armed groups', () => {
    assert.equal(
      typed(
        'On 2 June 2021, a man was shot dead by two men on a motorbike in Recife. The victim was a member of a local gang.',
      ),
      'Battles / Armed clash',
    );
    assert.equal(
      typed(
        'On 2 June 2021, a man was shot dead outside his home in Culiacan. He had been convicted of drug trafficking before.',
      ),
      'Battles / Armed clash',
    );
  });
  it('keeps the killing of a man described otherwise an attack on a civilian', () => {
    assert.equal(
      typed(
        'On 2 June 2021, a man was shot dead by two men on a motorbike in Recife. The victim was a teacher at a local school.',
      ),
      'Violence against civilians / Attack',
    );
  });
});

describe('arrests after an attack on armed men', () => {
  it('codes an attack on police followed by arrests as the attack, not as arrests', () => {
    assert.equal(
      typed(
        'On 2 June 2021, four armed men attacked two police officers in Escuintla. Police later arrested one of the men.',
      ),
      'Battles / Armed clash',
    );
  });
  it('keeps a raid that ends in arrests, with no one armed set upon, as arrests', () => {
    assert.equal(
      typed('On 2 June 2021, police raided a house in Escuintla and arrested three suspects.'),
      'Strategic developments / Arrests',
    );
  });
});

describe('a bomb that went off in its makers hands', () => {
  it('codes mines that exploded while their makers planted them as disrupted weapons use', () => {
    assert.equal(
      typed(
        'On 2 June 2021, three militants were killed when landmines they were planting exploded prematurely near Ghazni.',
      ),
      'Strategic developments / Disrupted weapons use',
    );
  });
});
