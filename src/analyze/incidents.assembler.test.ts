// The incident's sides as the assembler settles them from the sentences telling it. Every report here is
// written for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Incident } from '../core/incident.js';
import { analyzeParagraphs } from '../../test/support/analyze-paragraphs.js';

function news(paragraphs: readonly string[], published: string): Incident {
  const incidents = analyzeParagraphs(paragraphs, published);
  const found = incidents.find((i) => !i.background);
  assert.ok(found, `no incident in: ${paragraphs.join(' ')}`);
  return found;
}

const perpetrators = (incident: Incident): string[] =>
  incident.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name);

describe('incident sides', () => {
  it('codes "gunmen" to the armed group the report blames, not to an unidentified group beside it', () => {
    const incident = news(
      [
        "Gunmen on motorcycles killed at least nine farmers in a village near Gwoza in Nigeria's Borno state on Saturday, police said, blaming Boko Haram.",
      ],
      '2025-06-09',
    );
    assert.deepEqual(perpetrators(incident), ['Boko Haram']);
  });

  it('codes an unclaimed roadside bomb to an unidentified armed group, the soldiers it hit as the target', () => {
    const incident = news(
      ['On 3 May 2025, a landmine killed three soldiers on patrol near Gao, Mali.'],
      '2025-05-05',
    );
    assert.equal(incident.subEventType, 'Remote explosive/landmine/IED');
    assert.deepEqual(perpetrators(incident), ['Unidentified Armed Group (Mali)']);
    assert.ok(
      incident.actors.some((a) => a.role === 'target' && a.name.startsWith('Military Forces of Mali')),
    );
  });

  it('credits a claim of responsibility to the group that claims, not to its affiliation or the soldiers it names', () => {
    const incident = news(
      [
        'A suicide bomber blew himself up at a restaurant frequented by soldiers in Beledweyne, Somalia, on Friday, killing seven people, officials said.',
        'Al-Shabaab, the Islamist group affiliated with al-Qaeda, said in a claim of responsibility that it had targeted army officers.',
      ],
      '2025-03-15',
    );
    assert.deepEqual(perpetrators(incident), ['Al Shabaab']);
  });

  it('names no one who counts, carries or arrests after the event as its perpetrator', () => {
    const incident = news(
      [
        'A roadside bomb killed four people on a bus near Mandera, Kenya, on Sunday.',
        'Police later gave a toll of four dead.',
        'Army trucks took the wounded to the district hospital.',
        'Security forces arrested three men suspected of planting the device.',
      ],
      '2025-03-17',
    );
    assert.deepEqual(perpetrators(incident), ['Unidentified Armed Group (Kenya)']);
  });

  it('codes the group an attack "bore the hallmarks of", not the police officer who said so', () => {
    const incident = news(
      [
        'A roadside bomb struck an army truck near Bama, Nigeria, on Tuesday, killing three soldiers, the army said.',
        'A police officer in the nearby town of Gwoza told reporters that the attack bore the hallmarks of Boko Haram.',
      ],
      '2025-03-19',
    );
    assert.deepEqual(perpetrators(incident), ['Boko Haram']);
  });
});

describe('an abduction with deaths', () => {
  it('is an abduction when more people were taken than killed, the dead its toll', () => {
    const incident = news(
      [
        'Armed men abducted at least 31 traders from a weekly market near Gusau in Zamfara state on Thursday, a local councillor said.',
        'Three traders who tried to hide in a shop were shot dead, he said.',
      ],
      '2025-07-05',
    );
    assert.equal(incident.subEventType, 'Abduction/forced disappearance');
    assert.equal(incident.fatalities, 3);
  });

  it('stays an attack when the one person taken was then killed', () => {
    const incident = news(
      ['Gunmen abducted a farmer near Gusau on Thursday and killed him hours later, his family said.'],
      '2025-07-05',
    );
    assert.equal(incident.subEventType, 'Attack');
  });
});

describe('explosives in a fight', () => {
  it('keeps a clash a battle when fighters set off explosives in its course', () => {
    const incident = news(
      [
        'Troops and al-Shabaab fighters fought for five hours near Jowhar in Somalia on Tuesday, a military officer said.',
        'Three of the fighters were killed when they detonated a bomb as soldiers closed in on a farmhouse, he said.',
      ],
      '2025-07-02',
    );
    assert.equal(incident.eventType, 'Battles');
    assert.equal(incident.subEventType, 'Armed clash');
  });

  it('keeps a bomb the news when the report opens with it and the fighting follows', () => {
    const incident = news(
      [
        'A roadside bomb struck an army patrol near Jowhar in Somalia on Tuesday, killing four soldiers, a military officer said.',
        'Troops then fought the attackers for an hour, he said.',
      ],
      '2025-07-02',
    );
    assert.equal(incident.subEventType, 'Remote explosive/landmine/IED');
  });
});

describe('a demonstration the police fired on', () => {
  it('is typed by how the state answered when stones are named only in a later sentence', () => {
    const incident = news(
      [
        'Two people were killed in Eldoret on Friday when police opened fire on demonstrators protesting against water cuts, a rights group said.',
        'Witnesses said some youths threw stones as officers advanced.',
      ],
      '2025-06-14',
    );
    assert.equal(incident.eventType, 'Protests');
    assert.equal(incident.subEventType, 'Excessive force against protesters');
  });

  it('stays a riot when the lead tells the crowd burning and stoning', () => {
    const incident = news(
      [
        'Protesters threw stones and set fire to a police post in Eldoret on Friday, a rights group said.',
        'Police later opened fire, killing one demonstrator.',
      ],
      '2025-06-14',
    );
    assert.equal(incident.eventType, 'Riots');
  });
});

describe('a list of places', () => {
  it('places the event at the first place of a list, not reading the second as its container', () => {
    const incident = news(
      [
        'Police detained 30 suspected members of a banned group in raids in several provinces, including Konya, Kayseri and Antalya, the ministry said on Monday.',
      ],
      '2025-03-04',
    );
    assert.equal(incident.location?.name, 'Konya');
  });
});
