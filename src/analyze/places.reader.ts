// Finds place mentions in a sentence (capitalised names looked up in the gazetteer) and picks an incident's
// location, disambiguating by the countries the article mentions and by population.
import type { IncidentLocation, Precision } from '../core/incident.js';
import type { Country, Gazetteer, Place } from './gazetteer.js';
import { looseKey, placeKey } from './names.normalizer.js';

/** A place, admin1 or country named in a sentence. */
export interface PlaceMention {
  text: string;
  start: number;
  candidates: readonly Place[];
  country?: Country;
  admin1?: { iso2: string; code: string; name: string };
  /**
   * A container the gazetteer does not know, as written ("Paktia" in "Ahmadabad district, Paktia"): most often
   * a division, whose own spelling names the place's admin1.
   */
  region?: string;
  /** 2 when the text says "near X", "X countryside", "area of X"; 1 otherwise. */
  precision: Precision;
  /** After "in", "at", "near", "of": a strong sign the name is a place. */
  isLocative: boolean;
  /** Followed by its container ("Babruysk of the Mogilev region", "Raqqa, Syria", "Mora village (Surat)"). */
  isSpecific: boolean;
  /** Itself a container of the mention before it (after a comma or an opening parenthesis). */
  isContainer: boolean;
  /** How many sentences after the incident's first one it was read in (0 when unknown). */
  sentenceRank?: number;
}

const CONNECTORS =
  '(?:al|el|ar|as|ad|az|an|at|ash|ez|es|ed|de|del|la|le|los|las|di|da|do|dos|das|du|des|bin|ibn|abu|umm|bani|beni|ben|of|y|e|i|sur|en|am|im)';
const WORD = "[\\p{Lu}][\\p{L}'’]*(?:-[\\p{L}][\\p{L}'’]*)*";
const NAME_RUN = new RegExp(
  `(?:(?:al|el|ar|as|ad|az|an|ash)-)?${WORD}(?:[ -](?:(?:${CONNECTORS})[ -])?(?:(?:al|el|ar|as|ad|az|an|ash)-)?${WORD}){0,4}`,
  'gu',
);
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|of|from|into|around|on|towards|toward|to|across|between|and|nearby|district|province|village|town|city|region|governorate|oblast|state|county|municipality)\s+(?:the\s+)?$/i;
const VICINITY_BEFORE =
  /\b(?:near|outside|outskirts of|vicinity of|area of|around|close to|nearby|surroundings of|environs of|(?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from))\s+(?:the\s+)?$/i;
const VICINITY_AFTER =
  /^\s*(?:countryside|outskirts|suburbs|area|surroundings|environs|region|district|rural)\b/i;
const CONTAINER_AFTER =
  /^\s*(?:(?:village|town|city|district|area|commune|camp|settlement|neighbou?rhood|municipality|sector)\s*)?(?:,|\(|of the\b)/i;
// "Damascus, which ..." is no "Raqqa, Syria": after a comma, the container is a capitalised name. The spaces
// sit inside the lookahead so that backtracking cannot skip them and pass ", Syria" as a clause.
const CLAUSE_AFTER =
  /^\s*(?:(?:village|town|city|district|area|commune|camp|settlement|neighbou?rhood|municipality|sector)\s*)?,(?!\s*(?:in\s+)?(?:the\s+)?\p{Lu})/u;
const MODIFIED_NOUN = /^\s*(?:town|village|city|hamlet|camp|suburb|countryside|market)\b/i;
// What may follow an unknown name in the container slot for it to be read as a division's name: the end of
// the phrase ("X, Paktia.", "X (Uttarakhand)"), a further container, or a division word.
const REGION_AFTER =
  /^\s*(?:$|[).;:]|,\s*(?:\p{Lu}|and\b|an?\b|the\b|in\b|on\b|when\b|while\b|as\b)|(?:province|governorate|oblast|state|region|district|department|prefecture|county|rayon|raion)\b)/iu;
// A capitalised article opening a name ("La Plata", "El Junquito", "Abu Dis") is part of it, unlike "of Aleppo".
const NAME_ARTICLE =
  /^(?:La|Las|Los|Le|Les|El|Al|Ad|Ar|Ash|Az|De|Del|Di|Da|Dos|Das|Du|Abu|Umm|Bani|Beni|Ben|Bin|Ibn) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u;
const ADMIN_AFTER =
  /^\s*(?:province|governorate|oblast|state|region|district|department|prefecture|county|rayon|raion)\b/i;
// Capitalised words that are places somewhere but almost always something else in news English.
const STOPWORDS = new Set(
  (
    'the a an and or but in on at of for to from by with as is was were be been it its he she they his her their ' +
    'this that these those there here when while after before during since until then also however meanwhile ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tonight president minister ministry government police ' +
    'army military forces force state states republic people council court party front movement national ' +
    'democratic islamic union united nations security human rights north south east west central northern ' +
    'southern eastern western new old great first second third official officials spokesman spokesperson ' +
    'general colonel captain major commander leader chief prime secretary governor mayor king prince queen ' +
    'reuters afp ap bbc cnn read more click send email advertisement photo video credit share follow ' +
    'according citing local sources source reports report activists witnesses residents many some several ' +
    'two three four five one mr mrs ms dr al el ar as ad an at christian muslim sunni shia shiite kurdish arab ' +
    'jewish hindu catholic orthodox god allah church mosque university hospital school center centre street road ' +
    'bridge airport camp base district province region village town city county area international world global ' +
    'friday prayers news times post daily agency press media network online independent guardian observer star ' +
    'sun mail day week month year hour morning evening night afternoon district governorate oblast unknown ' +
    'unidentified armed gunmen militants fighters soldiers troops civilians protesters rioters women men children ' +
    'victory liberty freedom justice peace hope independence revolution paradise eden mission premier supreme ' +
    // Spanish and Portuguese for a neighbourhood, and the Molotov cocktail.
    'colonia bairro metro molotov'
  ).split(' '),
);

/** Place mentions in a sentence; `masked` spans (sources, actors) are skipped. */
export function readPlaces(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (sentence.length > 2000) return out;
  for (const run of sentence.matchAll(NAME_RUN)) {
    const words = splitRun(run[0]);
    let i = 0;
    // Longest sub-span first, so "Deir ez-Zor" wins over "Deir" and "Ras al-Ain" over "Ras".
    while (i < words.length) {
      let matched = 0;
      for (let j = words.length; j > i; j--) {
        const first = words[i];
        const last = words[j - 1];
        if (first === undefined || last === undefined) continue;
        const start = run.index + first.offset;
        const end = run.index + last.offset + last.text.length;
        const text = sentence.slice(start, end);
        // "Wadi al-Rabi", "Qaser Bin Ghashir", "Khas Urozgan district": a name continued by a connector, or a
        // run named as a whole as a district or village, is one name, and its first words are no place.
        if (j < words.length && i === 0) {
          const next = words[j]?.text ?? '';
          const runAfter = sentence.slice(run.index + run[0].length, run.index + run[0].length + 20);
          if (new RegExp(`^(?:${CONNECTORS}|(?:al|el|ar|as|ad|az|an|ash)-.*)$`, 'i').test(next)) continue;
          if (
            /^\s+(?:district|village|town|commune|camp|neighbou?rhood|sector|area|county|municipality)\b/i.test(
              runAfter,
            )
          )
            continue;
        }
        const mention = lookup(text, start, end, sentence, gazetteer, j - i);
        if (mention !== undefined) {
          out.push(mention);
          matched = j - i;
          break;
        }
      }
      i += Math.max(1, matched);
    }
  }
  return out;
}

function splitRun(run: string): { text: string; offset: number }[] {
  const words: { text: string; offset: number }[] = [];
  const re = /\S+/g;
  for (const m of run.matchAll(re)) words.push({ text: m[0], offset: m.index });
  return words;
}

function lookup(
  text: string,
  start: number,
  end: number,
  sentence: string,
  gazetteer: Gazetteer,
  wordCount: number,
): PlaceMention | undefined {
  const key = placeKey(text);
  if (key.length < 3 || STOPWORDS.has(key)) return undefined;
  if (wordCount === 1 && STOPWORDS.has(text.toLowerCase())) return undefined;
  // A connector can open or close a run ("of Aleppo") but never a name.
  if (
    new RegExp(`^${CONNECTORS}\\b|\\b${CONNECTORS}$`, 'i').test(text) &&
    !/^(?:al|el|ar|as|ad|az|an|ash)-/i.test(text) &&
    !NAME_ARTICLE.test(text)
  ) {
    return undefined;
  }
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  const isLocative = LOCATIVE_BEFORE.test(before);
  const precision: Precision = VICINITY_BEFORE.test(before) || VICINITY_AFTER.test(after) ? 2 : 1;
  const isSpecific = CONTAINER_AFTER.test(after) && !CLAUSE_AFTER.test(after);
  // "the southern Idlib town", "a Borno village": the name qualifies an unnamed place and only contains it.
  const isModifier = /\b(?:the|a|an)\s+(?:[\w-]+\s+)?$/i.test(before) && MODIFIED_NOUN.test(after);
  const isContainer = /[,(]\s*$/.test(before) || /\bof the\s+$/.test(before) || isModifier;
  const flags = { isLocative, isSpecific, isContainer };
  const country = gazetteer.countryByName(text);
  if (country !== undefined) return { text, start, candidates: [], country, precision: 1, ...flags };
  // Province names count where a text uses them as provinces: "Lower Juba region", "(Kismaayo, Lower Juba)".
  // Short tokens ("LoC", "Kut") are acronyms or fragments far more often than places.
  if (wordCount === 1 && text.length <= 3) return undefined;
  let candidates = gazetteer.placesByKey(key);
  const isAdminWord = ADMIN_AFTER.test(after) || isModifier;
  // In the container slot a division's name beats namesake villages abroad: cities500 lists many tiny seats
  // ("Hiran" in Iraq) that share a province's name ("Hiraan").
  let admins =
    isAdminWord ||
    ((isContainer || wordCount > 1) && candidates.length === 0) ||
    (isContainer && candidates.every((p) => p.population < 100_000))
      ? gazetteer.admin1ByKey(key)
      : [];
  if (
    !isAdminWord &&
    candidates.length > 0 &&
    admins.some((a) => candidates.some((p) => p.iso2 === a.iso2))
  ) {
    admins = [];
  }
  // "Idlib" for the table's "Idleb", "Paktya" for "Paktia": a division named as one may be spelled otherwise.
  if (admins.length === 0 && candidates.length === 0 && (isAdminWord || isContainer) && key.length >= 4) {
    admins = gazetteer.admin1ByLooseKey(looseKey(key));
  }
  // "Idlib province" when the gazetteer spells the province "Idleb": the province its namesake capital heads.
  const seatOf = isAdminWord ? candidates.find((p) => p.seat === 'A' || p.seat === 'C') : undefined;
  const seatName = seatOf === undefined ? null : gazetteer.admin1Name(seatOf.iso2, seatOf.admin1Code);
  const admin =
    admins[0] ??
    (seatOf === undefined || seatName === null
      ? undefined
      : { iso2: seatOf.iso2, code: seatOf.admin1Code, name: seatName });
  if (admin !== undefined) return { text, start, candidates: [], admin1: admin, precision: 1, ...flags };
  if (candidates.length === 0) {
    // REGION_AFTER is case-insensitive for its words but must not let a lower-case word pass as a name.
    if (isContainer && /^\p{Lu}/u.test(text) && REGION_AFTER.test(after)) {
      return { text, start, candidates: [], region: displayName(text), precision: 1, ...flags };
    }
    // "near Svitlodarsk" for GeoNames' "Svetlodarsk": a transliteration variant, where the text says it is a place.
    const loose = looseKey(key);
    // Short skeletons ("bld" for Buleda) meet unrelated places (Blida, Balad).
    if (loose.length >= 5 && (isLocative || /^\s*[,(]/.test(after))) {
      candidates = gazetteer.placesByLooseKey(loose);
    }
    if (candidates.length === 0) return undefined;
  }
  const top = candidates[0];
  // Sentence-initial single words and small places need a locative cue, or they are mostly common words.
  const isSentenceStart = /^\W*$/.test(sentence.slice(0, start));
  if (wordCount === 1 && !isLocative && (isSentenceStart || (top?.population ?? 0) < 100_000)) {
    // "(Kismaayo, Lower Juba)", "Orikhove, Luhansk": a name in the container slot of a place is a place too.
    const isParenthetical = /\((?:[^()]{0,60},)?\s*$/.test(before) && /^\s*[,)]/.test(after);
    if (!/^\s*(?:,|\()/.test(after) && !isParenthetical) return undefined;
  }
  return { text, start, candidates, precision, ...flags };
}

/**
 * The best location among mentions (in order of preference), given the countries the article names.
 * Town-level mentions win over provinces, which win over countries; ties go to the context country, then to
 * the larger place.
 */
export function chooseLocation(
  mentions: readonly PlaceMention[],
  contextCountries: ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
): IncidentLocation | null {
  let best: { score: number; location: IncidentLocation } | undefined;
  const hasContext = contextCountries.size > 0;
  mentions.forEach((mention, order) => {
    const container = mention.isSpecific ? mentions[order + 1] : undefined;
    const chain = containerChain(mentions, order);
    const containerAdmins = new Set<string>();
    const containerCountries = new Set<string>();
    if (container?.isContainer === true) {
      if (container.admin1 !== undefined) containerCountries.add(container.admin1.iso2);
      if (container.country !== undefined) containerCountries.add(container.country.iso2);
      for (const p of container.candidates.slice(0, 5)) containerCountries.add(p.iso2);
      if (container.admin1 !== undefined)
        containerAdmins.add(`${container.admin1.iso2}.${container.admin1.code}`);
      for (const p of container.candidates.slice(0, 5)) containerAdmins.add(`${p.iso2}.${p.admin1Code}`);
    }
    // The first and most specific name is where ACLED codes an event; containers only disambiguate it.
    const orderBonus =
      -Math.min(order, 10) * 0.3 -
      // Later sentences elaborate (a hospital in the provincial capital); the telling sentences place it.
      Math.min(mention.sentenceRank ?? 0, 5) +
      (mention.isSpecific ? 1.5 : 0) -
      (mention.isContainer ? 1.5 : 0);
    if (mention.candidates.length > 0) {
      for (const place of mention.candidates.slice(0, 30)) {
        const contextWeight = contextCountries.get(place.iso2) ?? 0;
        // A container names a larger unit of the place before it; one outside the article's countries is a
        // namesake ("Buleda (Kech, Balochistan)" is no Ketsch in Germany).
        if (mention.isContainer && hasContext && contextWeight === 0) continue;
        // A place outside every country the article names is usually a namesake ("Colonia", "Andar").
        const contextScore =
          contextWeight > 0
            ? Math.min(contextWeight, 3) * 2
            : hasContext && place.population < 1_000_000
              ? -4
              : 0;
        // "Orikhove, Luhansk": of the namesakes, the one inside the named container.
        // A namesake outside every country its container could be in is not the place meant.
        // A container read as a country or division ("Ahmadabad district, Paktia") rules out every namesake
        // elsewhere: the division's seat or the country is the better guess then.
        const containerScore = containerAdmins.has(`${place.iso2}.${place.admin1Code}`)
          ? 3
          : containerCountries.size > 0 && !containerCountries.has(place.iso2)
            ? container?.admin1 !== undefined || container?.country !== undefined
              ? -12
              : -4
            : // Same country, other division: "Shyrokyne, Donetsk" is not a Shyrokyne elsewhere in the country.
              containerAdmins.size > 0
              ? -2
              : 0;
        const score =
          10 +
          contextScore +
          containerScore +
          Math.log10(place.population + 10) / 4 +
          (mention.isLocative ? 1 : 0) +
          orderBonus;
        if (best === undefined || score > best.score) {
          // A container chosen over the specific name before it locates the event only to that larger unit.
          const precision = mention.isContainer
            ? (Math.max(mention.precision, 2) as Precision)
            : mention.precision;
          const location = toLocation(place, mention.text, precision, gazetteer);
          const admin1 = writtenAdmin1(place, chain, gazetteer);
          best = { score, location: admin1 === undefined ? location : { ...location, admin1 } };
        }
      }
      return;
    }
    if (mention.admin1 !== undefined) {
      const country = gazetteer.countryByIso2(mention.admin1.iso2);
      const seat = gazetteer.admin1Seat(mention.admin1.iso2, mention.admin1.code);
      if (country === undefined) return;
      const score = 7 + orderBonus;
      if (best === undefined || score > best.score) {
        best = {
          score,
          location: {
            name: mention.admin1.name,
            admin1: mention.admin1.name,
            country: country.name,
            iso3: country.iso3,
            lat: seat?.lat ?? country.lat,
            lon: seat?.lon ?? country.lon,
            precision: 3,
          },
        };
      }
      return;
    }
    const country = mention.country;
    if (country !== undefined) {
      const score = 1 + orderBonus;
      if (best === undefined || score > best.score) {
        best = {
          score,
          location: {
            name: country.name,
            admin1: null,
            country: country.name,
            iso3: country.iso3,
            lat: country.lat,
            lon: country.lon,
            precision: 3,
          },
        };
      }
    }
  });
  return best?.location ?? null;
}

// The containers written after a mention, nearest first: "Buleda (Kech, Balochistan)" gives Kech, Balochistan.
function containerChain(mentions: readonly PlaceMention[], order: number): PlaceMention[] {
  const chain: PlaceMention[] = [];
  let current = mentions[order];
  for (let i = order + 1; i < mentions.length && chain.length < 3; i++) {
    const next = mentions[i];
    if (current?.isSpecific !== true || next?.isContainer !== true) break;
    if (next.sentenceRank !== current.sentenceRank) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/**
 * The admin1 name the text itself gives for a place: the outermost container below the country when it is a
 * division the gazetteer does not know ("X district, Paktia") or the seat of the place's own division
 * ("Shyrokyne, Donetsk"). Countries with a hand table keep its spelling.
 */
function writtenAdmin1(
  place: Place,
  chain: readonly PlaceMention[],
  gazetteer: Gazetteer,
): string | undefined {
  if (gazetteer.hasAdmin1Table(place.iso2)) return undefined;
  const outer = chain.filter((m) => m.country === undefined).at(-1);
  if (outer === undefined) return undefined;
  if (outer.region !== undefined) return outer.region;
  if (outer.admin1 !== undefined) return outer.admin1.iso2 === place.iso2 ? outer.admin1.name : undefined;
  const isOwnSeat = outer.candidates.some(
    (p) => p.iso2 === place.iso2 && p.admin1Code === place.admin1Code && (p.seat === 'A' || p.seat === 'C'),
  );
  return isOwnSeat ? displayName(outer.text) : undefined;
}

// The name as the text spells it ("Raqqa"), which reads better in summaries than GeoNames' "Ar Raqqah".
function toLocation(
  place: Place,
  written: string,
  precision: Precision,
  gazetteer: Gazetteer,
): IncidentLocation {
  const country = gazetteer.countryByIso2(place.iso2);
  // A dateline ("ARIHA, Syria (AP) —") shouts the name; the gazetteer has it in proper case.
  const isShouted = written.length > 3 && written === written.toUpperCase();
  return {
    name: displayName(isShouted ? place.name : written),
    admin1: gazetteer.admin1Name(place.iso2, place.admin1Code),
    country: country?.name ?? place.iso2,
    iso3: country?.iso3 ?? place.iso2,
    lat: place.lat,
    lon: place.lon,
    precision,
  };
}

// ACLED writes plain Latin letters without transliteration marks.
function displayName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ʿʾ‘’]/g, "'");
}
