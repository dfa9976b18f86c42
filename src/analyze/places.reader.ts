// Finds place mentions in a sentence (capitalised names looked up in the gazetteer) and picks an incident's
// location, disambiguating by the countries the article mentions and by population.
import type { IncidentLocation, Precision } from '../core/incident.js';
import { ADMIN1_ALIASES } from './admin1.data.js';
import type { Country, Division, Gazetteer, Place } from './gazetteer.js';
import { looseKey, placeKey, plainName } from './names.normalizer.js';
import { matchesOf } from './pattern.matcher.js';

/** A place, admin1 or country named in a sentence. */
export interface PlaceMention {
  text: string;
  start: number;
  candidates: readonly Place[];
  country?: Country;
  /** Divisions (provinces, districts) of this name, in any country; read as one where the text uses it as one. */
  divisions: readonly Division[];
  /**
   * A container the gazetteer does not know, as written ("Paktia" in "Ahmadabad district, Paktia"): most often
   * a division, whose own spelling names the place's admin1.
   */
  region?: string;
  /** Found by a looser spelling ("Svitlodarsk" for "Svetlodarsk"): a weaker reading than an exact name. */
  isVariant?: boolean;
  /** 2 when the text says "near X", "X countryside", "area of X"; 1 otherwise. */
  precision: Precision;
  /** After "in", "at", "near", "of": a strong sign the name is a place. */
  isLocative: boolean;
  /** Followed by its container ("Babruysk of the Mogilev region", "Raqqa, Syria", "Mora village (Surat)"). */
  isSpecific: boolean;
  /** Itself a container of the mention before it (after a comma or an opening parenthesis). */
  isContainer: boolean;
  /**
   * Read only because "in" and a capitalised name follow ("shelled Bara in Idleb"): a small place without a
   * locative cue, kept only where the name after "in" contains it.
   */
  needsContainer?: boolean;
  /** How many sentences after the incident's first one it was read in (0 when unknown). */
  sentenceRank?: number;
  /**
   * Where the reporter was, not where the event was: a dateline ("ADEN, Yemen (AP) —"), a byline ("By A. Name,
   * Maiduguri") or "our correspondent in X". Chosen only when the report names no other place.
   */
  isDateline?: boolean;
  /** Between a comma and "and"/"or" plus a name ("Istanbul, Ankara and Izmir"): a container or one more listed place. */
  isListed?: boolean;
}

const CONNECTORS =
  '(?:al|el|ar|as|ad|az|an|at|ash|ez|es|ed|de|del|la|le|los|las|di|da|do|dos|das|du|des|bin|ibn|abu|umm|bani|beni|ben|of|y|e|i|sur|en|am|im)';
const WORD = "[\\p{Lu}][\\p{L}'’]*(?:-[\\p{L}][\\p{L}'’]*)*";
const NAME_RUN = new RegExp(
  `(?:(?:al|el|ar|as|ad|az|an|ash)-)?${WORD}(?:[ -](?:(?:${CONNECTORS})[ -]){0,2}(?:(?:al|el|ar|as|ad|az|an|ash)-)?${WORD}){0,4}`,
  'gu',
);
const CONNECTOR_WORD = new RegExp(`^(?:${CONNECTORS}|(?:al|el|ar|as|ad|az|an|ash)-.*)$`, 'i');
// A name may end in a capitalised word that is a connector elsewhere ("Baja California Sur", "Ciudad del Este"
// has it inside): only the short articles and particles never close one.
const CONNECTOR_END = '(?:al|el|ar|as|ad|az|an|at|ash|ez|es|ed|de|la|le|di|da|do|du|of|y|e|i|en|am|im)';
const CONNECTOR_EDGE = new RegExp(`^${CONNECTORS}\\b|\\b${CONNECTOR_END}$`, 'i');
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|of|from|into|around|on|towards|toward|to|across|between|and|including|such as|nearby|district|province|village|town|city|region|governorate|oblast|state|county|municipality)\s+(?:the\s+|al\s+|el\s+)?$/i;
const VICINITY_BEFORE =
  /\b(?:near|outside|outskirts of|vicinity of|area of|around|close to|nearby|surroundings of|environs of|(?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from))\s+(?:the\s+)?$/i;
const VICINITY_AFTER =
  /^\s*(?:countryside|outskirts|suburbs|area|surroundings|environs|region|district|rural)\b/i;
// Up to two such words: "Mora village area (Surat)", "X sector area (Y district)".
const CONTAINER_AFTER =
  /^\s*(?:(?:village|town|city|districts?|area|commune|camp|settlement|neighbou?rhood|municipality|sector|parish)\s*){0,2}(?:,|\(|of the\b)/i;
// "Damascus, which ..." is no "Raqqa, Syria": after a comma, the container is a capitalised name. The spaces
// sit inside the lookahead so that backtracking cannot skip them and pass ", Syria" as a clause.
const CLAUSE_AFTER =
  /^\s*(?:(?:village|town|city|districts?|area|commune|camp|settlement|neighbou?rhood|municipality|sector|parish)\s*){0,2},(?!\s*(?:in\s+)?(?:the\s+)?\p{Lu})/u;
// "the Mirza village of Qadis district", "Laman area of Kushk district": a village or area named as part of a
// division is inside it, as "Mirza (Qadis district)" would be; the division must be named as one, for "the
// villages of Aleppo" may be the city's own.
const PART_WORDS = '(?:villages?|areas?|towns?|hamlets?|localit(?:y|ies)|communit(?:y|ies))';
const PART_OF_AFTER = new RegExp(
  // "Mir Hazar and Tangari Dara areas of": the names before the word of kind share its containers.
  `^(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}){0,3}\\s+${PART_WORDS}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|[\\p{Ll}]{1,3})){0,4}\\s+(?:[Dd]istricts?|[Cc]ounty|[Tt]ehsil|[Tt]aluka?|[Uu]pazila|[Mm]unicipality|[Tt]ownship|LGA|[Ss]ub-district|[Pp]ayam|[Ww]oreda|[Pp]rovince|[Gg]overnorate)\\b`,
  'u',
);
const PART_OF_BEFORE = new RegExp(`\\b${PART_WORDS}\\s+of\\s+(?:the\\s+)?$`, 'i');
// "Bara in Idleb", "Debs village in Idleb", "the Tell Abiad front in Raqqa": what joins a place to its container.
const IN_JOIN =
  '\\s+(?:(?:village|town|city|area|front|countryside|district|camp|region)\\s+)?in\\s+(?:the\\s+)?';
const IN_NAME_AFTER = new RegExp(`^${IN_JOIN}\\p{Lu}`, 'u');
// "Mir Ali in Pakistan's North Waziristan district": the possessor is one more container, read apart.
const IN_JOINED = new RegExp(
  `^${IN_JOIN}(?:(?:[\\p{Ll}-]+\\s+)?\\p{Lu}[\\p{L}-]*['’]s\\s+(?:[\\p{Ll}-]+\\s+)?)?$`,
  'u',
);
const ROAD_AFTER =
  /^\s+(?:highway|road|roundabout|intersection|junction|crossroads?|bridge|square|checkpoint|crossing|triangle|motorway|expressway|bypass)\b/i;
const AGENT_BEFORE = /\b(?:by|with)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and|or)\s+)?$/u;
const AGENT_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:has|have|had|is|was|were|said|says|say|will|would|could|accused|accuses|accuse|denied|denies|deny|agreed|agrees|brokered|backs|backed|supports?|supported|sent|sends|launched|claimed|claims|warned|warns|called|calls|condemned|condemns|announced|announces|imposed|imposes|vowed|threatened|struck|strikes)\b/u;
const MODIFIED_NOUN = /^\s*(?:town|village|city|hamlet|camp|suburb|countryside|market)\b/i;
// What may follow an unknown name in the container slot for it to be read as a division's name: the end of
// the phrase ("X, Paktia.", "X (Uttarakhand)"), a further container, or a division word.
const REGION_AFTER =
  /^\s*(?:$|[).;:]|,\s*(?:\p{Lu}|and\b|an?\b|the\b|in\b|on\b|when\b|while\b|as\b)|(?:province|governorate|oblast|state|region|district|department|prefecture|county|rayon|raion)\b)/iu;
// A capitalised article opening a name ("La Plata", "El Junquito", "Abu Dis") is part of it, unlike "of Aleppo".
const NAME_ARTICLE =
  /^(?:La|Las|Los|Le|Les|El|Al|Ad|Ar|Ash|Az|De|Del|Di|Da|Dos|Das|Du|Abu|Umm|Bani|Beni|Ben|Bin|Ibn) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u;
const ADMIN_AFTER =
  /^\s*(?:provinces?|governorates?|oblasts?|states|state|regions?|districts?|department|prefecture|county|rayon|raion|subdivision|sub-county|municipality|tehsil|taluka?|wilaya|commune|division|sector|lga|township|upazila|woreda|territory|payam)\b/i;
const ADMIN1_WORD =
  /^\s*(?:provinces?|governorates?|oblasts?|states?|regions?|departments?|prefectures?|wilayas?)\b/i;
const ADMIN2_WORD =
  /^\s*(?:districts?|county|municipality|subdivision|sub-county|rayon|raion|tehsil|taluka?|commune|division|lga|township|upazila|woreda|territory|payam)\b/i;
const KIND_LAST =
  / (?:State|Province|Governorate|Oblast|Region|District|Department|Prefecture|County|Municipality|LGA|Township|Upazila|Tehsil|Woreda|Territory|Rayon|Raion)$/u;
// ACLED codes an event in a neighbourhood to its city: the neighbourhood's name is no location of its own.
const NEIGHBOURHOOD_AFTER = /^\s*(?:neighbou?rhood|quarter|barrio|bairro|colonia|suburb)\b/i;
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
    'colonia bairro metro molotov ' +
    // The Philippines' words for a village and its parts, written before the name ("Barangay San Isidro").
    'barangay brgy sitio purok'
  ).split(' '),
);

/** Place mentions in a sentence; `masked` spans (sources, actors) are skipped. */
export function readPlaces(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (sentence.length > 2000) return out;
  for (const whole of matchesOf(NAME_RUN, sentence)) {
    for (const run of possessiveParts(whole)) {
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
          if (j < words.length && (i === 0 || CONNECTOR_WORD.test(words[i - 1]?.text ?? ''))) {
            const next = words[j]?.text ?? '';
            const runAfter = sentence.slice(run.index + run[0].length, run.index + run[0].length + 20);
            if (CONNECTOR_WORD.test(next)) continue;
            if (
              /^\s+(?:districts?|village|town|commune|camp|neighbou?rhood|sector|area|county|municipality|parish|upazila|tehsil|taluka|township|lga|woreda)\b/i.test(
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
        // "Belgrade-Stari Grad", "the Tripoli-Beirut highway": a hyphenated word that names nothing as a whole
        // may join names, each read on its own.
        const word = words[i];
        if (matched === 0 && word !== undefined && /^\p{Lu}[\p{L}'’]+-\p{Lu}/u.test(word.text)) {
          let offset = run.index + word.offset;
          for (const part of word.text.split('-')) {
            const mention =
              part.length > 0
                ? lookup(part, offset, offset + part.length, sentence, gazetteer, 1)
                : undefined;
            if (mention !== undefined) out.push(mention);
            offset += part.length + 1;
          }
        }
        i += Math.max(1, matched);
      }
    }
  }
  return withDatelines(
    sentence,
    withInContainers(sentence, withPossessives(sentence, withAbbreviations(sentence, out, gazetteer))),
  );
}

// "(Poonch district, J&K)", "(Haveli district, AJK)": a province's abbreviation in the container slot, the only
// place where such letters are a province rather than a party, a unit or an agency.
const ABBREVIATIONS = new Set(ADMIN1_ALIASES.map(([alias]) => alias).filter((a) => /^[\p{Lu}&]+$/u.test(a)));
const ABBREVIATED_CONTAINER = /(?<=[,(]\s*)(?:\p{Lu}&\p{Lu}|\p{Lu}{3})(?=\s*(?:[).;]|,\s*\p{Lu}|$))/gu;
function withAbbreviations(sentence: string, mentions: PlaceMention[], gazetteer: Gazetteer): PlaceMention[] {
  let added = false;
  for (const m of matchesOf(ABBREVIATED_CONTAINER, sentence)) {
    if (mentions.some((x) => x.start === m.index)) continue;
    if (!ABBREVIATIONS.has(m[0])) continue;
    const divisions = gazetteer.admin1ByKey(placeKey(m[0]));
    if (divisions.length !== 1) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 30);
    mentions.push({
      text: m[0],
      start: m.index,
      candidates: [],
      divisions,
      precision: 1,
      isLocative: false,
      isSpecific: /^\s*,/.test(after),
      isContainer: true,
    });
    added = true;
  }
  return added ? mentions.sort((a, b) => a.start - b.start) : mentions;
}

// "Pakistan's North Waziristan", "Beirut's Hamra district": a possessive ends a name ("Pakistan", not
// "Pakistan's"), so a run is cut after it and the "'s" left out.
function possessiveParts(run: RegExpExecArray): { 0: string; index: number }[] {
  const parts: { 0: string; index: number }[] = [];
  const re = /['’]s(?=\s|$)/gu;
  let from = 0;
  for (const m of run[0].matchAll(re)) {
    const text = run[0].slice(from, m.index).trim();
    if (text !== '') parts.push({ 0: text, index: run.index + from });
    from = m.index + m[0].length;
  }
  const rest = run[0].slice(from);
  const lead = rest.length - rest.trimStart().length;
  if (rest.trim() !== '') parts.push({ 0: rest.trim(), index: run.index + from + lead });
  return parts;
}

// A country's or a province's possessive names what lies inside it ("northeastern Nigeria's Borno state"),
// read as "Borno state, Nigeria"; a town's names a part of the town ("Beirut's Hamra district"), which ACLED
// codes to the town itself.
const POSSESSIVE_JOIN = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const TOWN_PART_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:outskirts|countryside|suburbs?|entrances?|centre|center|market|streets?|neighbou?rhoods?|districts?|quarters?|old city|port|old town)\b/u;
function withPossessives(sentence: string, mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const owner = mentions[k];
    if (owner === undefined) continue;
    const end = owner.start + owner.text.length;
    const next = mentions[k + 1];
    const isLargeOwner =
      owner.country !== undefined || (owner.divisions.length > 0 && owner.candidates.length === 0);
    if (next !== undefined && POSSESSIVE_JOIN.test(sentence.slice(end, next.start))) {
      if (isLargeOwner) {
        out.push({ ...next, isSpecific: true }, { ...owner, isContainer: true });
      } else {
        // The part is no place of its own; the town is where the event is.
        out.push({ ...owner, isLocative: true });
      }
      k++;
      continue;
    }
    if (!isLargeOwner && TOWN_PART_AFTER.test(sentence.slice(end, end + 40))) {
      out.push({ ...owner, isLocative: true });
      continue;
    }
    out.push(owner);
  }
  return out;
}

const DATELINE_AFTER =
  /^\s*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*)?(?:\([^()]{1,40}\)\s*)?(?:[—–]|--?\s)/u;
const BYLINE = /^\W*By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*,/u;
const CORRESPONDENT_BEFORE =
  /\b(?:correspondents?|reporters?|journalists?|bureau)\s+(?:based\s+)?(?:in|at)\s+$/i;
// Marks the places that say where the reporter was.
function withDatelines(sentence: string, mentions: PlaceMention[]): PlaceMention[] {
  const isByline = BYLINE.test(sentence);
  const first = mentions[0];
  let datelineEnd = -1;
  if (first !== undefined && /^\W*$/.test(sentence.slice(0, first.start))) {
    const after = DATELINE_AFTER.exec(sentence.slice(first.start + first.text.length));
    if (after !== null) datelineEnd = first.start + first.text.length + after[0].length;
  }
  return mentions.map((m) =>
    isByline ||
    m.start < datelineEnd ||
    CORRESPONDENT_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start))
      ? { ...m, isDateline: true }
      : m,
  );
}

// "shelled Bara in Idleb", "a raid in Gharibah in Deir-ez-Zor": a name right before "in" and another name is
// placed by the second, as by "Bara, Idleb". A small place read only for that cue goes when no name follows.
function withInContainers(sentence: string, mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  mentions.forEach((mention, order) => {
    const next = mentions[order + 1];
    const end = mention.start + mention.text.length;
    // Only where the gazetteer agrees: a namesake province abroad ("Saladin" read loosely) contains nothing.
    const isFollowed =
      next !== undefined && IN_JOINED.test(sentence.slice(end, next.start)) && fitsInside(mention, [next]);
    if (!isFollowed) {
      if (mention.needsContainer !== true) out.push(mention);
      return;
    }
    out.push(mention.isSpecific ? mention : { ...mention, isSpecific: true });
    mentions[order + 1] = { ...next, isContainer: true };
  });
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
    CONNECTOR_EDGE.test(text) &&
    !/^(?:al|el|ar|as|ad|az|an|ash)-/i.test(text) &&
    !NAME_ARTICLE.test(text)
  ) {
    return undefined;
  }
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  // "blocked the Beddawi highway", "the Zahle roundabout": a road or a junction named after a place is at it.
  // The road between two places ("the Damboa-Biu road") is at neither of them in particular.
  const isLocative = LOCATIVE_BEFORE.test(before) || (ROAD_AFTER.test(after) && !/-$/.test(before));
  const precision: Precision = VICINITY_BEFORE.test(before) || VICINITY_AFTER.test(after) ? 2 : 1;
  const isPartOf = PART_OF_AFTER.test(sentence.slice(end, end + 90));
  const isSpecific = (CONTAINER_AFTER.test(after) && !CLAUSE_AFTER.test(after)) || isPartOf;
  // "the southern Idlib town", "a Borno village": the name qualifies an unnamed place and only contains it;
  // "the Mirza village of Qadis district" names the village.
  const isModifier =
    /\b(?:the|a|an)\s+(?:[\w-]+\s+)?$/i.test(before) && MODIFIED_NOUN.test(after) && !isPartOf;
  const isPartOfContainer = PART_OF_BEFORE.test(before) && ADMIN_AFTER.test(after);
  const isContainer =
    /[,(]\s*$/.test(before) || /\bof the\s+$/.test(before) || isModifier || isPartOfContainer;
  const isListed = /,\s*$/.test(before) && /^\s+(?:and|or)\s+\p{Lu}/u.test(after);
  const flags = { isLocative, isSpecific, isContainer, ...(isListed ? { isListed } : {}) };
  const country = gazetteer.countryByName(text);
  // "Pakistani troops", "Turkish-backed factions": a nationality names an actor's owner, not a place, though a
  // hamlet abroad may bear it.
  // "in the Somali region" is a place all the same.
  if (
    country === undefined &&
    wordCount === 1 &&
    !isLocative &&
    !ADMIN_AFTER.test(after) &&
    gazetteer.countryByDemonym(text) !== undefined
  )
    return undefined;
  if (country !== undefined) {
    // "a ceasefire brokered by Russia", "Turkey said": a country that acts is a party, not a place.
    if (AGENT_BEFORE.test(before) || (!isLocative && AGENT_AFTER.test(after))) return undefined;
    return { text, start, candidates: [], divisions: [], country, precision: 1, ...flags };
  }
  // Province names count where a text uses them as provinces: "Lower Juba region", "(Kismaayo, Lower Juba)".
  // Short tokens ("LoC", "Kut") are acronyms or fragments far more often than places.
  // "in Nis, Serbia" is a place all the same.
  if (wordCount === 1 && text.length <= 3 && !(isLocative && (isSpecific || /^\p{Lu}\p{Ll}+$/u.test(text))))
    return undefined;
  if (NEIGHBOURHOOD_AFTER.test(after)) return undefined;
  let candidates: readonly Place[] = gazetteer.placesByKey(key);
  let isVariant = false;
  const isAdminWord = ADMIN_AFTER.test(after) || isModifier;
  // A division's name is read as one where the text uses it as one ("Andar district", "(Kech, Balochistan)"),
  // or where no town has the name.
  // Villages of unknown size only (most of Who's On First's) yield to a division of the name: "in Borno" is
  // the state, not a hamlet called Borno.
  const isVillagesOnly = candidates.length > 0 && candidates.every(isUnsized);
  // A province's name is the province before it is a small town abroad: "in Borno" is Nigeria's state, not
  // the Saxon town of 19,000. Only a town of the province's own country stays a reading.
  const provinces = candidates.length > 0 && candidates.every(isSmallTown) ? gazetteer.admin1ByKey(key) : [];
  if (provinces.length > 0) candidates = candidates.filter((p) => provinces.some((d) => d.iso2 === p.iso2));
  const readsAsDivision =
    isAdminWord || isContainer || candidates.length === 0 || isVillagesOnly || provinces.length > 0;
  let divisions: Division[] = [];
  let isLooseDivision = false;
  if (readsAsDivision) {
    divisions = [...gazetteer.admin1ByKey(key), ...gazetteer.admin2ByKey(key)];
    // "Idlib" for the table's "Idleb", "Paktya" for "Paktia": a division named as one may be spelled otherwise.
    if (
      divisions.length === 0 &&
      candidates.length === 0 &&
      (isAdminWord || isContainer) &&
      key.length >= 4
    ) {
      isLooseDivision = true;
      divisions = [
        ...gazetteer.admin1ByLooseKey(looseKey(key)),
        ...gazetteer.admin2ByLooseKey(looseKey(key)),
      ];
    }
  }
  if (divisions.length > 0 && candidates.some(isUnsized))
    candidates = candidates.filter((p) => !isUnsized(p));
  // "Aragua state" is the state, not the Aragua municipality; "Andar district" the district.
  const wanted = ADMIN1_WORD.test(after) ? 1 : ADMIN2_WORD.test(after) ? 2 : undefined;
  if (wanted !== undefined && divisions.some((d) => d.level === wanted))
    divisions = divisions.filter((d) => d.level === wanted);
  // "Saladin province" read loosely as a district elsewhere ("Saldana") is no reading: a looser spelling must
  // at least be the kind of division the text says it is.
  else if (wanted !== undefined && isLooseDivision) divisions = [];
  if (divisions.length > 0 && (isAdminWord || candidates.length === 0)) {
    // Named as a division, it is one: its namesake towns only stand for it where they are its seat.
    return { text, start, candidates: [], divisions, precision: 1, ...flags };
  }
  if (candidates.length === 0) {
    // REGION_AFTER is case-insensitive for its words but must not let a lower-case word pass as a name.
    // "Abadam LGA", "Rakhine State": a name closed by its kind is read without it first (the loop tries it next).
    if (KIND_LAST.test(text)) return undefined;
    // A division of a spelling the gazetteer lacks is read as one only in the container slot proper: "the X
    // area of Khani Chahar Bagh district" may still name a known division by its last words.
    if (isContainer && !isPartOfContainer && /^\p{Lu}/u.test(text) && REGION_AFTER.test(after)) {
      return {
        text,
        start,
        candidates: [],
        divisions: [],
        region: plainName(text),
        precision: 1,
        ...flags,
      };
    }
    // "near Svitlodarsk" for GeoNames' "Svetlodarsk": a transliteration variant, where the text says it is a place.
    const loose = looseKey(key);
    // Short skeletons ("bld" for Buleda) meet unrelated places (Blida, Balad).
    if (loose.length >= 5 && (isLocative || /^\s*[,(]/.test(after))) {
      candidates = gazetteer.placesByLooseKey(loose);
    }
    if (candidates.length === 0) return undefined;
    isVariant = true;
  }
  const top = candidates[0];
  let needsContainer = false;
  // Only villages of unknown size bear the name: without a locative or a container it is rarely one of them.
  if (!isLocative && !isSpecific && !isContainer && candidates.every(isUnsized)) {
    if (!IN_NAME_AFTER.test(after)) return undefined;
    needsContainer = true;
  }
  // "village, Ponnagyun township, Sittwe District": a name in the container slot named with its kind is one
  // more container, a town of the name where the gazetteer knows no division of it, standing for the area.
  // "Kyauktaw town, Kyauktaw Township" names one place twice: the second adds nothing.
  const isKindContainer =
    isContainer && ADMIN_AFTER.test(after) && !before.replace(/\s+\p{L}+\s*,\s*$/u, '').endsWith(text);
  // Sentence-initial single words and small places need a locative cue, or they are mostly common words.
  const isSentenceStart = /^\W*$/.test(sentence.slice(0, start));
  if (wordCount === 1 && !isLocative && (isSentenceStart || (top?.population ?? 0) < 100_000)) {
    // "(Kismaayo, Lower Juba)", "Orikhove, Luhansk": a name in the container slot of a place is a place too.
    const isParenthetical = /\((?:[^()]{0,60},)?\s*$/.test(before) && /^\s*[,)]/.test(after);
    // "located at Zamanly, Gadabay.": a name closing the container slot is one too.
    const closesContainer = /,\s*$/.test(before) && REGION_AFTER.test(after);
    if (!/^\s*(?:,|\()/.test(after) && !isParenthetical && !closesContainer && !isKindContainer) {
      if (!IN_NAME_AFTER.test(after)) return undefined;
      needsContainer = true;
    }
  }
  return {
    text,
    start,
    candidates,
    divisions,
    precision: isKindContainer ? 2 : precision,
    ...(isVariant ? { isVariant } : {}),
    ...(needsContainer ? { needsContainer } : {}),
    ...flags,
  };
}

// Whether a place bears the name as its own, not only as one of its alternate spellings.
function bearsName(place: Place, text: string): boolean {
  return placeKey(place.name) === placeKey(text);
}

// What reading a place by another of its names costs against a namesake that bears the name as its own.
const ALTERNATE_NAME_PENALTY = 1;

// What a province's seat named after a smaller place of its province loses, besides its size: it stands for
// the province the smaller place is in, as a container would (1.5).
const SEAT_AS_CONTAINER_PENALTY = 1.5;

// The seat of a province or the capital of a country.
function isSeat(place: Place): boolean {
  return place.seat === 'A' || place.seat === 'C';
}

// A town far smaller than a province, and no seat of a province or a country.
function isSmallTown(place: Place): boolean {
  return place.population < 50_000 && place.seat !== 'A' && place.seat !== 'C';
}

// A place of unknown size and no seat: most of the villages Who's On First adds to cities500.
function isUnsized(place: Place): boolean {
  return place.population === 0 && place.seat === '';
}

/**
 * The best location among mentions (in order of preference), given the countries the article names.
 * Town-level mentions win over districts, districts over provinces, provinces over countries; a town must sit
 * inside the containers the text names for it; ties go to the context country, then to the larger place.
 */
export function chooseLocation(
  allMentions: readonly PlaceMention[],
  contextCountries: ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
  reportMentions: readonly PlaceMention[] = allMentions,
): IncidentLocation | null {
  let mentions = allMentions;
  // Datelines and bylines say where the reporter was: they place the event only when nothing else does.
  if (mentions.some((m) => m.isDateline !== true)) mentions = mentions.filter((m) => m.isDateline !== true);
  // The first sentence that names a place says where the event was; later ones ("taken to Damascus") only
  // narrow it down within the same province.
  const named = namedInReport(mentions, reportMentions);
  const ranks = [...new Set(mentions.map((m) => m.sentenceRank ?? 0))].sort((a, b) => a - b);
  let chosen: IncidentLocation | null = null;
  for (const rank of ranks) {
    const found = chooseAmong(mentions, rank, contextCountries, gazetteer, named);
    if (found === null) continue;
    if (chosen === null || narrows(found, chosen)) chosen = found;
  }
  return chosen;
}

/** A finer reading inside a coarse one: the same country, and the same province when one is known. */
export function narrows(fine: IncidentLocation, coarse: IncidentLocation): boolean {
  if (fine.precision >= coarse.precision || fine.iso3 !== coarse.iso3) return false;
  return coarse.admin1 === null || fine.admin1 === coarse.admin1;
}

function chooseAmong(
  mentions: readonly PlaceMention[],
  rank: number,
  contextCountries: ReadonlyMap<string, number>,
  gazetteer: Gazetteer,
  named: NamedInReport,
): IncidentLocation | null {
  let best: { score: number; location: IncidentLocation } | undefined;
  const offer = (score: number, location: () => IncidentLocation): void => {
    if (best === undefined || score > best.score) best = { score, location: location() };
  };
  const hasContext = contextCountries.size > 0;
  const { namedProvinces, namedDistricts, containedReadings } = named;
  const strongest = Math.max(0, ...contextCountries.values());
  const contextScore = (iso2: string, population: number): number => {
    const weight = contextCountries.get(iso2) ?? 0;
    if (weight > 0) return Math.min(weight, 3) * 2;
    // A place outside every country the article names is usually a namesake ("Colonia", "Andar"); a village
    // abroad, when the article is plainly about one country, nearly always is.
    if (!hasContext || population >= 1_000_000) return 0;
    return strongest >= 2 && population < 100_000 ? -8 : -4;
  };
  // The provinces that a smaller place named earlier in the telling lies in: "shelled Tall Rifaat in Aleppo"
  // names Aleppo as Tall Rifaat's province, and the city of Aleppo is then its container, not the place.
  const finerHeld = new Map<string, { order: number; name: string }[]>();
  mentions.forEach((mention, order) => {
    if ((mention.sentenceRank ?? 0) !== rank || mention.country !== undefined) return;
    const readings = mention.candidates
      .slice(0, 30)
      .filter((p) => !isSeat(p) && (!hasContext || contextCountries.has(p.iso2)));
    const keys = new Set(readings.map((p) => `${p.iso2}.${p.admin1Code}`));
    for (const d of mention.divisions) if (d.level === 2) keys.add(`${d.iso2}.${d.code}`);
    const name = placeKey(mention.text);
    for (const key of keys) finerHeld.set(key, [...(finerHeld.get(key) ?? []), { order, name }]);
  });
  // The mentions standing for such a province (every reading of them, lest a namesake abroad take the seat's
  // place), and the provinces they stand for.
  const seatContainers = new Set<number>();
  const containedIn = new Set<string>();
  mentions.forEach((mention, order) => {
    if ((mention.sentenceRank ?? 0) !== rank) return;
    for (const p of mention.candidates.slice(0, 30)) {
      const key = `${p.iso2}.${p.admin1Code}`;
      // "Owerri (Owerri LGA, Imo)": the seat's own name, or a village of that name, names no smaller place.
      const name = placeKey(mention.text);
      if (isSeat(p) && (finerHeld.get(key) ?? []).some((f) => f.order < order && f.name !== name)) {
        seatContainers.add(order);
        containedIn.add(key);
      }
    }
  });
  mentions.forEach((mention, order) => {
    if ((mention.sentenceRank ?? 0) !== rank) return;
    // "Maywand districts, Kandahar", "(Mahliyah, Marib)", "Chimtal district centre, Balkh": a container only
    // stands in for the place before it when that place cannot be read inside it.
    const contained = mentions[order - 1];
    if (
      mention.isContainer &&
      contained !== undefined &&
      contained.sentenceRank === mention.sentenceRank &&
      (contained.isSpecific === true
        ? fitsInside(contained, containerChain(mentions, order - 1))
        : contained.country === undefined && fitsInside(contained, [mention]))
    )
      return;
    const chain = containerChain(mentions, order);
    // The first and most specific name is where ACLED codes an event; containers only disambiguate it.
    const orderBonus =
      -Math.min(order, 10) * 0.3 -
      // Later sentences elaborate (a hospital in the provincial capital); the telling sentences place it.
      Math.min(mention.sentenceRank ?? 0, 5) +
      (mention.isSpecific ? 1.5 : 0) -
      (mention.isContainer ? 1.5 : 0);
    // A container chosen over the specific name before it locates the event only to that larger unit.
    const containerPrecision = (precision: Precision): Precision =>
      mention.isContainer ? (Math.max(mention.precision, precision) as Precision) : precision;
    const readings = readingsOf(mention, chain);
    // A name that is some place's own name is that place before it is another's alternate spelling: "Puno" is
    // Peru's town, not Pune, whose old spellings include it.
    const isOwnName = (place: Place): boolean => bearsName(place, mention.text);
    const hasOwnName = readings.some(isOwnName);
    for (const place of readings) {
      // A container names a larger unit of the place before it; one outside the article's countries is a
      // namesake ("Buleda (Kech, Balochistan)" is no Ketsch in Germany).
      if (mention.isContainer && hasContext && !contextCountries.has(place.iso2)) continue;
      // A village of unknown size (most of Who's On First's) outside every country the article names is a
      // namesake: such names are common words and people's names as often as places ("Riad", "Sharqiya").
      if (isUnsized(place) && hasContext && !contextCountries.has(place.iso2)) continue;
      const fit = fitToContainers(place.iso2, place.admin1Code, place.admin2Code, chain);
      if (mention.needsContainer === true && fit <= 0) continue;
      const score =
        10 +
        contextScore(place.iso2, place.population) +
        fit +
        (chain.length === 0 && mention.candidates.length > 1
          ? containedReadings.get(placeKey(mention.text))?.has(place.id) === true
            ? 3
            : namedDistricts.has(`${place.iso2}.${place.admin1Code}.${place.admin2Code}`)
              ? 2
              : namedProvinces.has(`${place.iso2}.${place.admin1Code}`)
                ? 1.5
                : 0
          : 0) +
        (seatContainers.has(order)
          ? -SEAT_AS_CONTAINER_PENALTY
          : Math.log10(place.population + 10) / 4 +
            (!isSeat(place) && containedIn.has(`${place.iso2}.${place.admin1Code}`)
              ? SEAT_AS_CONTAINER_PENALTY
              : 0)) +
        (mention.isLocative ? 1 : 0) -
        (mention.isVariant === true ? 2 : 0) -
        (hasOwnName && !isOwnName(place) ? ALTERNATE_NAME_PENALTY : 0) +
        orderBonus;
      offer(score, () => {
        const location = toLocation(place, mention.text, containerPrecision(mention.precision), gazetteer);
        const admin1 = writtenAdmin1(place.iso2, place.admin1Code, chain, gazetteer);
        return admin1 === undefined ? location : { ...location, admin1 };
      });
    }
    for (const division of mention.divisions) {
      // A district the gazetteer cannot place stands at the town of its name in its province, which is most
      // often its seat ("Dehloran county", "(Faradje, Haut-Uele)"); else at its province's seat, at the
      // province's precision.
      const seatTown =
        division.level === 2 && division.lat === undefined
          ? namesakeSeat(division, mention.text, gazetteer)
          : undefined;
      const point =
        division.lat !== undefined && division.lon !== undefined
          ? { lat: division.lat, lon: division.lon }
          : (seatTown ?? gazetteer.admin1Seat(division.iso2, division.code));
      if (point === undefined) continue;
      const isPlaced = division.lat !== undefined || seatTown !== undefined;
      const country = gazetteer.countryByIso2(division.iso2);
      if (country === undefined) continue;
      // ACLED puts a district-level event at the district's seat (precision 2), a province-level one at the
      // province's (precision 3).
      const score =
        (division.level === 2 ? 8 : 7) +
        contextScore(division.iso2, 0) / 2 +
        fitToContainers(division.iso2, division.code, division.admin2Code, chain) +
        orderBonus;
      const { lat, lon } = point;
      offer(score, () => ({
        name:
          division.level === 2
            ? division.name
            : (gazetteer.admin1Name(division.iso2, division.code) ?? division.name),
        admin1:
          writtenAdmin1(division.iso2, division.code, chain, gazetteer) ??
          gazetteer.admin1Name(division.iso2, division.code),
        country: country.name,
        iso3: country.iso3,
        lat,
        lon,
        precision: containerPrecision(division.level === 2 && isPlaced ? 2 : 3),
      }));
    }
    // "Mankote sector (Poonch district, J&K)": a district named in the text that the gazetteer knows only
    // abroad stands at the town of its name inside its containers, a district being most often named after
    // its seat.
    if (
      mention.candidates.length === 0 &&
      mention.divisions.some((d) => d.level === 2) &&
      chain.length > 0 &&
      !mention.divisions.some((d) => fitToContainers(d.iso2, d.code, d.admin2Code, chain) > 1)
    ) {
      const seat = gazetteer
        .placesByKey(placeKey(mention.text))
        .find((p) => fitToContainers(p.iso2, p.admin1Code, p.admin2Code, chain) > 1);
      if (seat !== undefined) {
        const score =
          8 +
          contextScore(seat.iso2, 0) / 2 +
          fitToContainers(seat.iso2, seat.admin1Code, seat.admin2Code, chain) +
          orderBonus;
        offer(score, () => {
          const location = toLocation(seat, mention.text, containerPrecision(2), gazetteer);
          const admin1 = writtenAdmin1(seat.iso2, seat.admin1Code, chain, gazetteer);
          return admin1 === undefined ? location : { ...location, admin1 };
        });
      }
    }
    const country = mention.country;
    if (country !== undefined) {
      offer(1 + orderBonus, () => ({
        name: country.name,
        admin1: null,
        country: country.name,
        iso3: country.iso3,
        lat: country.lat,
        lon: country.lon,
        precision: 3,
      }));
    }
  });
  return best?.location ?? null;
}

// The most populous place that bears a district's name (as the text writes it, or as the gazetteer does) in the
// district's province.
function namesakeSeat(division: Division, written: string, gazetteer: Gazetteer): Place | undefined {
  const inProvince = (p: Place): boolean => p.iso2 === division.iso2 && p.admin1Code === division.code;
  return (
    gazetteer.placesByKey(placeKey(written)).find(inProvince) ??
    gazetteer.placesByKey(placeKey(division.name)).find(inProvince)
  );
}

interface NamedInReport {
  namedProvinces: ReadonlySet<string>;
  namedDistricts: ReadonlySet<string>;
  containedReadings: ReadonlyMap<string, ReadonlySet<number>>;
}

function namedInReport(mentions: readonly PlaceMention[], report: readonly PlaceMention[]): NamedInReport {
  // The provinces the report names outright (a division, or a place of one reading), for namesakes that no
  // container decides between: "Mir Hazar ... Zhari district, Kandahar" is the Mir Hazar in Kandahar.
  const namedProvinces = new Set<string>();
  // Districts named outright, and the readings a name takes where the report gives it containers: "near Mir
  // Ali" is the Mir Ali that "Mir Ali in North Waziristan district" names in the next sentence.
  const namedDistricts = new Set<string>();
  const containedReadings = new Map<string, Set<number>>();
  for (const m of mentions) {
    for (const d of m.divisions) namedProvinces.add(`${d.iso2}.${d.code}`);
    const only = m.candidates.length === 1 ? m.candidates[0] : undefined;
    if (only !== undefined) namedProvinces.add(`${only.iso2}.${only.admin1Code}`);
  }
  report.forEach((m, order) => {
    for (const d of m.divisions) if (d.level === 2) namedDistricts.add(`${d.iso2}.${d.code}.${d.admin2Code}`);
    const chain = m.isSpecific ? containerChain(report, order) : [];
    if (chain.length === 0 || m.candidates.length < 2) return;
    const inside = readingsOf(m, chain).filter(
      (p) => fitToContainers(p.iso2, p.admin1Code, p.admin2Code, chain) > 1,
    );
    if (inside.length === 0) return;
    const key = placeKey(m.text);
    const ids = containedReadings.get(key) ?? new Set<number>();
    for (const p of inside) ids.add(p.id);
    containedReadings.set(key, ids);
  });
  return { namedProvinces, namedDistricts, containedReadings };
}

/**
 * How well a place or division fits the containers the text names for it: "Orikhove, Luhansk" is the Orikhove
 * in Luhansk oblast; "Buleda (Kech, Balochistan)" rules out every Buleda outside Pakistan.
 */
function fitToContainers(
  iso2: string,
  admin1Code: string,
  admin2Code: string,
  chain: readonly PlaceMention[],
): number {
  let score = 0;
  for (const container of chain) {
    let fit: number | undefined;
    let isDefinite = false;
    const raise = (value: number): void => {
      fit = fit === undefined ? value : Math.max(fit, value);
    };
    if (container.country !== undefined) {
      isDefinite = true;
      if (container.country.iso2 === iso2) raise(1);
    }
    for (const d of container.divisions) {
      isDefinite = true;
      // A province fits as well as a district: "X (Y)" names either, and a district's namesake town abroad is
      // no better a reading than the town in a province of the name ("Colon (Colon)" is Panama's).
      if (d.iso2 === iso2 && d.code === admin1Code && (d.level === 1 || d.admin2Code === admin2Code))
        raise(4);
      // A place whose district the gazetteer does not know may lie in any district of its province.
      else if (d.iso2 === iso2 && d.code === admin1Code && admin2Code === '') raise(2);
      // GeoNames' district codes of places and of districts disagree in some countries ("Rubare (Rutshuru,
      // Nord-Kivu)"): a place of the right province beats a district that could only be placed at the
      // province's seat.
      else if (d.iso2 === iso2 && d.code === admin1Code && d.level === 2 && d.lat === undefined) raise(1);
    }
    // A town as container stands for its district or province ("(Kismaayo, Lower Juba)", "Shyrokyne,
    // Donetsk").
    // A container read as a province ("(Al Bayda)") stands for the province alone, not for its namesake
    // villages elsewhere.
    const towns = container.divisions.some((d) => d.level === 1)
      ? container.candidates.slice(0, 5).filter((p) => p.seat !== '')
      : container.candidates.slice(0, 5);
    for (const p of towns) {
      if (p.iso2 === iso2 && p.admin1Code === admin1Code) raise(p.admin2Code === admin2Code ? 3 : 2);
    }
    // A namesake outside every country its container could be in is not the place meant.
    score += fit ?? (isDefinite ? -12 : container.candidates.length > 0 ? -4 : 0);
  }
  return score;
}

// The places a mention may be: its 30 most populous namesakes, and any further one inside its containers (a
// village of unknown size comes after every populated namesake: "Bara, Idleb" after Bara in Nigeria and India).
function readingsOf(mention: PlaceMention, chain: readonly PlaceMention[]): readonly Place[] {
  const top = mention.candidates.slice(0, 30);
  if (chain.length === 0 || mention.candidates.length <= 30) return top;
  const inside = mention.candidates
    .slice(30)
    .filter((p) => fitToContainers(p.iso2, p.admin1Code, p.admin2Code, chain) > 0);
  return inside.length === 0 ? top : [...top, ...inside];
}

// Whether some reading of a mention lies inside the containers written after it, all of them together.
function fitsInside(inner: PlaceMention, chain: readonly PlaceMention[]): boolean {
  const readings = [
    ...readingsOf(inner, chain).map((p) => ({ iso2: p.iso2, code: p.admin1Code, admin2: p.admin2Code })),
    ...inner.divisions.map((d) => ({ iso2: d.iso2, code: d.code, admin2: d.admin2Code })),
  ];
  return readings.some((r) => fitToContainers(r.iso2, r.code, r.admin2, chain) > 1);
}

// The containers written after a mention, nearest first: "Buleda (Kech, Balochistan)" gives Kech, Balochistan.
function containerChain(mentions: readonly PlaceMention[], order: number): PlaceMention[] {
  const chain: PlaceMention[] = [];
  let current = mentions[order];
  for (let i = order + 1; i < mentions.length && chain.length < 3; i++) {
    const next = mentions[i];
    // "A and B areas of C district": a name of the list before the containers shares them.
    if (chain.length === 0 && next?.isSpecific === true && next.isContainer !== true) continue;
    if (current?.isSpecific !== true || next?.isContainer !== true) break;
    // "Istanbul, Ankara and Izmir": a name of a list that cannot contain the one before it is its neighbour.
    if (
      next.isListed === true &&
      current !== undefined &&
      current.candidates.length > 0 &&
      next.candidates.length > 0 &&
      !fitsInside(current, [next])
    )
      break;
    if (next.sentenceRank !== current.sentenceRank) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/**
 * The admin1 name the text itself gives for a place, where the gazetteer has no ACLED spelling for the
 * country: the outermost container below the country, when it is the place's own province ("Odessa" for
 * GeoNames' "Odesa") or a division the gazetteer does not know ("X (Mayo-Sava, Extreme-Nord)").
 */
function writtenAdmin1(
  iso2: string,
  admin1Code: string,
  chain: readonly PlaceMention[],
  gazetteer: Gazetteer,
): string | undefined {
  if (gazetteer.hasAdmin1Name(iso2, admin1Code)) return undefined;
  const outer = chain.filter((m) => m.country === undefined).at(-1);
  if (outer === undefined) return undefined;
  // "AP" for Andhra Pradesh: an abbreviation is no spelling of the name.
  if (outer.region !== undefined) return /^\p{Lu}+$/u.test(outer.region) ? undefined : outer.region;
  const isOwnProvince = outer.divisions.some(
    (d) => d.level === 1 && d.iso2 === iso2 && d.code === admin1Code,
  );
  return isOwnProvince && !/^[\p{Lu}&]+$/u.test(outer.text) ? plainName(outer.text) : undefined;
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
    name: plainName(isShouted ? place.name : written),
    admin1: gazetteer.admin1Of(place),
    country: country?.name ?? place.iso2,
    iso3: country?.iso3 ?? place.iso2,
    lat: place.lat,
    lon: place.lon,
    precision,
  };
}
