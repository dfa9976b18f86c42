// Tests of the event typer's training: deterministic to the byte, blind to the corpus' order, pruned, and a model
// that learns the classes of a small corpus written here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadEventModel } from './event-model.classifier.js';
import { featuresOf, getLabelBySlug, labelSlug, wordsOf } from './event-model.features.js';
import {
  corpusHash,
  serializeEventModel,
  trainEventModel,
  type TrainingExample,
} from './event-model.trainer.js';

const CORPUS: TrainingExample[] = [
  ['Peaceful protest', 'Hundreds of teachers marched peacefully through Tarso to demand unpaid salaries.'],
  ['Peaceful protest', 'Nurses held a sit-in outside the ministry in Velmor, demanding better pay.'],
  ['Peaceful protest', 'Students rallied peacefully in the main square against the fee increase.'],
  ['Peaceful protest', 'Farmers marched to the governor office to demand fair prices for their crops.'],
  ['Peaceful protest', 'Traders held a peaceful sit-in against new market taxes in Oruma.'],
  ['Air/drone strike', 'Warplanes struck rebel positions near Kasso, killing four fighters.'],
  ['Air/drone strike', 'A drone strike hit a vehicle carrying militants on the road to Dalmar.'],
  ['Air/drone strike', 'Jets carried out air strikes on the village of Pelra, killing two civilians.'],
  ['Air/drone strike', 'An air strike destroyed a bridge used by the rebels near Ostra.'],
  ['Air/drone strike', 'Warplanes bombed a weapons depot near Kasso on Monday.'],
  ['natural disaster', 'Floods swept away homes after heavy rain in the valley of Meru.'],
  ['natural disaster', 'A landslide after heavy rain buried six houses in the hills above Tarso.'],
  ['natural disaster', 'Heavy rain caused floods that killed three children in Oruma.'],
  ['natural disaster', 'An earthquake destroyed homes and killed nine people in the valley.'],
  ['natural disaster', 'Floods after days of heavy rain cut the road to Velmor.'],
].map(([label, text]) => {
  const known = getLabelBySlug(labelSlug(label as never));
  if (known === undefined) throw new Error(`no label ${label}`);
  return { label: known, text: text ?? '' };
});

describe('trainEventModel', () => {
  it('gives byte-identical model files for the same corpus, whatever its order', () => {
    const first = serializeEventModel(trainEventModel(CORPUS));
    const again = serializeEventModel(trainEventModel(CORPUS));
    const reversed = serializeEventModel(trainEventModel([...CORPUS].reverse()));
    assert.equal(again, first);
    assert.equal(reversed, first);
  });

  it('gives another model for another seed or another corpus, and records the corpus', () => {
    const model = trainEventModel(CORPUS);
    assert.notEqual(serializeEventModel(trainEventModel(CORPUS, { seed: 7 })), serializeEventModel(model));
    assert.deepEqual(model.corpus.perClass, {
      'air-drone-strike': 5,
      'peaceful-protest': 5,
      'out-of-scope-natural-disaster': 5,
    });
    assert.equal(model.corpus.snippets, 15);
    assert.equal(model.corpus.sha256, corpusHash(CORPUS));
    const changed = CORPUS.map((e, i) => (i === 0 ? { ...e, text: `${e.text} ` } : e));
    assert.notEqual(corpusHash(changed), model.corpus.sha256);
  });

  it('keeps only features found in at least two snippets', () => {
    const model = trainEventModel(CORPUS);
    assert.ok('heavy rain' in model.features);
    assert.ok('landslide' in model.features === false, 'a word of one snippet is dropped');
    assert.ok(!Object.keys(model.features).some((f) => /tarso|velmor/i.test(f)), 'names are folded');
  });

  it('learns the classes of its corpus', () => {
    const model = loadEventModel(serializeEventModel(trainEventModel(CORPUS)));
    assert.equal(
      model.classify('Teachers marched peacefully to demand their salaries.').label,
      'Peaceful protest',
    );
    assert.equal(
      model.classify('Warplanes carried out an air strike on rebel positions.').label,
      'Air/drone strike',
    );
    assert.equal(model.classify('Floods after heavy rain destroyed homes.').label, 'natural disaster');
  });

  it('refuses a corpus of one class', () => {
    assert.throws(
      () => trainEventModel(CORPUS.filter((e) => e.label === 'Peaceful protest')),
      /at least two classes, got 1/,
    );
  });
});

describe('features', () => {
  it('reads the inflections of a word as one', () => {
    assert.deepEqual(
      ['killed', 'killing', 'kills', 'clashes', 'injuries', 'protesters', 'bus', 'press', 'during'].map(
        (w) => wordsOf(w)[0]?.word,
      ),
      ['kill', 'kill', 'kill', 'clash', 'injury', 'protester', 'bus', 'press', 'during'],
    );
  });

  it('folds numbers, dates and named groups, and names the model does not know as words', () => {
    assert.deepEqual(
      wordsOf('On Monday, 12 May, Boko Haram fighters killed twelve people.').map((w) => w.word),
      ['on', '#day', '#num', '#month', '#actor-rebel', 'fighter', 'kill', '#num', 'people'],
    );
    const known = new Set(['police', 'fired']);
    // "#name" and "at #name" hold no word that says what happened.
    assert.deepEqual(
      featuresOf('Police fired at Karimabad', (w) => known.has(w)),
      ['fired', 'fired at', 'police', 'police fired'],
    );
  });
});
