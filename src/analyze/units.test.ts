// Unit tests of the readers: sentence splitting, dates, fatalities, sources and the gazetteer index.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAnchor, readDates } from './dates.resolver.js';
import { readFatalities } from './fatalities.reader.js';
import { getGazetteer, loadGazetteer } from './gazetteer.js';
import { looseKey, placeKey, plainName } from './names.normalizer.js';
import { splitSentences } from './sentences.splitter.js';
import { readSources } from './sources.reader.js';

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    const sentences = splitSentences(['Gen. J. Smith said 2.5 km away. Dr. Ali agreed. "Go!" He left.']);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ['Gen. J. Smith said 2.5 km away.', 'Dr. Ali agreed.', '"Go!"', 'He left.'],
    );
  });
});

describe('readDates', () => {
  const anchor = parseAnchor('2016-01-08T10:42:00+02:00');
  it('reads a year as precision 3', () => {
    assert.deepEqual(readDates('In 2014, a woman was killed.', anchor)[0]?.date, {
      start: '2014-01-01',
      end: '2014-12-31',
      precision: 3,
    });
  });
  it('reads "since 2014" as an aggregate', () => {
    assert.equal(readDates('There have been scores since 2014.', anchor)[0]?.isAggregate, true);
  });
  it('never dates after publication', () => {
    const date = readDates('The raid took place on May 7.', anchor)[0]?.date;
    assert.equal(date?.start, '2015-05-07');
  });
  it('reads "earlier this month" as the month so far', () => {
    const date = readDates('Earlier this month, gunmen attacked a bus.', anchor)[0]?.date;
    assert.deepEqual(date, { start: '2016-01-01', end: '2016-01-08', precision: 3 });
  });
});

describe('readFatalities', () => {
  it('reads vague counts as ACLED does', () => {
    assert.equal(readFatalities('Dozens of people were killed.')?.count, 12);
    assert.equal(readFatalities('A woman was stoned to death.')?.count, 1);
    assert.equal(readFatalities('At least 7 people were killed and 20 wounded.')?.count, 7);
    assert.equal(readFatalities('No casualties were reported.')?.count, 0);
    assert.equal(readFatalities('Police arrested five men.'), undefined);
  });
});

describe('readSources', () => {
  it('chains an outlet citing an activist group', () => {
    const sources = readSources(
      'According to the Guardian, citing reports from the activist group Deir Ezzor 24, the men were shot.',
      'Example Post',
    );
    assert.deepEqual(
      sources.map((s) => [s.name, s.kind, s.citedBy]),
      [
        ['The Guardian', 'outlet', 'Example Post'],
        ['Deir Ezzor 24', 'activist', 'The Guardian'],
      ],
    );
  });
});

describe('gazetteer', () => {
  it('joins Raqqa, Ar Raqqah and al-Raqqa, and Aleppo with Halab', () => {
    assert.equal(placeKey('Ar Raqqah'), placeKey('al-Raqqa'));
    assert.equal(placeKey('Raqqa'), placeKey('Ar-Raqqah'));
    const g = getGazetteer();
    assert.equal(g.placesByKey(placeKey('Halab'))[0]?.iso2, 'SY');
    assert.equal(g.placesByKey(placeKey('Dayr az Zawr'))[0]?.admin1Code, '07');
  });
  it('loads fast and answers lookups in constant time', () => {
    const g = getGazetteer();
    // CPU time, not wall-clock time, so a busy machine does not fail the test.
    const started = process.cpuUsage();
    for (let i = 0; i < 100_000; i++) g.placesByKey('raqa');
    const used = process.cpuUsage(started);
    assert.ok((used.user + used.system) / 1000 < 200);
  });
});

describe('readDates around times of day', () => {
  const anchor = parseAnchor('2024-10-16');
  it('reads the date in "on the morning of 15 October 2024"', () => {
    assert.equal(readDates('on the morning of 15 October 2024', anchor)[0]?.date.start, '2024-10-15');
  });
  it('reads no month in "banned the march" or "may be"', () => {
    assert.deepEqual(readDates('authorities banned the march, and more arrests may be made', anchor), []);
    assert.equal(readDates('the protest of 3 March', anchor)[0]?.date.start, '2024-03-03');
  });
  it('ignores "ten minutes later", which is relative to the event', () => {
    assert.deepEqual(readDates('a second blast came about ten minutes later', anchor), []);
  });
});

describe('readFatalities with an apposition', () => {
  it('reads "At least 12 people, including three children, were killed" as 12', () => {
    assert.equal(readFatalities('At least 12 people, including three children, were killed.')?.count, 12);
  });
});

describe('looseKey', () => {
  it('meets transliteration variants', () => {
    assert.equal(looseKey(placeKey('Svitlodarsk')), looseKey(placeKey('Svetlodarsk')));
    assert.equal(looseKey(placeKey('Paktya')), looseKey(placeKey('Paktia')));
    assert.notEqual(looseKey(placeKey('Paktia')), looseKey(placeKey('Paktika')));
  });
  it('finds a variant spelling in the gazetteer', () => {
    assert.equal(getGazetteer().placesByLooseKey(looseKey(placeKey('Svitlodarsk')))[0]?.iso2, 'UA');
  });
});

describe('loadGazetteer', () => {
  // Places, an admin code and divisions outside ASCII, in the shape of data/places.tsv and data/divisions.tsv.
  const places = [
    'Łódź\tPL\t74\t1061\t51.771\t19.474\t768755\tA\tlodz|lodzia',
    'São Tomé\tST\t01\t\t0.336\t6.727\t53300\tC\tsao tome',
    'Anjō\tJP\t01\t1865293\t34.958\t137.081\t188693\tB\tanjo|ando',
    'Anseong\tKR\t13\tAnsŏng-si\t37.011\t127.270\t69255\t\tanseong|anjo|ando',
    '',
  ].join('\n');
  const divisions = [
    '1\tPL\t74\t\tŁódź Voivodeship\t51.771\t19.474\tlodz voivodeship|lodz',
    '2\tKR\t13\tAnsŏng-si\tAnsŏng-si\t37.011\t127.270\tansong si|ansong',
  ].join('\n');
  it('reads UTF-8 bytes as it reads the text', () => {
    const fromText = loadGazetteer(places, divisions);
    const fromBytes = loadGazetteer(Buffer.from(places, 'utf8'), Buffer.from(divisions, 'utf8'));
    for (const g of [fromText, fromBytes]) {
      assert.equal(g.placesByKey('lodzia')[0]?.name, 'Łódź');
      assert.equal(g.capitalOf('ST')?.name, 'São Tomé');
      assert.equal(g.admin1ByKey('lodz')[0]?.name, 'Łodz Voivodeship');
    }
    assert.deepEqual(fromBytes.placesByKey('lodz'), fromText.placesByKey('lodz'));
    assert.equal(fromBytes.placesByKey('anseong')[0]?.admin2Code, 'Ansŏng-si');
    assert.deepEqual(fromBytes.admin2ByKey('ansong'), fromText.admin2ByKey('ansong'));
  });
  it('gives every place of a key, in table order, each once', () => {
    const g = loadGazetteer(Buffer.from(places, 'utf8'), Buffer.from(divisions, 'utf8'));
    assert.deepEqual(
      g.placesByKey('anjo').map((p) => p.name),
      ['Anjō', 'Anseong'],
    );
    assert.deepEqual(
      g.placesByKey('ando').map((p) => p.id),
      [2, 3],
    );
    assert.deepEqual(g.placesByKey('nowhere'), []);
    assert.deepEqual(g.placesByKey(''), []);
    assert.equal(g.placeCount, 4);
  });
  it('finds a row by the loose key of its own name only, from a table given as bytes', () => {
    const table = [
      'Svetlodarsk\tUA\t14\t\t48.433\t38.217\t11000\t\tsvetlodarsk|luhanske',
      'Paktia\tAF\t35\t\t33.6\t69.3\t\t\tpaktia',
      'Ida\tNG\t05\t\t7.1\t6.7\t\t\tida',
      '',
    ].join('\n');
    const g = loadGazetteer(Buffer.from(table, 'utf8'));
    assert.deepEqual(
      g.placesByLooseKey(looseKey(placeKey('Svitlodarsk'))).map((p) => p.name),
      ['Svetlodarsk'],
    );
    assert.equal(g.placesByLooseKey(looseKey(placeKey('Paktya')))[0]?.population, 0);
    // An alternate name and a name under five letters have too many loose namesakes to be indexed.
    assert.deepEqual(g.placesByLooseKey(looseKey('luhanske')), []);
    assert.deepEqual(g.placesByLooseKey(looseKey('ida')), []);
    assert.deepEqual(g.placesByLooseKey(''), []);
  });
  it('gives the shipped names with their own letters', () => {
    assert.equal(getGazetteer().placesByKey('lodz')[0]?.name, 'Łódź');
  });
});

describe('name keys', () => {
  it('fold ASCII and other names alike', () => {
    assert.equal(placeKey('Ar-Raqqah'), 'raqa');
    assert.equal(placeKey('Ar‘-Raqqah'), 'raqa');
    assert.equal(placeKey('ŁÓDŹ'), 'lodz');
    // The generic word that opens a name is spelled one way: "Deir", "Dayr" and "Dair" all give "dayr".
    assert.equal(placeKey('Deir ez-Zor'), 'dayr zor');
    assert.equal(placeKey('Dayr az Zawr').split(' ')[0], 'dayr');
    assert.equal(plainName('Dar‘ā'), "Dar'a");
    assert.equal(plainName('Kidal'), 'Kidal');
  });
  it('give the same key when asked again', () => {
    for (let i = 0; i < 3; i++) assert.equal(placeKey('Al-Hasakah'), 'hasaka');
  });
});
