// Tests of the out-of-scope reader: disasters, crime, diplomacy and claims give no incident; political violence
// told in the same words still does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isOutOfScope, readScope } from './event-scope.classifier.js';
import { analyzeArticle } from './index.js';

const analyze = (text: string) =>
  analyzeArticle({ title: '', text, paragraphs: [text], published: '2024-06-12', publisher: null });

describe('readScope', () => {
  it('names disasters, crime, diplomacy and claims', () => {
    const cases: [string, string][] = [
      [
        'Eleven villagers died when a landslide buried their homes after days of heavy rain.',
        'natural disaster',
      ],
      [
        'A strong earthquake injured dozens and destroyed houses across the valley on Monday.',
        'natural disaster',
      ],
      [
        'Four workers were killed when a boiler exploded at a textile factory outside the city.',
        'man-made disaster',
      ],
      [
        'Nine passengers died and twenty were injured after a bus collided with a lorry on the highway.',
        'man-made disaster',
      ],
      [
        'Thirty people died after a five-storey building collapsed in the old market district.',
        'man-made disaster',
      ],
      [
        'Customs officers seized counterfeit banknotes worth two million in a warehouse raid.',
        'organised crime',
      ],
      ['The European Union imposed fresh sanctions on the junta over its missile programme.', 'diplomacy'],
      ['The foreign minister urged his counterpart to halt the shelling of border towns.', 'diplomacy'],
      [
        'The Liberation Front claimed responsibility for the bombing of the ministry last week.',
        'claim of responsibility',
      ],
      ['The army denied any responsibility for the air strike on the clinic.', 'claim of responsibility'],
    ];
    for (const [sentence, kind] of cases) assert.equal(readScope(sentence), kind, sentence);
  });

  it('names the wider wording of the same classes', () => {
    const cases: [string, string][] = [
      ['The two countries restored diplomatic relations after a six-year break.', 'diplomacy'],
      ['The prime minister met with a delegation of Gulf envoys in the capital.', 'diplomacy'],
      ['A fire gutted the central market overnight, destroying four hundred stalls.', 'man-made disaster'],
      ['Eighteen people drowned when an overloaded ferry sank on the lake.', 'man-made disaster'],
      ['Thieves made off with cash and jewellery in a night-time burglary at the mall.', 'organised crime'],
      ['A jihadist channel said they were behind the blast at the stadium.', 'claim of responsibility'],
      [
        'Officials said the Liberation Front was behind the bombing of the ministry.',
        'claim of responsibility',
      ],
      ['A fire at a crowded nightclub killed 27 people early on Sunday.', 'man-made disaster'],
      ['A hailstorm flattened crops and killed two herders in the valley.', 'natural disaster'],
    ];
    for (const [sentence, kind] of cases) assert.equal(readScope(sentence), kind, sentence);
  });

  it('leaves political violence and demonstrations in scope', () => {
    const sentences = [
      'Gunmen set fire to a factory and killed two guards on Sunday.',
      'Militants attacked a relief convoy bringing food to flood victims, killing three drivers.',
      'Residents blocked the highway to protest the slow delivery of aid after the floods.',
      'A roadside bomb exploded under a bus near the market, killing six passengers.',
      'Police killed two drug traffickers in an exchange of fire during a raid on the slum.',
      'Gunmen killed four soldiers at a checkpoint, and the Liberation Front later claimed responsibility.',
      'Troops shelled the village on Tuesday, killing five civilians, the foreign ministry said.',
      'Sixty people were killed in shelling of the town, the foreign minister told his counterpart.',
      'Jets struck a camp of fighters the army accused of carrying out the raid on the border post.',
      'Teachers staged a sit-in outside the ministry while a delegation met with the prime minister.',
      'An angry mob lynched two suspected thieves at the market.',
      'Gunmen killed five guards, and officials said the Liberation Front was behind the raid.',
      'Gunmen set fire to a nightclub, killing 27 people.',
      'A military truck overturned after hitting a landmine on the road to the border.',
      'The army and the rebels agreed a ceasefire after talks at the summit.',
    ];
    for (const sentence of sentences) assert.equal(readScope(sentence), undefined, sentence);
  });
});

describe('isOutOfScope', () => {
  it('follows a disaster into the sentences that go on about it', () => {
    assert.equal(
      isOutOfScope([
        { text: 'A fire broke out at a fuel depot near the port on Friday night.', hasCue: false },
        { text: 'The blasts killed at least 12 people and injured 40.', hasCue: true },
      ]),
      true,
    );
  });

  it('keeps an event whose own sentence names an actor of violence', () => {
    assert.equal(
      isOutOfScope([
        { text: 'A fire broke out at a fuel depot near the port on Friday night.', hasCue: false },
        { text: 'Rebels had fired rockets at the depot, killing 12 people.', hasCue: true },
      ]),
      false,
    );
  });
});

describe('analyzeArticle and out-of-scope reports', () => {
  it('gives no incident for disasters, crime, diplomacy and claims', () => {
    const reports = [
      'Four workers were killed when a boiler exploded at a textile factory in Kisumu on Monday.',
      'Nine passengers died and twenty were injured after a bus collided with a lorry near Nakuru on Sunday.',
      'Floodwaters swept away homes in Mombasa on Tuesday; rescuers recovered the bodies of six people.',
      'The United States imposed new sanctions on Damascus on Tuesday over its missile attacks.',
      'On Friday, the Liberation Front claimed responsibility for the bombing that killed eight people in Kabul.',
    ];
    for (const text of reports) assert.deepEqual(analyze(text), [], text);
  });

  it('still reads political violence told next to those words', () => {
    const events: [string, string][] = [
      ['On Monday, gunmen set fire to a textile factory in Kisumu and killed two workers.', 'Attack'],
      [
        'On Tuesday, militants attacked a relief convoy for flood victims near Mombasa, killing three drivers.',
        'Attack',
      ],
      [
        'On Sunday, a roadside bomb exploded under a bus near Kandahar, killing six passengers.',
        'Remote explosive/landmine/IED',
      ],
    ];
    for (const [text, subType] of events) {
      assert.equal(analyze(text)[0]?.subEventType, subType, text);
    }
  });
});
