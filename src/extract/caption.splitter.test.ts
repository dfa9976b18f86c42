// House styles of photo credits in captions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { splitCaptionCredit } from './caption.splitter.js';

describe('splitCaptionCredit', () => {
  const cases: [string, string | null, string | null][] = [
    [
      'ISIS fighters marching through Raqqa, Syria. Credit: AP',
      'ISIS fighters marching through Raqqa, Syria.',
      'AP',
    ],
    [
      'Smoke rises over the port. (AP Photo/Hussein Malla)',
      'Smoke rises over the port.',
      'AP Photo/Hussein Malla',
    ],
    ['Protesters in Tunis (Photo by Jane Roe/Getty Images)', 'Protesters in Tunis', 'Jane Roe/Getty Images'],
    [
      'Rescuers search the rubble in Idlib. Photograph: Omar Haj Kadour/AFP',
      'Rescuers search the rubble in Idlib.',
      'Omar Haj Kadour/AFP',
    ],
    ['A market in Kabul after the blast. © AFP', 'A market in Kabul after the blast.', 'AFP'],
    ['Police at the scene. REUTERS/Amir Cohen', 'Police at the scene.', 'REUTERS/Amir Cohen'],
    ['Displaced families near Goma. Reuters', 'Displaced families near Goma.', 'Reuters'],
    ['Photo: Reuters', null, 'Reuters'],
    ['Soldiers patrol the border near Kidal.', 'Soldiers patrol the border near Kidal.', null],
    ['Image credit: Courier staff', null, 'Courier staff'],
  ];
  for (const [input, caption, credit] of cases) {
    it(input, () => assert.deepEqual(splitCaptionCredit(input), { caption, credit }));
  }
});
