// Normalised lookup keys for place, actor and source names, shared by the gazetteer build script and the runtime index.

const ARTICLES = new Set([
  'al',
  'el',
  'ar',
  'as',
  'ad',
  'az',
  'an',
  'at',
  'ash',
  'adh',
  'ath',
  'ed',
  'es',
  'ez',
  'er',
  'en',
  'ul',
]);

const ASCII = /^[^\u0080-\uffff]*$/;

const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
  // Azerbaijani schwa ("Gədəbəy" is Gadabay in English) and the hooked letters of West African alphabets.
  ə: 'a',
  // The turned e GeoNames writes for the schwa in some names ("Ağcabǝdi").
  ǝ: 'a',
  ɛ: 'e',
  ɔ: 'o',
  ɓ: 'b',
  ɗ: 'd',
  ƙ: 'k',
  ƴ: 'y',
  ŋ: 'ng',
};

/** Lower-case, diacritics stripped, apostrophes dropped, hyphens and dots as spaces. "Dar‘ā" gives "dara". */
export function foldName(text: string): string {
  // ASCII has no marks and no special letters to fold: most names are ASCII, and normalize() costs.
  let out = ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[ıøßæœđðłþħəǝɛɔɓɗƙƴŋ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
  out = out.replace(/[’'`ʻʼʿʾ‘"]/g, '');
  out = out.replace(/[^a-z0-9]+/g, ' ');
  return out.trim();
}

/**
 * The gazetteer key: folded, Arabic articles removed (al-, ar-, ez- ... anywhere in the name), a final "ah"
 * read as "a" and doubled letters collapsed, so that transliterations meet: "Ar Raqqah", "al-Raqqa" and
 * "Raqqa" all give "raqa".
 */
export function placeKey(text: string): string {
  let key = PLACE_KEYS.get(text);
  if (key === undefined) {
    // The cache is emptied when full, so it holds the names of the last few dozen articles read.
    if (PLACE_KEYS.size >= PLACE_KEYS_MAX) PLACE_KEYS.clear();
    key = computePlaceKey(text);
    PLACE_KEYS.set(text, key);
  }
  return key;
}

// Place readers ask for the keys of the same capitalised words again and again (every sub-span of every run).
const PLACE_KEYS = new Map<string, string>();
const PLACE_KEYS_MAX = 10_000;

function computePlaceKey(text: string): string {
  const tokens = foldName(text).split(' ');
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token === '') continue;
    // Keep a lone article when nothing follows it, so "As" does not vanish into an empty key.
    if (ARTICLES.has(token) && i < tokens.length - 1) continue;
    const folded = token.replace(/ah$/, 'a').replace(/([a-z])\1+/g, '$1');
    // A generic word opening a longer name is spelled one way: "Tell Abyad" meets "Tal Abyad".
    kept.push(i < tokens.length - 1 ? (GENERIC_WORDS.get(folded) ?? folded) : folded);
  }
  return kept.join(' ');
}

// The common transliterations of the generic words that open Arabic place names (hill, spring, monastery,
// village, house, ruin, mountain, valley, palace, father, sheikh), each mapped to one spelling.
const GENERIC_WORDS = new Map<string, string>(
  (
    'tel:tal til:tal ein:ayn ayin:ayn deir:dayr dair:dayr kfar:kafr kafar:kafr kefr:kafr ' +
    'jebel:jabal jabel:jabal jbel:jabal djebel:jabal beit:bayt bait:bayt beyt:bayt khirbet:khirbat ' +
    'khirbit:khirbat kherbet:khirbat shaykh:sheikh shaikh:sheikh cheikh:sheikh kasr:qasr ksar:qasr abou:abu ' +
    'ouadi:wadi oued:wadi'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * A looser key for transliteration variants: the placeKey with every vowel (and y) after a word's first letter
 * dropped and doubled letters collapsed, so that "Svitlodarsk" meets "Svetlodarsk", "Troitske" meets
 * "Troyitske" and "Paktya" meets "Paktia" (all three give "svtldrsk", "trtsk", "pkt").
 */
export function looseKey(key: string): string {
  return key.replace(/\B[aeiouy]+/g, '').replace(/([a-z])\1+/g, '$1');
}

// Words that say what kind of division a name is, not which: "Maidan Wardak Province", "Muhafazat Hadramaout",
// "Tartar Rayon", "Zhytomyr Oblast". Texts mostly leave them out, and ACLED's spellings do too.
const DIVISION_WORDS =
  /(?:^|\s)(?:province|provincia|provincia de|governorate|muhafazat|wilayat|wilaya de|district|oblast|oblysy|oblisi|voblasc|voblast|region|regional state|state|estado de|municipality|municipio de|municipio|department|departamento de|departement|prefecture|county|raion|rayon|rayonu|krai|kray|division|zone|parish|commune|canton|emirate|sub county|subcounty|territory|autonomous republic of|republic of|city of|city)(?=\s|$)/g;

const LEADING_KIND =
  /^(?:province|provincia|prefecture|department|departement|departamento|municipality|municipio|region|district|commune|county|canton|wilaya|wilayat|state|estado|territory|parish|zone|division|city)\s/;

// The kind words GeoNames writes before a district's name in the country's own language ("Circunscrição de
// Macomia", "Kabupaten Keerom", "Amphoe Mae Fa Luang", "Partido de La Matanza"); texts name the district bare.
const NATIVE_LEADING_KIND =
  /^(?:circunscricao|distrito|comuna|partido|kabupaten|kota|amphoe|khet|huyen|quan|thi xa|srok|muang|markaz|shahrestan e|powiat|gemeente|obshtina|okres|opcina|daira)\s+(?:(?:du|des|de la|de l|de|d|del|do|da|dos|das)\s+)?(?=\S)/;

const NATIVE_LEADING_NAME =
  /^(?:Circunscricao|Distrito|Comuna|Partido|Kabupaten|Kota|Amphoe|Khet|Huyen|Quan|Thi Xa|Srok|Muang|Markaz|Shahrestan-e|Powiat|Gemeente|Obshtina|Okres|Opcina|Daira)\s+(?:(?:du|des|de la|de l'|de|d'|del|do|da|dos|das)\s+)?(?=\S)/;

/** The placeKeys of a division's name: as written, and without its kind ("maidan wardak province", "maidan wardak"). */
export function divisionKeys(name: string): string[] {
  const keys = new Set<string>();
  const full = placeKey(name);
  if (full.length >= 3) keys.add(full);
  // "Province du Séno", "Municipality of Žalec": the article after a leading kind goes with it ("Seno",
  // "Zalec"); "De Kalb County" keeps its own.
  const folded = foldName(name);
  const bare = placeKey(
    LEADING_KIND.test(folded)
      ? folded
          .replace(DIVISION_WORDS, ' ')
          .replace(/^\s*(?:du|des|de la|de l|de|d|del|do|da|dos|das|of|of the)\s+/, '')
      : folded.replace(DIVISION_WORDS, ' '),
  );
  if (bare.length >= 3) keys.add(bare);
  const native = NATIVE_LEADING_KIND.exec(folded);
  if (native !== null) {
    const rest = placeKey(folded.slice(native[0].length));
    if (rest.length >= 3) keys.add(rest);
  }
  return [...keys];
}

/** A name as ACLED writes one: plain Latin letters without transliteration marks ("Dar‘ā" gives "Dar'a"). */
export function plainName(name: string): string {
  if (ASCII.test(name)) return name;
  // Letters without a decomposition ("Diyarbakır", "Ağcabədi") are folded too, or they stay non-ASCII.
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıəǝɛɔɓɗƙƴ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/[ʿʾ‘’]/g, "'");
}

/**
 * A division's name as ACLED writes one: plain Latin letters, without its kind ("Tartar Rayon" gives "Tartar",
 * "Chin State" gives "Chin").
 */
export function divisionName(name: string): string {
  const plain = plainName(name);
  const bare = plain
    .replace(
      /\s+(?:Province|Governorate|District|Oblast|Oblysy|Oblisi|Voblasc'|Voblast|Region|Regional State|Regional Corporation|State|Rayon|Raion|Municipality|Department|Prefecture|County|Krai|Division)$/,
      '',
    )
    .replace(/^(?:Muhafazat|Wilayat)\s+/, '')
    .replace(NATIVE_LEADING_NAME, '')
    .trim();
  // South Africa's Free State is named by both words.
  return bare === '' || bare === 'Free' ? plain : bare;
}
