// Tests of the learned model's vote in the analyzer: a report it holds with high odds to be out of ACLED's scope
// gives no incident even where the rules' cues fire; reports of political violence keep the rules' typing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refineTyping } from './event-model.refiner.js';
import { analyzeArticle } from './index.js';

const analyze = (text: string) =>
  analyzeArticle({ title: '', text, paragraphs: [text], published: '2024-03-01', publisher: null }).filter(
    (i) => !i.background,
  );

describe('refineTyping', () => {
  const attack = { eventType: 'Violence against civilians', subEventType: 'Attack' } as const;

  it('keeps the rules typing of political violence', () => {
    assert.deepEqual(
      refineTyping(attack, 'Gunmen killed five villagers and burned their houses in an overnight raid.'),
      attack,
    );
  });

  it('drops an incident the model holds to be a disaster or a crime for gain', () => {
    assert.equal(
      refineTyping(
        attack,
        'Floods after torrential rain swept away dozens of homes and killed 12 people in the river valley, officials said.',
      ),
      undefined,
    );
  });

  it('leaves a bank robbery without an incident, though a guard was shot', () => {
    // The rules read a shot guard as an armed victim (a clash); the model reads a robbery.
    const text =
      'Police said a security guard was shot and wounded when thieves robbed a bank in the city centre and fled with the cash.';
    assert.deepEqual(analyze(text), []);
  });

  it('still codes a raid on a village', () => {
    const [incident] = analyze(
      'Gunmen shot dead six farmers in their fields near the village of Tanda on Monday night.',
    );
    assert.equal(incident?.subEventType, 'Attack');
  });
});
