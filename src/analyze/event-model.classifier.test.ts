// Tests of the learned event typer at run time: the committed model loads, records its corpus, stays small, and
// types sentences written here sensibly; a malformed model file is refused with a reason.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  classifySnippet,
  getEventModel,
  isOutOfScopeLabel,
  loadEventModel,
  type EventModelLabel,
} from './event-model.classifier.js';

const MODEL_FILE = new URL('./data/event-model.json', import.meta.url);

describe('the committed event model', () => {
  it('is well under 1 MB and records the corpus it was trained on', () => {
    assert.ok(statSync(MODEL_FILE).size < 1024 * 1024);
    const { corpus, labels } = getEventModel();
    assert.match(corpus.sha256, /^[0-9a-f]{64}$/);
    assert.equal(
      labels.length,
      31,
      'every sub-event type and kind of text that gives no incident has snippets',
    );
    for (const n of Object.values(corpus.perClass)) assert.ok(n >= 50);
    assert.equal(
      Object.values(corpus.perClass).reduce((a, b) => a + b, 0),
      corpus.snippets,
    );
  });

  // Clear cases of each family, in words of this test: each right among the first three, and most of them first
  // (a model retrained on a grown corpus may rank one of them second without being wrong-headed).
  const CLEAR: [string, EventModelLabel][] = [
    [
      'Thousands of dock workers marched through the port city on Thursday to demand higher wages; the march ended without incident.',
      'Peaceful protest',
    ],
    [
      'Fighter jets bombed insurgent hideouts in the hills overnight, the air force said, killing at least nine militants.',
      'Air/drone strike',
    ],
    [
      'Torrential rain set off mudslides that buried a dozen homes in the mountain village, and rescuers pulled four bodies from the mud.',
      'natural disaster',
    ],
    [
      'A roadside bomb struck an army truck on the highway, killing three soldiers; the device was detonated remotely.',
      'Remote explosive/landmine/IED',
    ],
    [
      'The two warring factions signed a ceasefire agreement in the capital on Sunday, promising to exchange prisoners within a week.',
      'Agreement',
    ],
  ];
  it('types clear cases of each family right', () => {
    let first = 0;
    for (const [text, label] of CLEAR) {
      const verdict = classifySnippet(text);
      const top = verdict.ranked.slice(0, 3).map((r) => r.label);
      assert.ok(top.includes(label), `"${text}": ${label} not in ${top.join(', ')}`);
      if (verdict.label === label) first++;
    }
    assert.ok(first >= CLEAR.length - 1, `only ${first} of ${CLEAR.length} first`);
  });

  // Border cases that borrow the words of violence: the right label among the first three.
  const BORDER: [string, EventModelLabel][] = [
    [
      'The defence minister condemned the bombing of the bus station and said the government would not bow to terror.',
      'diplomacy',
    ],
    [
      'An explosion at a fertiliser plant killed six workers on Tuesday; the company said a pressure valve had failed.',
      'man-made disaster',
    ],
    [
      'Riot police fired tear gas and rubber bullets to break up a student march outside parliament, detaining twenty.',
      'Protest with intervention',
    ],
  ];
  for (const [text, label] of BORDER) {
    it(`ranks ${label} among the first three for "${text.slice(0, 40)}..."`, () => {
      const top = classifySnippet(text)
        .ranked.slice(0, 3)
        .map((r) => r.label);
      assert.ok(top.includes(label), `got ${top.join(', ')}`);
    });
  }

  it('gives probabilities that sum to one, ranked, and says when it knows no word', () => {
    const verdict = classifySnippet('Gunmen attacked a bus and killed four passengers.');
    const sum = verdict.ranked.reduce((a, r) => a + r.probability, 0);
    assert.ok(Math.abs(sum - 1) < 1e-9);
    assert.equal(verdict.ranked[0]?.label, verdict.label);
    for (let i = 1; i < verdict.ranked.length; i++) {
      assert.ok((verdict.ranked[i - 1]?.probability ?? 0) >= (verdict.ranked[i]?.probability ?? 0));
    }
    assert.ok(verdict.knownFeatures > 0);
    assert.equal(classifySnippet('Zxqv Plorb Quennix.').knownFeatures, 0);
    assert.equal(classifySnippet('').knownFeatures, 0);
    assert.equal(isOutOfScopeLabel('diplomacy'), true);
    assert.equal(isOutOfScopeLabel('Attack'), false);
  });
});

describe('loadEventModel', () => {
  const valid = {
    format: 'sitrep-event-model/1',
    corpus: { sha256: 'a'.repeat(64), snippets: 2, perClass: { attack: 1, arrests: 1 } },
    training: {},
    labels: ['Attack', 'Arrests'],
    scale: 100,
    bias: [0, 0],
    features: { kill: [0, 300], arrest: [1, 300], detain: [] },
  };

  it('reads a small model and types with it', () => {
    const model = loadEventModel(JSON.stringify(valid));
    assert.equal(model.classify('Police arrested him.').label, 'Arrests');
    assert.equal(model.classify('They killed him.').label, 'Attack');
  });

  it('refuses a model of another format, an unknown label, or malformed weights, naming the fault', () => {
    assert.throws(
      () => loadEventModel(JSON.stringify({ ...valid, format: 'other/2' })),
      /^Error: event model file is malformed/,
    );
    assert.throws(
      () => loadEventModel(JSON.stringify({ ...valid, labels: ['Attack', 'Picnic'] })),
      /^Error: event model file is malformed/,
    );
    assert.throws(
      () => loadEventModel(JSON.stringify({ ...valid, features: { killed: [5, 300] } })),
      /feature "killed" has malformed weights/,
    );
    assert.throws(
      () => loadEventModel(JSON.stringify({ ...valid, features: { killed: [0] } })),
      /feature "killed" has malformed weights/,
    );
    assert.throws(() => loadEventModel(JSON.stringify({ ...valid, bias: [0] })), /1 biases for 2 labels/);
  });
});
