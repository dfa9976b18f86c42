// The demo corpus against its gold (test/fixtures/demo-gold.ts): the gold itself must stay true to demo/ and
// README, and the incidents the analyzer codes right today must stay right (a ratchet; issue 10 grows it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import { ACLED_EVENT_TYPES } from '../../src/core/acled.js';
import { distanceKm } from '../../src/core/geo.js';
import { getGazetteer } from '../../src/analyze/gazetteer.js';
import { placeKey } from '../../src/analyze/names.normalizer.js';
import { DEMO_GOLD, type GoldPlace } from '../fixtures/demo-gold.js';
import {
  DEMO_DIR,
  DEMO_FIELDS,
  describeIncident,
  readGoldFile,
  scoreDemoCorpus,
  splitGoldFile,
  type FileResult,
} from '../support/demo-gold.js';

/**
 * Gold incidents ("<letter> <file>") the analyzer codes right in every field. A change that breaks one fails
 * this test; one that fixes another makes the test print a note to add it here.
 */
const KNOWN_GOOD = new Set([
  'A pages/northgate-times-ariha-market-airstrike.html',
  'A pages/meridianwire-russian-raids-ariha-market.html',
  'A pages/civilianharmwatch-ariha-market-strike-field-update.html',
  'B pages/meridianwire-baidoa-teashop-suicide-bombing.html',
  'B pages/horizontoday-baidoa-cafe-blast.html',
  'C pages/savannadailypost-damboa-farmers-abducted.html',
  'C pages/northgate-times-borno-farmers-abduction.html',
  'D pages/dailycompass-kenya-fuel-protests-live.html',
  'D pages/horizontoday-kisumu-police-fire-on-protesters.html',
  'F pages/civilianharmwatch-taiz-shelling-children-killed.html',
  'G pages/dailycompass-deir-ezzor-sdf-islamic-state-clashes-live.html',
  'H pages/savannadailypost-kananga-riot-police-station.html',
  'I pages/horizontoday-sulaymaniyah-teachers-salary-protest.html',
  'J pages/meridianwire-turkey-islamic-state-raids-arrests.html',
  'K pages/frontline-dispatch-tera-village-attack.html',
  'L pages/frontline-dispatch-saraqib-hts-army-clashes.html',
  'M feeds/meridianwire.rss.xml#1',
  'N feeds/meridianwire.rss.xml#2',
  'P feeds/meridianwire.rss.xml#4',
  'Q report.txt',
  'S notes.jsonl:2',
  'T notes.jsonl:3',
  'U notes.jsonl:4',
]);

/** Gold files from which the analyzer codes no extra non-background incident; the same ratchet. */
const KNOWN_CLEAN = new Set([
  'pages/northgate-times-ariha-market-airstrike.html',
  'pages/meridianwire-russian-raids-ariha-market.html',
  'pages/civilianharmwatch-ariha-market-strike-field-update.html',
  'pages/meridianwire-baidoa-teashop-suicide-bombing.html',
  'pages/horizontoday-baidoa-cafe-blast.html',
  'pages/savannadailypost-damboa-farmers-abducted.html',
  'pages/northgate-times-borno-farmers-abduction.html',
  'pages/dailycompass-kenya-fuel-protests-live.html',
  'pages/horizontoday-kisumu-police-fire-on-protesters.html',
  'pages/northgate-times-mir-ali-roadside-bomb.html',
  'pages/civilianharmwatch-taiz-shelling-children-killed.html',
  'pages/dailycompass-deir-ezzor-sdf-islamic-state-clashes-live.html',
  'pages/savannadailypost-kananga-riot-police-station.html',
  'pages/horizontoday-sulaymaniyah-teachers-salary-protest.html',
  'pages/meridianwire-turkey-islamic-state-raids-arrests.html',
  'pages/frontline-dispatch-tera-village-attack.html',
  'pages/frontline-dispatch-saraqib-hts-army-clashes.html',
  'feeds/meridianwire.rss.xml#1',
  'feeds/meridianwire.rss.xml#2',
  'feeds/meridianwire.rss.xml#3',
  'feeds/meridianwire.rss.xml#4',
  'report.txt',
  'notes.jsonl:1',
  'notes.jsonl:2',
  'notes.jsonl:3',
  'notes.jsonl:4',
]);

const README = readFileSync(join(DEMO_DIR, 'README.md'), 'utf8');
const GOLD_KEYS = new Set(DEMO_GOLD.flatMap((f) => f.incidents.map((i) => `${i.id} ${f.file}`)));
const plain = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** README table rows as cells, for the rows whose first cell matches. */
function readmeRows(firstCell: RegExp): string[][] {
  return README.split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => firstCell.test(cells[0] ?? ''));
}

function assertPlace(place: GoldPlace, where: string): void {
  assert.ok(place.name.trim() !== '', `${where}: empty place name`);
  assert.match(place.iso2, /^[A-Z]{2}$/, `${where}: country "${place.iso2}"`);
  assert.ok(
    Math.abs(place.lat) <= 90 && Math.abs(place.lon) <= 180,
    `${where}: point ${place.lat},${place.lon}`,
  );
  const known = getGazetteer()
    .placesByKey(placeKey(place.name))
    .filter((p) => p.iso2 === place.iso2);
  if (place.inGazetteer === false) return;
  assert.ok(
    known.length > 0,
    `${where}: the gazetteer has no ${place.name} in ${place.iso2}; mark inGazetteer: false`,
  );
  const nearest = Math.min(...known.map((p) => distanceKm(p.lat, p.lon, place.lat, place.lon)));
  assert.ok(nearest <= 1, `${where}: ${place.name} is ${nearest.toFixed(0)} km from the gazetteer's point`);
}

describe('demo gold: true to demo/ and its README', () => {
  it('names every demo file and item once, and each one exists', async () => {
    const files = DEMO_GOLD.map((f) => f.file);
    assert.equal(new Set(files).size, files.length, 'a file is listed twice');
    for (const gold of DEMO_GOLD) {
      assert.ok(existsSync(join(DEMO_DIR, splitGoldFile(gold.file).path)), `${gold.file} is missing`);
      // Throws when the feed item or JSONL line is not there, or cannot be read.
      await readGoldFile(gold);
    }
    for (const [file] of readmeRows(/^(pages\/|report\.txt|notes\.jsonl)/)) {
      assert.ok(
        files.some((f) => splitGoldFile(f).path === file),
        `README lists ${file ?? '?'}, the gold does not`,
      );
    }
  });

  it("gives each file the incidents README's Files table letters for it, A to U in all", () => {
    for (const [file, , reported = ''] of readmeRows(/^(pages\/|report\.txt|notes\.jsonl)/)) {
      const letters = [...reported.matchAll(/\*\*([A-U])\*\*/g)].map((m) => m[1]);
      const gold = DEMO_GOLD.filter((f) => splitGoldFile(f.file).path === file).flatMap((f) =>
        f.incidents.map((i) => i.id),
      );
      assert.deepEqual(gold.sort(), letters.sort(), `${file ?? '?'}`);
    }
    const feedItems = readmeRows(/^[M-P]$/).map(([letter]) => letter);
    const feedGold = DEMO_GOLD.filter((f) => f.file.startsWith('feeds/')).map((f) => f.incidents[0]?.id);
    assert.deepEqual(feedGold, feedItems);
    const all = new Set(DEMO_GOLD.flatMap((f) => f.incidents.map((i) => i.id)));
    assert.deepEqual([...all].sort().join(''), 'ABCDEFGHIJKLMNOPQRSTU');
  });

  it("agrees with README's dates and places", () => {
    for (const [file, , reported = ''] of readmeRows(/^(pages\/|report\.txt|notes\.jsonl)/)) {
      for (const [, letter, told = ''] of reported.matchAll(/\*\*([A-U])\*\*([^*]*)/g)) {
        const date = /\d{4}-\d{2}-\d{2}/.exec(told)?.[0];
        if (date === undefined) continue;
        const gold = DEMO_GOLD.filter((f) => splitGoldFile(f.file).path === file)
          .flatMap((f) => f.incidents)
          .find((i) => i.id === letter);
        assert.ok(gold?.dates.includes(date), `${letter ?? '?'} ${file ?? '?'}: README dates it ${date}`);
      }
    }
    for (const [letter, date = '', place = ''] of readmeRows(/^[A-P]$/)) {
      const incidents = DEMO_GOLD.flatMap((f) => f.incidents).filter((i) => i.id === letter);
      assert.ok(incidents.length > 0, `README's ${letter ?? '?'} has no gold`);
      for (const incident of incidents) {
        assert.ok(incident.dates.includes(date), `${letter ?? '?'}: README dates it ${date}`);
        assert.ok(
          plain(place).includes(plain(incident.place.name)),
          `${letter ?? '?'}: README places it in ${place}`,
        );
      }
    }
  });

  it('holds only valid ACLED codes, dates, points and counts', () => {
    for (const gold of DEMO_GOLD) {
      if (gold.published !== undefined) assert.match(gold.published, /^\d{4}-\d{2}-\d{2}$/, gold.file);
      const ids = gold.incidents.map((i) => i.id);
      assert.equal(new Set(ids).size, ids.length, `${gold.file}: an incident twice`);
      for (const incident of gold.incidents) {
        const where = `${incident.id} ${gold.file}`;
        const subTypes: readonly string[] = ACLED_EVENT_TYPES[incident.eventType];
        assert.ok(subTypes !== undefined, `${where}: event type ${incident.eventType}`);
        assert.ok(incident.subEventTypes.length > 0, `${where}: no sub-event type`);
        for (const sub of incident.subEventTypes)
          assert.ok(subTypes.includes(sub), `${where}: sub-type ${sub}`);
        assert.ok(incident.dates.length > 0, `${where}: no date`);
        for (const date of incident.dates) {
          assert.ok(
            /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(date).toISOString().startsWith(date),
            `${where}: date ${date}`,
          );
        }
        const [min, max] = incident.fatalities;
        assert.ok(
          Number.isInteger(min) && Number.isInteger(max) && 0 <= min && min <= max,
          `${where}: fatalities`,
        );
        assert.ok(!incident.perpetrator.test(''), `${where}: the perpetrator pattern matches nobody's name`);
        assertPlace(incident.place, where);
      }
      for (const allowed of gold.allowed) {
        assert.ok(allowed.eventTypes.length > 0, `${gold.file}: allowed "${allowed.what}" has no event type`);
        assertPlace(allowed.place, `${gold.file}: allowed "${allowed.what}"`);
      }
    }
  });

  it('names in the ratchet only incidents and files the gold holds', () => {
    for (const key of KNOWN_GOOD) assert.ok(GOLD_KEYS.has(key), `KNOWN_GOOD: no gold incident "${key}"`);
    const files = new Set(DEMO_GOLD.map((f) => f.file));
    for (const file of KNOWN_CLEAN) assert.ok(files.has(file), `KNOWN_CLEAN: no gold file "${file}"`);
  });
});

describe('analyzer on the demo corpus: what was right stays right', () => {
  let results: FileResult[] = [];
  before(async () => {
    results = await scoreDemoCorpus();
  });

  it('codes every KNOWN_GOOD incident right in type, sub-type, place, date, perpetrator and fatalities', (t) => {
    const broken: string[] = [];
    for (const result of results) {
      if (result.error !== undefined) broken.push(`${result.file}: cannot read: ${result.error}`);
      for (const r of result.incidents) {
        if (!KNOWN_GOOD.has(r.key)) {
          if (r.isRight) t.diagnostic(`now right, add to KNOWN_GOOD in this file: '${r.key}'`);
          continue;
        }
        const wrong = DEMO_FIELDS.filter((field) => !r.checks[field]);
        if (wrong.length > 0) {
          const coded = r.coded === undefined ? 'not at all' : describeIncident(r.coded);
          broken.push(`${r.key} was right, now ${wrong.join(', ')} wrong: coded ${coded}`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('codes no extra non-background incident from a KNOWN_CLEAN file', (t) => {
    const broken: string[] = [];
    for (const result of results) {
      if (!KNOWN_CLEAN.has(result.file)) {
        if (result.extras.length === 0)
          t.diagnostic(`now clean, add to KNOWN_CLEAN in this file: '${result.file}'`);
        continue;
      }
      for (const extra of result.extras)
        broken.push(`${result.file} had no extra, now codes ${describeIncident(extra)}`);
    }
    assert.deepEqual(broken, []);
  });
});
