// Tests of the fatality reader on general classes of wording: lists, singular victims, clauses telling another
// event's deaths, ACLED's vague counts, explicit zeros, and further deaths told in a later sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from './index.js';
import { mentionsDeaths, readAdoptedToll, readFatalities } from './fatalities.reader.js';

const count = (sentence: string) => readFatalities(sentence)?.count;

describe('readFatalities: counts and lists', () => {
  it('adds up three or more listed groups', () => {
    assert.equal(
      count('On 3 June, 4 police officers, 2 guards, and 1 driver were killed near the depot.'),
      7,
    );
    assert.equal(count('The raid left 12 rebels and 3 soldiers dead.'), 15);
    assert.equal(count('The fighting resulted in 8 militia fighters and 2 police fatalities.'), 10);
  });
  it('reads a count whose subject carries a relative clause or a prepositional phrase', () => {
    assert.equal(count('Three herders who refused to hand over their cattle were shot dead.'), 3);
    assert.equal(count('Six members of a local defence unit were reported killed.'), 6);
    assert.equal(count('4 workers including a foreman were abducted and killed by gunmen.'), 4);
  });
  it('reads a count past a breakdown in parentheses', () => {
    assert.equal(count('7 villagers (3 men, 2 women and 2 children) were killed in the raid.'), 7);
  });
  it('reads "killing 6 of them" as 6', () => {
    assert.equal(count('Gunmen ambushed a patrol of eight guards, killing 6 of them.'), 6);
  });
  it('reads common news wordings of a toll', () => {
    assert.equal(count('The landslide of rubble after the strike claimed the lives of 14 people.'), 14);
    assert.equal(count('A missile hit the bus, killing all 23 passengers.'), 23);
    assert.equal(count('Three hundred villagers were killed in the massacre.'), 300);
    assert.equal(count('At least 40 people have died in the clashes, medics said.'), 40);
    assert.equal(count('The bomber blew himself up at the gate, killing himself and 6 others.'), 7);
  });
  it('reads a singular "death" after a count', () => {
    assert.equal(count('The brawl between two gangs resulted in one death.'), 1);
  });
  it('does not count animals or an active clause joined to the count', () => {
    assert.equal(count('The raiders burned 30 houses and killed 40 goats.'), undefined);
    assert.equal(count('Gunmen stormed the market, wounding nine traders and killing two.'), 2);
    assert.equal(count('Six shops were looted and the owner was killed.'), 1);
  });
  it('does not read a date as a listed group', () => {
    assert.equal(count('On 12 May, 2 guards, 1 cook and 1 driver were killed.'), 4);
  });
});

describe('readFatalities: who killed whom', () => {
  it('reads the killers counted before an active verb as no count', () => {
    assert.equal(count('Two gunmen on a motorbike shot and killed a shopkeeper outside his store.'), 1);
    assert.equal(count('Soldiers from unit 215 detained and tortured a herder to death.'), 1);
  });
  it('still reads a count before a reduced passive', () => {
    assert.equal(count('Four soldiers killed the day before were buried.'), 4);
    assert.equal(count('The clash left 2 killed 5 injured.'), 2);
  });
  it('reads casualties that do not tell deaths apart as no deaths', () => {
    const text = 'Drones struck a convoy, killing or injuring 6 fighters.';
    assert.equal(count(text), undefined);
    assert.equal(mentionsDeaths(text), false);
    assert.equal(count('Police said 8 suspects were killed, injured or captured in the sweep.'), undefined);
  });
  it('does not take "killed and injuring a number of" relatives as a vague death count', () => {
    assert.equal(
      count('The gunmen stormed the house, leaving the owner killed and injuring a number of his relatives.'),
      1,
    );
  });
});

describe('readFatalities: deaths outside political violence', () => {
  it('ignores deaths by disease and animals killed', () => {
    assert.equal(count('Inmates rioted, saying 4 prisoners were dead due to cholera.'), undefined);
    assert.equal(mentionsDeaths('Raiders burned the granary and killed 30 cattle.'), false);
  });
  it('ignores the dead a protest commemorates', () => {
    assert.equal(
      mentionsDeaths('Nurses rallied to remember colleagues who lost their lives to the epidemic.'),
      false,
    );
  });
  it('does not read a toll road as a death toll', () => {
    assert.equal(count('Drivers blocked the highway toll to ask for fuel subsidies.'), undefined);
  });
});

describe('readFatalities: singular and paired victims', () => {
  it('reads a singular passive as one death', () => {
    assert.equal(count('A local chief was shot and killed by unknown assailants.'), 1);
    assert.equal(count('A truck driver was dragged from his cab and beaten to death.'), 1);
    assert.equal(count('A roadside bomb struck the bus, leaving the driver dead.'), 1);
    assert.equal(count('Soldiers beat a shepherd, resulting in his death.'), 1);
    assert.equal(count('The militia detained and tortured a young farmer to death.'), 1);
  });
  it('reads a singular subject that died as one death', () => {
    assert.equal(count('A trader from the town died of his wounds in hospital.'), 1);
  });
  it('reads a victim and a companion as two deaths', () => {
    assert.equal(count('The village head and his driver were shot dead at a checkpoint.'), 2);
    assert.equal(count('Troops killed a rebel commander and his deputy in the forest.'), 2);
  });
});

describe('readFatalities: deaths of another event', () => {
  it('ignores an attempt', () => {
    assert.equal(count('A man attacked a guard with a knife and tried to set him on fire.'), undefined);
  });
  it("ignores a protest's grievance", () => {
    const text = 'Residents blocked the road over the killing of a taxi driver by a vigilante.';
    assert.equal(count(text), undefined);
    assert.equal(mentionsDeaths(text), false);
    assert.equal(mentionsDeaths('Nurses gathered to honour the dead of the epidemic.'), false);
  });
  it('ignores a victim named in a relative clause', () => {
    const text = 'Students marched for a classmate who was shot dead by a guard last month.';
    assert.equal(count(text), undefined);
    assert.equal(mentionsDeaths(text), false);
  });
  it('ignores a death told as the cause of the event', () => {
    const text = 'Villagers burned the clinic after a patient died during surgery.';
    assert.equal(count(text), undefined);
    assert.equal(mentionsDeaths(text), false);
    assert.equal(count('Students rioted because two classmates were shot dead at a checkpoint.'), undefined);
    assert.equal(count('The driver died after being shot at a checkpoint.'), 1);
  });
  it('ignores an earlier attack dated by its year', () => {
    assert.equal(
      count(
        'Police have detained hundreds of suspects since the 2016 airport attack, which killed 45 people.',
      ),
      undefined,
    );
  });
});

describe('readFatalities: vague counts and zeros', () => {
  it('reads "killing and injuring a number of fighters" and "incurring fatalities" as 10', () => {
    assert.equal(count('The brigade repelled the assault, killing and injuring a number of fighters.'), 10);
    assert.equal(count('Rival militias fought over the ridge, incurring fatalities.'), 10);
  });
  it('reads half of a figure that counts the dead and the hurt together, as ACLED does', () => {
    assert.equal(
      count('The rebels said they repelled the attack, killing and injuring more than 30 soldiers.'),
      15,
    );
    assert.equal(count('Troops retook the hill, killing and wounding dozens of militants.'), 6);
    assert.equal(count('Troops retook the hill, killing 4 militants and wounding 9.'), 4);
  });
  it('reads "no report of fatalities" as an explicit zero', () => {
    const zero = readFatalities('Rockets hit two villages, with no report of fatalities or injuries.');
    assert.deepEqual(zero, { count: 0, isExplicitZero: true, isAdditional: false });
    assert.equal(
      readFatalities('Shells fell on the farms; neither fatalities nor injuries were reported.')?.count,
      0,
    );
  });
  it('marks further deaths, and never a toll, as additional', () => {
    assert.equal(readFatalities('Three attackers were also killed.')?.isAdditional, true);
    assert.equal(readFatalities('2 other guards were killed at the gate.')?.isAdditional, true);
    assert.equal(readFatalities('The monitor also put the death toll at 14.')?.isAdditional, false);
    assert.equal(
      readFatalities('Doctors said four men had died and 12 other people were being treated.')?.isAdditional,
      false,
    );
  });
});

describe('readAdoptedToll', () => {
  it('reads one adopted figure, and none when the report adopts two', () => {
    assert.equal(readAdoptedToll(['Several fatalities coded as 3.']), 3);
    assert.equal(readAdoptedToll(['The guards fired back (a total of 7 fatalities).']), 7);
    assert.equal(readAdoptedToll(['Fatalities coded as 2 in one event and 6 in the other.']), undefined);
    assert.equal(readAdoptedToll(['Fighters (coded as a local militia) attacked a post.']), undefined);
    assert.equal(
      readAdoptedToll(['The violence has caused a total of 300 deaths since January.']),
      undefined,
    );
  });
});

describe('fatalities of an incident told over several sentences', () => {
  const news = (text: string) => {
    const incident = analyzeArticle(
      { title: '', text, paragraphs: [text], published: '2021-03-16', publisher: null },
      { published: '2021-03-16' },
    ).find((i) => !i.background);
    assert.ok(incident !== undefined);
    return incident;
  };
  it('adds the attackers killed in a later sentence', () => {
    const text =
      'On 14 March 2021, 3 soldiers were killed in an attack by militants on an army post in Gao, Mali. ' +
      'The army said 5 militants were also killed.';
    assert.equal(news(text).fatalities, 8);
  });
  it('takes the figure the report says it adopts over the counts it quotes', () => {
    const adopted =
      'On 14 March 2021, 2 farmers were killed by army shelling near Jowhar, Somalia. ' +
      'Fatalities coded as 0 (a local radio station reported 2).';
    assert.equal(news(adopted).fatalities, 0);
    const counted =
      'On 14 March 2021, gunmen shot dead 3 traders at a market in Gao, Mali. Total fatalities counted as 4.';
    assert.equal(news(counted).fatalities, 4);
  });
  it('takes a closing total of several victim groups told apart', () => {
    const text =
      'On 14 March 2021, gunmen shot a driver dead at a checkpoint near Gao, Mali. ' +
      'They later killed a herder in a nearby village. 2 fatalities.';
    assert.equal(news(text).fatalities, 2);
  });
  it('codes a report without fatalities as 0, not unknown', () => {
    const text =
      'On 14 March 2021, artillery shelled villages near Hays, Yemen, with no reports of fatalities or injuries.';
    assert.equal(news(text).fatalities, 0);
  });
});
