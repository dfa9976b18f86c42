// Topic matching (issue 12, "Matching"): 100,000 generated topics and 10,000 generated incidents, each incident
// matched through the TopicIndex and by a scan of every topic, side by side, in CPU time; exits 1 if they differ.
// Run: npm run bench:match [-- --topics N] [--incidents N] [--seed N] [--json] [--anchor GIT-REF]
//      --anchor runs this same script (copied in) on REF's src/follow, one after the other, and prints both.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { ACLED_EVENT_TYPES, EVENT_TYPES, type EventType } from '../src/core/acled.js';
import { GRADES } from '../src/core/incident-record.js';
import { getGazetteer } from '../src/analyze/index.js';
import {
  TopicIndex,
  TopicSchema,
  compileTopic,
  matchesCompiled,
  prepareIncident,
  type MatchableIncident,
  type Topic,
} from '../src/follow/index.js';
import { addAnchorWorktree, removeAnchorWorktree } from './support/anchor-worktree.js';
import { seededRandom } from '../src/core/seeded-random.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const TARGET_INCIDENTS_PER_CPU_SECOND = 5000;

function usage(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        topics: { type: 'string', default: '100000' },
        incidents: { type: 'string', default: '10000' },
        seed: { type: 'string', default: '12' },
        json: { type: 'boolean', default: false },
        anchor: { type: 'string' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
const count = (name: 'topics' | 'incidents' | 'seed', min: number): number => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < min)
    usage(`invalid --${name} "${args[name]}": use a whole number from ${min}`);
  return value;
};
const TOPICS = count('topics', 1);
const INCIDENTS = count('incidents', 1);
const SEED = count('seed', 0);

// --- A seeded generator (mulberry32) over real-looking places, actors and words -------------------------------

const next = seededRandom(SEED);
const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
/** Index 0 most often: weight 1/(i+1), as a few countries and towns make most of ACLED's events. */
const zipf = <T>(values: readonly T[]): T => {
  const total = values.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
  let at = next() * total;
  for (let i = 0; i < values.length; i += 1) {
    at -= 1 / (i + 1);
    if (at <= 0) return values[i]!;
  }
  return values[values.length - 1]!;
};

/** Countries (ISO2), towns looked up in the gazetteer, and armed groups, written for this bench. */
const COUNTRY_TOWNS: [iso2: string, towns: string[], groups: string[]][] = [
  [
    'SY',
    ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Daraa', 'Damascus', 'Manbij', 'Douma'],
    ['Islamic State (Syria)', 'HTS: Hayat Tahrir al Sham', 'SDF: Syrian Democratic Forces'],
  ],
  [
    'UA',
    ['Kharkiv', 'Kherson', 'Zaporizhzhia', 'Donetsk', 'Sumy', 'Odesa', 'Bakhmut'],
    ['Military Forces of Russia (2000-)'],
  ],
  [
    'MM',
    ['Mandalay', 'Sittwe', 'Myitkyina', 'Lashio', 'Yangon', 'Monywa'],
    ['Arakan Army', 'KIA: Kachin Independence Army', "PDF: People's Defense Force"],
  ],
  [
    'SD',
    ['Khartoum', 'Omdurman', 'Nyala', 'Geneina', 'Kadugli', 'Wad Madani'],
    ['RSF: Rapid Support Forces'],
  ],
  [
    'NG',
    ['Maiduguri', 'Kaduna', 'Jos', 'Zaria', 'Katsina', 'Makurdi', 'Gusau'],
    [
      'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad',
      'ISWAP: Islamic State West Africa Province',
      'Fulani Ethnic Militia (Nigeria)',
    ],
  ],
  [
    'CD',
    ['Goma', 'Bunia', 'Beni', 'Butembo', 'Uvira', 'Bukavu', 'Kinshasa'],
    [
      'M23: March 23 Movement',
      'ADF: Allied Democratic Forces',
      'CODECO: Cooperative for Development of Congo',
    ],
  ],
  [
    'ML',
    ['Bamako', 'Gao', 'Kidal', 'Mopti', 'Timbuktu', 'Menaka', 'Segou'],
    ['JNIM: Jamaah Nusrat al Islam wal Muslimin', 'Islamic State Sahel Province'],
  ],
  [
    'BF',
    ['Ouagadougou', 'Djibo', 'Kaya', 'Dori', 'Fada Ngourma', 'Ouahigouya'],
    ['JNIM: Jamaah Nusrat al Islam wal Muslimin', 'VDP: Volunteers for the Defense of the Homeland'],
  ],
  ['SO', ['Mogadishu', 'Kismayo', 'Baidoa', 'Beledweyne', 'Jowhar', 'Galkayo'], ['Al Shabaab']],
  [
    'YE',
    ['Sanaa', 'Aden', 'Taizz', 'Marib', 'Hodeidah', 'Saada'],
    ['Houthi Movement', 'STC: Southern Transitional Council'],
  ],
  [
    'AF',
    ['Kabul', 'Kandahar', 'Herat', 'Jalalabad', 'Kunduz', 'Mazar-e Sharif'],
    ['Islamic State (Afghanistan)'],
  ],
  [
    'PK',
    ['Peshawar', 'Quetta', 'Karachi', 'Turbat', 'Bannu', 'Dera Ismail Khan'],
    ['TTP: Tehreek-i-Taliban Pakistan', 'BLA: Balochistan Liberation Army'],
  ],
  [
    'IQ',
    ['Baghdad', 'Mosul', 'Kirkuk', 'Basra', 'Erbil', 'Fallujah'],
    ['Islamic State (Iraq)', 'PMF: Popular Mobilization Forces'],
  ],
  [
    'MX',
    ['Culiacan', 'Tijuana', 'Ciudad Juarez', 'Acapulco', 'Morelia', 'Celaya'],
    ['Sinaloa Cartel', 'CJNG: Jalisco New Generation Cartel'],
  ],
  [
    'CO',
    ['Cali', 'Medellin', 'Cucuta', 'Popayan', 'Tumaco', 'Arauca'],
    ['ELN: National Liberation Army', 'Clan del Golfo'],
  ],
  [
    'ET',
    ['Gondar', 'Bahir Dar', 'Mekele', 'Dessie', 'Nekemte', 'Addis Ababa'],
    ['Fano Militia', 'OLA: Oromo Liberation Army'],
  ],
  [
    'IN',
    ['Imphal', 'Srinagar', 'Raipur', 'Kolkata', 'Churachandpur'],
    ['CPI (Maoist): Communist Party of India (Maoist)', 'Meitei Ethnic Militia (India)'],
  ],
  [
    'PS',
    ['Gaza', 'Khan Yunis', 'Rafah', 'Jenin', 'Nablus', 'Hebron'],
    ['Hamas Movement', 'Military Forces of Israel (2022-)'],
  ],
  ['LB', ['Beirut', 'Tyre', 'Sidon', 'Nabatieh', 'Baalbek'], ['Hezbollah']],
  ['HT', ['Port-au-Prince', 'Cap-Haitien', 'Gonaives', 'Saint-Marc'], ['Viv Ansanm']],
  [
    'CF',
    ['Bangui', 'Bambari', 'Bria', 'Bossangoa', 'Kaga Bandoro'],
    ['3R: Return, Reclamation, Rehabilitation', 'UPC: Unity for Peace in Central Africa'],
  ],
  ['CM', ['Bamenda', 'Buea', 'Kumba', 'Maroua', 'Kousseri'], ['Ambazonian Separatists']],
  ['MZ', ['Pemba', 'Montepuez', 'Nampula', 'Chimoio'], ['Islamic State Mozambique Province']],
  [
    'PH',
    ['Marawi', 'Cotabato', 'Jolo', 'Davao', 'Zamboanga'],
    ["NPA: New People's Army", 'Abu Sayyaf Group'],
  ],
  ['NE', ['Niamey', 'Diffa', 'Tillaberi', 'Agadez', 'Tahoua'], ['Islamic State Sahel Province']],
  ['KE', ['Nairobi', 'Mombasa', 'Garissa', 'Mandera', 'Lamu', 'Kisumu'], ['Al Shabaab']],
  [
    'SS',
    ['Juba', 'Malakal', 'Bor', 'Bentiu', 'Wau'],
    ["SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)"],
  ],
  ['LY', ['Tripoli', 'Benghazi', 'Misrata', 'Sabha', 'Zawiya'], ['LNA: Libyan National Army']],
  [
    'BD',
    ['Dhaka', 'Chittagong', 'Sylhet', 'Rajshahi'],
    ['Awami League', 'BNP: Bangladesh Nationalist Party'],
  ],
  ['IR', ['Zahedan', 'Tehran', 'Sanandaj', 'Mashhad', 'Ahvaz'], ['Jaish al Adl']],
  ['TR', ['Diyarbakir', 'Istanbul', 'Ankara', 'Hakkari', 'Sirnak'], ['PKK: Kurdistan Workers Party']],
  [
    'BR',
    ['Rio de Janeiro', 'Sao Paulo', 'Salvador', 'Manaus', 'Fortaleza'],
    ['Comando Vermelho', 'PCC: First Capital Command'],
  ],
  ['FJ', ['Suva', 'Labasa', 'Nadi', 'Lautoka'], []],
  [
    'RU',
    ['Anadyr', 'Moscow', 'Belgorod', 'Kursk', 'Makhachkala', 'Norilsk'],
    ['Military Forces of Ukraine (2019-)'],
  ],
  ['NO', ['Tromso', 'Oslo', 'Hammerfest'], []],
];

const CIVILIAN_KINDS = ['Civilians', 'Protesters', 'Rioters', 'Unidentified Armed Group'] as const;
const WORDS = [
  'market',
  'hospital',
  'school',
  'mosque',
  'church',
  'checkpoint',
  'convoy',
  'village',
  'camp',
  'drone',
  'shelling',
  'ambush',
  'curfew',
  'journalist',
  'students',
  'farmers',
  'miners',
  'displaced',
];
const VERBS: Record<EventType, string[]> = {
  Battles: ['clashed with', 'attacked positions of', 'fought'],
  'Explosions/Remote violence': ['shelled', 'struck', 'bombed'],
  'Violence against civilians': ['killed', 'abducted', 'attacked'],
  Protests: ['demonstrated against', 'marched against'],
  Riots: ['rioted against', 'attacked'],
  'Strategic developments': ['arrested', 'looted the property of', 'seized'],
};
const TYPE_WEIGHTS: EventType[] = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
];

interface Town {
  name: string;
  admin1: string | null;
  country: string;
  iso3: string;
  lat: number;
  lon: number;
}
interface Country {
  name: string;
  iso3: string;
  towns: Town[];
  actors: string[];
}

/** The towns the gazetteer knows (its keys fold doubled letters and "-ah"), grouped by country. */
function loadCountries(): { countries: Country[]; missing: string[] } {
  const gazetteer = getGazetteer();
  const missing: string[] = [];
  const countries: Country[] = [];
  for (const [iso2, names, groups] of COUNTRY_TOWNS) {
    const country = gazetteer.countryByIso2(iso2);
    const towns: Town[] = [];
    for (const name of names) {
      const key = name
        .toLowerCase()
        .replace(/[-']/g, ' ')
        .replace(/([a-z])\1+/g, '$1')
        .replace(/ah\b/g, 'a');
      const place = gazetteer.placesByKey(key).find((p) => p.iso2 === iso2);
      if (place === undefined) {
        missing.push(`${name} (${iso2})`);
        continue;
      }
      towns.push({
        name: place.name,
        admin1: gazetteer.admin1Of(place),
        country: country?.name ?? iso2,
        iso3: country?.iso3 ?? iso2,
        lat: place.lat,
        lon: place.lon,
      });
    }
    if (towns.length === 0) continue;
    const name = towns[0]!.country;
    const actors = [
      `Military Forces of ${name} (2000-)`,
      `Police Forces of ${name} (2000-)`,
      ...groups,
      ...CIVILIAN_KINDS.map((kind) => `${kind} (${name})`),
    ];
    countries.push({ name, iso3: towns[0]!.iso3, towns, actors });
  }
  return { countries, missing };
}

function generateIncident(countries: Country[]): MatchableIncident {
  const country = zipf(countries);
  const town = zipf(country.towns);
  const eventType = zipf(TYPE_WEIGHTS);
  const subEventType = pick(ACLED_EVENT_TYPES[eventType]);
  const perpetrator = zipf(country.actors);
  const target = pick(country.actors);
  const fatalities = next() < 0.5 ? 0 : Math.floor(-Math.log(1 - next()) * 6);
  // Events sit within about 30 km of the town they are coded to.
  const lat = Math.max(-90, Math.min(90, town.lat + (next() - 0.5) * 0.5));
  const lon = ((town.lon + (next() - 0.5) * 0.5 + 540) % 360) - 180;
  const extra = WORDS.filter(() => next() < 0.12).join(' ');
  return {
    eventType,
    subEventType,
    location: {
      name: town.name,
      admin1: town.admin1,
      country: town.country,
      iso3: town.iso3,
      lat,
      lon,
      precision: 1,
    },
    actors: [
      { name: perpetrator, role: 'perpetrator', kind: 'other' },
      { name: target, role: 'target', kind: 'other' },
    ],
    fatalities,
    summary: `On 4 May 2025, ${perpetrator} ${pick(VERBS[eventType])} ${target} near ${town.name}, ${town.admin1 ?? country.name}${fatalities > 0 ? `, killing ${fatalities}` : ''}. ${extra}`,
    grade: zipf(GRADES),
    independentSources: 1 + Math.floor(next() * 4),
  };
}

/**
 * The mix: most topics follow one country, one actor or a place with a radius; some an admin area; some combine
 * two or three fields; a few are a query, a type, or a minimum toll or grade alone.
 */
function generateTopic(countries: Country[]): Topic {
  const country = zipf(countries);
  const town = zipf(country.towns);
  const roll = next();
  const near = () => ({
    name: town.name,
    lat: town.lat + (next() - 0.5) * 0.2,
    lon: town.lon + (next() - 0.5) * 0.2,
    radiusKm: zipf([25, 50, 10, 100, 5, 200, 500]),
  });
  const fields: Record<string, unknown> =
    roll < 0.28
      ? { country: next() < 0.8 ? country.name : country.iso3 }
      : roll < 0.5
        ? { actor: zipf(country.actors).replace(/ \(2000-\)$/, '') }
        : roll < 0.7
          ? { place: near() }
          : roll < 0.78
            ? { admin1: town.admin1 ?? country.name }
            : roll < 0.82
              ? { country: country.name, type: pick(EVENT_TYPES) }
              : roll < 0.85
                ? { actor: zipf(country.actors), minFatalities: pick([1, 5, 10]) }
                : roll < 0.88
                  ? {
                      place: near(),
                      type: pick(['Battles', 'Air/drone strike', 'Attack', 'Peaceful protest']),
                    }
                  : roll < 0.9
                    ? { admin1: town.admin1 ?? country.name, type: pick(EVENT_TYPES), minFatalities: 1 }
                    : roll < 0.92
                      ? { country: country.iso3, query: pick(WORDS), minGrade: 'fair' }
                      : roll < 0.94
                        ? { actor: zipf(country.actors), country: country.name, type: pick(EVENT_TYPES) }
                        : roll < 0.97
                          ? { query: next() < 0.5 ? `${pick(WORDS)} ${town.name}` : `"${pick(WORDS)}"` }
                          : roll < 0.985
                            ? {
                                type: pick([
                                  'Chemical weapon',
                                  'Suicide bomb',
                                  'Sexual violence',
                                  'Mob violence',
                                ]),
                              }
                            : roll < 0.995
                              ? { minFatalities: pick([10, 25, 50, 100]) }
                              : { minGrade: 'confirmed', minFatalities: 5 };
  return TopicSchema.parse(fields);
}

// --- Measuring ------------------------------------------------------------------------------------------------

const cpuMicros = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const percentile = (sorted: Float64Array, p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

interface Side {
  incidentsPerCpuSecond: number;
  cpuSeconds: number;
  p50CpuMicros: number;
  p99CpuMicros: number;
  p99WallMicros: number;
}
export interface Figures {
  topics: number;
  incidents: number;
  seed: number;
  buildCpuMs: number;
  indexHeapMb: number;
  keyKinds: Record<string, number>;
  candidatesPerIncident: number;
  matchesPerIncident: number;
  index: Side;
  bruteForce: Side;
  mismatches: number;
}

/** Per-incident CPU and wall times of one side, in microseconds. */
class Timings {
  readonly cpu: Float64Array;
  readonly wall: Float64Array;
  constructor(size: number) {
    this.cpu = new Float64Array(size);
    this.wall = new Float64Array(size);
  }
  /** Runs `work` as sample `at`, timed in CPU time (process.cpuUsage, microsecond resolution) and wall time. */
  time<T>(at: number, work: () => T): T {
    const cpu = cpuMicros();
    const wall = performance.now();
    const result = work();
    this.wall[at] = (performance.now() - wall) * 1000;
    this.cpu[at] = cpuMicros() - cpu;
    return result;
  }
  side(): Side {
    const cpuSeconds = this.cpu.reduce((sum, value) => sum + value, 0) / 1e6;
    const cpu = this.cpu.slice().sort();
    const wall = this.wall.slice().sort();
    return {
      incidentsPerCpuSecond: this.cpu.length / cpuSeconds,
      cpuSeconds,
      p50CpuMicros: percentile(cpu, 50),
      p99CpuMicros: percentile(cpu, 99),
      p99WallMicros: percentile(wall, 99),
    };
  }
}

function run(): Figures {
  const { countries, missing } = loadCountries();
  if (missing.length > 0)
    process.stderr.write(`towns the gazetteer does not know, left out: ${missing.join(', ')}\n`);
  const topics = Array.from({ length: TOPICS }, () => generateTopic(countries));
  const incidents = Array.from({ length: INCIDENTS }, () => generateIncident(countries));

  const heapBefore = heapMb();
  const buildStarted = cpuMicros();
  const index = new TopicIndex<number>();
  topics.forEach((topic, id) => index.add(id, topic));
  const buildCpuMs = (cpuMicros() - buildStarted) / 1000;
  const indexHeapMb = heapMb() - heapBefore;

  // The scan shares the index's compiled topics and prepared incidents (compiling per pair would measure
  // parsing, not matching): this is matchesTopic over every topic, at its fastest.
  const compiled = topics.map(compileTopic);
  const scan = (incident: MatchableIncident): number[] => {
    const prepared = prepareIncident(incident);
    const ids: number[] = [];
    for (let id = 0; id < compiled.length; id += 1)
      if (matchesCompiled(compiled[id]!, prepared)) ids.push(id);
    return ids;
  };

  // The index is timed on the stream of incidents alone (its answers let go: holding 10,000 answers of thousands
  // of ids would make the garbage collector's work, not matching, the figure). Then the scan is timed, and each
  // of its answers is compared at once with the index's answer asked again, untimed.
  process.stderr.write(`matching ${INCIDENTS} incidents through the index\n`);
  const indexed = new Timings(INCIDENTS);
  for (let i = 0; i < incidents.length; i += 1) indexed.time(i, () => index.match(incidents[i]!));
  process.stderr.write(`matching ${INCIDENTS} incidents by a scan of all ${TOPICS} topics, and comparing\n`);
  const scanned = new Timings(INCIDENTS);
  let mismatches = 0;
  let matches = 0;
  let candidates = 0;
  for (let i = 0; i < incidents.length; i += 1) {
    const incident = incidents[i]!;
    const truth = scanned.time(i, () => scan(incident));
    const mine = index.match(incident).sort((a, b) => a - b);
    candidates += index.candidates(incident).length;
    matches += truth.length;
    if (mine.length === truth.length && mine.every((id, at) => id === truth[at])) continue;
    mismatches += 1;
    if (mismatches <= 3) {
      const missed = truth.filter((id) => !mine.includes(id));
      const extra = mine.filter((id) => !truth.includes(id));
      process.stderr.write(
        `incident ${i}: index missed ${JSON.stringify(missed.slice(0, 5).map((id) => topics[id]))}, ` +
          `extra ${JSON.stringify(extra.slice(0, 5).map((id) => topics[id]))}\n`,
      );
    }
  }
  return {
    topics: TOPICS,
    incidents: INCIDENTS,
    seed: SEED,
    buildCpuMs,
    indexHeapMb,
    keyKinds: index.countByKind(),
    candidatesPerIncident: candidates / INCIDENTS,
    matchesPerIncident: matches / INCIDENTS,
    index: indexed.side(),
    bruteForce: scanned.side(),
    mismatches,
  };
}

// --- Printing -------------------------------------------------------------------------------------------------

const fmt = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function print(figures: Figures): void {
  const { index, bruteForce } = figures;
  console.log(
    `bench:match: ${fmt(figures.topics)} topics, ${fmt(figures.incidents)} incidents (seed ${figures.seed}); ` +
      'CPU time of this process (user+sys), so the load of other processes weighs little',
  );
  console.log(
    `topics by index key: ${Object.entries(figures.keyKinds)
      .map(([kind, n]) => `${kind} ${fmt(n)}`)
      .join(', ')}`,
  );
  console.log(`index build: ${fmt(figures.buildCpuMs)} ms CPU, ${fmt(figures.indexHeapMb, 1)} MB heap`);
  console.log(
    `per incident: ${fmt(figures.candidatesPerIncident, 1)} candidates (topics under its keys), ${fmt(figures.matchesPerIncident, 1)} matches`,
  );
  console.log('');
  console.log('                       index    brute force    ratio');
  const row = (label: string, a: number, b: number, digits = 0) =>
    console.log(
      `${label.padEnd(18)}${fmt(a, digits).padStart(10)}${fmt(b, digits).padStart(15)}${`${fmt(a > b ? a / b : b / a, 1)}x`.padStart(9)}`,
    );
  row('incidents/CPU s', index.incidentsPerCpuSecond, bruteForce.incidentsPerCpuSecond);
  row('CPU s in all', index.cpuSeconds, bruteForce.cpuSeconds, 2);
  row('p50 CPU µs', index.p50CpuMicros, bruteForce.p50CpuMicros);
  row('p99 CPU µs', index.p99CpuMicros, bruteForce.p99CpuMicros);
  row('p99 wall µs', index.p99WallMicros, bruteForce.p99WallMicros);
  console.log('');
  const target = index.incidentsPerCpuSecond >= TARGET_INCIDENTS_PER_CPU_SECOND;
  console.log(
    `${target ? 'ok  ' : 'MISS'} index ≥ ${fmt(TARGET_INCIDENTS_PER_CPU_SECOND)} incidents per CPU second (one core)`,
  );
  console.log(
    figures.mismatches === 0
      ? `ok   index and brute force give the same matches for all ${fmt(figures.incidents)} incidents`
      : `FAIL index and brute force differ on ${fmt(figures.mismatches)} incidents`,
  );
}

/** This script, copied into REF's worktree and run there with --json, beside a run here. */
function runAnchor(ref: string): void {
  const work = mkdtempSync(join(tmpdir(), 'sitrep-match-bench-'));
  try {
    const anchor = addAnchorWorktree(REPO, ref, work);
    if (typeof anchor === 'string') usage(`cannot check out the anchor: ${anchor}`);
    const file = 'bench/match.bench.ts';
    mkdirSync(dirname(join(anchor.root, file)), { recursive: true });
    cpSync(join(REPO, file), join(anchor.root, file));
    const childArgs = [
      '--topics',
      String(TOPICS),
      '--incidents',
      String(INCIDENTS),
      '--seed',
      String(SEED),
      '--json',
    ];
    const child = (root: string): Figures | string => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...childArgs], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      });
      // Exit 1 with figures is a run whose matches differ; without, a run that failed.
      const lastError = result.stderr.split('\n').find((line) => /Error\b/.test(line));
      try {
        return JSON.parse(result.stdout) as Figures;
      } catch {
        return lastError ?? `exited with ${result.status ?? result.signal}`;
      }
    };
    process.stderr.write(`measuring this checkout, then ${anchor.label}, one after the other\n`);
    const mine = child(REPO);
    const theirs = child(anchor.root);
    if (typeof mine === 'string') usage(`this checkout does not run the bench: ${mine}`);
    print(mine);
    console.log('');
    if (typeof theirs === 'string') {
      console.log(`not compared with ${anchor.label}: it does not run this bench (${theirs})`);
    } else {
      console.log(`index beside ${anchor.label} (the same bench on its src/follow; ratio = this / anchor)`);
      const line = (label: string, a: number, b: number) =>
        console.log(
          `${label.padEnd(22)}${fmt(b).padStart(12)}${fmt(a).padStart(12)}${`${fmt(a / b, 2)}x`.padStart(9)}`,
        );
      console.log(`${''.padEnd(22)}${'anchor'.padStart(12)}${'this'.padStart(12)}${'ratio'.padStart(9)}`);
      line('incidents/CPU s', mine.index.incidentsPerCpuSecond, theirs.index.incidentsPerCpuSecond);
      line('p99 CPU µs', mine.index.p99CpuMicros, theirs.index.p99CpuMicros);
      line('build CPU ms', mine.buildCpuMs, theirs.buildCpuMs);
      line('index heap MB', mine.indexHeapMb, theirs.indexHeapMb);
      line('candidates/incident', mine.candidatesPerIncident, theirs.candidatesPerIncident);
    }
    if (mine.mismatches > 0) process.exitCode = 1;
  } finally {
    removeAnchorWorktree(REPO, work);
    rmSync(work, { recursive: true, force: true });
  }
}

if (args.anchor !== undefined) {
  runAnchor(args.anchor);
} else {
  const figures = run();
  if (args.json) console.log(JSON.stringify(figures));
  else print(figures);
  if (figures.mismatches > 0) process.exitCode = 1;
}
