// Finds actor mentions in a sentence: named groups from the lexicon and generic classes (soldiers, gunmen,
// protesters) with the country a demonym gives them ("Ukrainian forces").
import type { ActorKind } from '../core/acled.js';
import { GENERIC_ACTORS, NAMED_ACTORS } from './actors.lexicon.js';
import type { Country, Gazetteer } from './gazetteer.js';
import { matchesOf } from './pattern.matcher.js';

/** An actor named in a sentence. `name` may hold "{country}" for the assembler to fill. */
export interface ActorMention {
  name: string;
  kind: ActorKind;
  start: number;
  end: number;
  /** ISO2 of the country a demonym or country name in front of a generic noun gives it. */
  iso2?: string;
  isGeneric: boolean;
  /** "military forces of Armenia": the country is named inside the actor, so it is no place of the event. */
  namesCountry?: boolean;
  /** Generic protester nouns ("students", "workers") that only count in a protest. */
  isProtestOnly: boolean;
  /**
   * The sentence lays the event at this actor's door ("blaming the Islamic State", "bore the hallmarks of the
   * TTP", "suspected Boko Haram fighters", "the Taliban claimed it"): it is the perpetrator wherever it stands.
   */
  isBlamed?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMED = NAMED_ACTORS.map((actor) => ({
  actor,
  insensitive: new RegExp(
    `(?<![\\w-])(?:${[...actor.patterns]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\w-])`,
    'gi',
  ),
  sensitive:
    actor.caseSensitive === undefined
      ? undefined
      : new RegExp(`(?<![\\w-])(?:${actor.caseSensitive.map(escape).join('|')})(?![\\w-])`, 'g'),
}));
const GENERIC = GENERIC_ACTORS.map((actor) => ({
  actor,
  pattern: new RegExp(`\\b(?:${actor.pattern})\\b`, 'gi'),
}));
const PROTEST_ONLY =
  /^(?:activists|students|workers|teachers|residents|farmers|traders|supporters|villagers|crowd)$/i;

const MEMBERS_TAIL =
  /^(?:\s+(?:rebel|armed|militia|insurgent|opposition))?\s+(?:forces|fighters|militants|members|elements|units|troops|soldiers|officers|personnel|rebels|gunmen|militiam[ae]n)\b/i;
// "police said", "an army spokesman", "a military source": the force speaks about the event, it does not act in it.
const SPEAKER_AFTER =
  /^(?:'s)?\s+(?:(?:media|press|public relations|information)\s+(?:wing|office|department|cell|service)|spokes(?:man|woman|person|men|women)|officials?|sources?|statement|communiqu[eé]|said|says|told|stated|added)\b/i;
const SPEAKER_BEFORE = /\b(?:according to|citing|quoting)\s+(?:the\s+|a\s+|local\s+)*$/i;
// "near a military base", "at the police station": a facility named as a place, not its force acting.
const FACILITY_AFTER =
  /^\s+(?:base|camp|barracks|post|station|checkpoint|headquarters|hospital|academy|school|court|compound|airport|airfield|garrison)s?\b/i;
const LOCATIVE_BEFORE =
  /\b(?:near|outside|inside|at|behind|beside|opposite|around|close to|next to|from|towards?|into|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;
const BLAME_BEFORE =
  /\b(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|attribut(?:e|es|ed|ing) (?:it|the \w+) to|pointed (?:the finger )?at|hallmarks? of|signature of|claimed by|(?:believed|thought|suspected|said) to (?:be|belong to|be members of)|presumed|alleged|suspected(?: members of)?)\s+(?:(?:the|an?|local|armed|suspected|alleged)\s+)*$/i;
// "The Taliban claimed it", "Al-Shabaab, the Islamist group, said in a claim of responsibility that ...".
const CLAIM_AFTER =
  /^(?:,[^,]{0,80},)?\s+(?:(?:has|have|had|later|quickly|reportedly|also)\s+)*(?:claimed|claims|claiming|said in a (?:claim|statement claiming)|said (?:it|they) (?:had )?(?:carried out|was behind|were behind))\b/i;
// "Bul Nuer militia", "Murle raiders", "Afari gunmen": a people's or place's name in front of an armed noun makes
// the group an identity militia (ACLED's inter 4), unless the name is a country's, a faith's political wing, or
// an ordinary capitalised word.
const IDENTITY_NOUN =
  /^(?:militia(?:s|men)?|militiam[ae]n|gunmen|raiders|fighters|youths?|herders|herdsmen)$/i;
const PEOPLE_BEFORE = /((?:[A-Z][a-z'’-]+\s+){1,2})$/;
const NOT_A_PEOPLE =
  /^(?:the|a|an|on|in|at|of|by|as|and|but|when|after|before|during|while|suspected|alleged|unknown|unidentified|armed|local|several|some|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|islamist|jihadist|islamic|rival|rebel|opposition|government|regime|police|army|military|militia|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|north|south|east|west|northern|southern|eastern|western|central|new|other|these|those|their|his|her|its|our|people's|peoples|popular|national|revolutionary|liberation|patriotic|resistance|defen[cs]e|self-defen[cs]e|islamic|christian|muslim)$/i;
const CUSTODY_AFTER =
  /^(?:['’]s)?\s+(?:military\s+)?(?:prisons?|jails?|custody|detention(?:\s+(?:centres?|centers?|facilit(?:y|ies)|camps?))?|cells?)\b/i;
const CUSTODY_HARM = /\b(?:died|dies|death|deaths|tortur\w*|beaten|killed|ill[- ]treatment)\b/i;
const STATE_OWNER =
  /\b(?:government|regime|army|military|state|pro-government|loyalist|air force)(?:'s)?\s+(?:[\w-]+\s+)?$/i;

// "Russian jets", "South Sudanese soldiers", "suspected United States air force", "French Operation Barkhane
// forces": the owner is the longest stretch of the capitalised words before the noun (up to two plain words
// between) that names a country.
function ownerBefore(before: string, gazetteer: Gazetteer): Country | undefined {
  const run = /((?:[A-Z][\w.'’-]*\s+){1,5})(?:[a-z][\w-]*\s+){0,2}$/.exec(before)?.[1];
  if (run === undefined) return undefined;
  const words = run
    .trim()
    .replace(/['’]s$/, '')
    .split(/\s+/);
  for (let length = words.length; length > 0; length--) {
    for (let i = words.length - length; i >= 0; i--) {
      const text = words.slice(i, i + length).join(' ');
      const country =
        gazetteer.countryByDemonym(text) ??
        gazetteer.countryByName(text) ??
        gazetteer.countryByName(text.replace(/\./g, ''));
      if (country !== undefined) return country;
    }
  }
  return undefined;
}

// "X are the suspected attackers", "X was believed to be behind it": the suspicion follows the name.
const SUSPECT_AFTER =
  /^\s+(?:is|are|was|were)\s+(?:the\s+)?(?:(?:suspected|alleged|presumed|believed|thought|likely)\s+)?(?:(?:to\s+(?:be|have\s+been)\s+)?(?:the\s+)?(?:attackers|perpetrators|culprits|assailants|authors)|(?:to\s+(?:be|have\s+been)\s+)?(?:behind|responsible\s+for)\s+(?:it|the|this|these))\b/i;

function isBlamed(sentence: string, start: number, end: number): boolean {
  return (
    BLAME_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) ||
    CLAIM_AFTER.test(sentence.slice(end, end + 140)) ||
    SUSPECT_AFTER.test(sentence.slice(end, end + 80))
  );
}

function isNotActing(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 40);
  const before = sentence.slice(Math.max(0, start - 40), start);
  return (
    SPEAKER_AFTER.test(after) ||
    SPEAKER_BEFORE.test(before) ||
    (FACILITY_AFTER.test(after) && LOCATIVE_BEFORE.test(before))
  );
}

/** Actor mentions in one sentence, named groups first; overlapping generic mentions are dropped. */
export function readActors(sentence: string, gazetteer: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  if (sentence.length > 2000) return out;
  const overlaps = (start: number, end: number): boolean => out.some((m) => start < m.end && end > m.start);
  for (const { actor, insensitive, sensitive } of NAMED) {
    for (const pattern of sensitive === undefined ? [insensitive] : [insensitive, sensitive]) {
      for (const m of matchesOf(pattern, sentence)) {
        const start = m.index;
        // "anti-ISIS activists" and "pro-Houthi media" name someone else.
        if (/(?:anti|pro|non|ex)-$/i.test(sentence.slice(Math.max(0, start - 5), start))) continue;
        // "NAF rebel forces", "Houthi fighters": the noun after a group's name is the group, not a state force.
        const tail = MEMBERS_TAIL.exec(sentence.slice(m.index + m[0].length))?.[0].length ?? 0;
        const end = start + m[0].length + tail;
        if (overlaps(start, end)) continue;
        const mention: ActorMention = {
          name: actor.name,
          kind: actor.kind,
          start,
          end,
          isGeneric: false,
          isProtestOnly: false,
        };
        if (actor.country !== undefined) mention.iso2 = actor.country;
        if (isBlamed(sentence, start, end)) mention.isBlamed = true;
        out.push(mention);
      }
    }
  }
  for (const { actor, pattern } of GENERIC) {
    for (const m of matchesOf(pattern, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      if (/(?:anti|pro)-$/i.test(before)) continue;
      if (actor.kind === 'state' && isNotActing(sentence, start, end)) continue;
      // "Movement of forces:", "the withdrawal of forces": forces nobody owns, named as a topic.
      if (
        /^forces$/i.test(m[0]) &&
        /\b(?:movements?|deployments?|redeployments?|withdrawals?|build-?ups?|reinforcements?|separation|disengagement) of $/i.test(
          before,
        )
      )
        continue;
      const mention: ActorMention = {
        name: actor.name,
        kind: actor.kind,
        start,
        end,
        isGeneric: true,
        isProtestOnly:
          (actor.kind === 'protesters' && PROTEST_ONLY.test(m[0])) ||
          (actor.kind === 'rioters' && /crowd|villagers/i.test(m[0])),
      };
      const country = ownerBefore(before, gazetteer);
      // "the military forces of Azerbaijan", "soldiers of the army of South Sudan": the owner may follow the noun.
      const ownerAfter =
        /^\s+of\s+(?:the\s+)?(?:(?:army|military|armed forces|government|police|navy|air force)\s+of\s+(?:the\s+)?)?([A-Z][\w-]+(?:\s+(?:of\s+)?[A-Z][\w-]+){0,3})/.exec(
          sentence.slice(end),
        );
      const ownerCountry =
        country === undefined && ownerAfter?.[1] !== undefined
          ? gazetteer.countryByName(ownerAfter[1])
          : undefined;
      if (
        actor.needsOwner === true &&
        country === undefined &&
        ownerCountry === undefined &&
        !STATE_OWNER.test(before)
      )
        continue;
      if (actor.kind !== 'protesters' && actor.kind !== 'rioters' && isBlamed(sentence, start, end))
        mention.isBlamed = true;
      // "died under torture in a regime prison", "killed in police custody": a death or torture in a force's
      // custody is that force's act (ACLED codes it as the state's violence against civilians).
      if (
        actor.kind === 'state' &&
        CUSTODY_AFTER.test(sentence.slice(end, end + 40)) &&
        CUSTODY_HARM.test(sentence.slice(0, start))
      )
        mention.isBlamed = true;
      const people =
        actor.kind === 'political militia' && country === undefined && IDENTITY_NOUN.test(m[0])
          ? PEOPLE_BEFORE.exec(before)?.[1]?.trim()
          : undefined;
      // "militias from Abari and Ugep clashed": armed men known by the place or people they come from are a
      // communal militia (ACLED's identity militias, inter 4), unless the name is a country's or a named group's.
      const origin =
        actor.kind === 'political militia' && country === undefined && /^militia(?:s|men)?$/i.test(m[0])
          ? /^\s+from\s+([A-Z][\w'’-]+)/.exec(sentence.slice(end))
          : null;
      if (
        origin?.[1] !== undefined &&
        !NOT_A_PEOPLE.test(origin[1]) &&
        gazetteer.countryByName(origin[1]) === undefined &&
        gazetteer.countryByDemonym(origin[1]) === undefined &&
        !NAMED.some(({ actor }) => actor.patterns.some((p) => p.toLowerCase() === origin[1]?.toLowerCase()))
      ) {
        mention.name = 'Unidentified Communal Militia ({country})';
        mention.kind = 'identity militia';
      }
      if (
        people !== undefined &&
        !people.split(/\s+/).some((w) => NOT_A_PEOPLE.test(w)) &&
        !NAMED.some(({ actor }) =>
          actor.patterns.some((pattern) => people.toLowerCase().includes(pattern.toLowerCase())),
        )
      ) {
        mention.name = `${people} Ethnic Militia ({country})`;
        mention.kind = 'identity militia';
        mention.start = start - before.length + before.lastIndexOf(people);
      }
      if (country !== undefined) mention.iso2 = country.iso2;
      else if (ownerCountry !== undefined && ownerAfter !== null) {
        mention.iso2 = ownerCountry.iso2;
        mention.end = end + ownerAfter[0].length;
        mention.namesCountry = true;
      }
      out.push(mention);
      // "military forces of India and Pakistan", "Indian and Pakistani troops": one noun, two countries' forces.
      const otherOwner =
        actor.kind !== 'state' || mention.iso2 === undefined
          ? undefined
          : mention.namesCountry === true
            ? /^\s+and\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})/.exec(
                sentence.slice(mention.end),
              )?.[1]
            : /([A-Z][\w-]+)\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}$/.exec(before)?.[1];
      const other =
        otherOwner === undefined
          ? undefined
          : (gazetteer.countryByName(otherOwner) ?? gazetteer.countryByDemonym(otherOwner));
      if (other !== undefined && other.iso2 !== mention.iso2) {
        // Kept in the text's order: the owner named first comes first.
        const start = mention.namesCountry === true ? mention.start + 1 : mention.start - 1;
        out.push({ ...mention, iso2: other.iso2, start });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
