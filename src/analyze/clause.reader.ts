// Reads where a trigger stands in the syntax of its sentence: in the clause that tells the event, or in a part
// that only names the grievance of a protest, describes a person (a relative clause) or an earlier act.

/**
 * The part of the sentence a trigger stands in. `main`: the clause telling what happened. `grievance`: what a
 * protest is against or for ("protested against the arrest of their leader"). `relative`: a relative clause
 * describing someone ("relatives of a man who was shot dead held a vigil"). `prior`: an act told in the
 * pluperfect ("who had been detained"). `topic`: an act named as a thing, not told ("his arrest", "He was
 * arrested in connection with a fraud case" beside a protest).
 */
export type ClauseRole = 'main' | 'grievance' | 'relative' | 'prior' | 'topic';

/** A span of characters of one sentence, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

// What a demonstration is against, for or about; a trigger after one of these names the grievance.
const GRIEVANCE_MARKER =
  /\b(?:against|over|for|demand(?:ed|ing|s)?|to (?:demand|denounce|condemn|protest|honou?r|commemorate|mourn|press for|call for|ask for|seek|oppose|reject|express|mark)|denouncing|condemning|protesting|commemorating|mourning|in memory of|calling for|seeking|opposing|following|after|in (?:protest|response|reaction) (?:at|of|against|over|to)|due to|because of|in connection with|regarding|about|urging)\b/gi;
// A new clause with the state as its subject ends the grievance: ", and police dispersed them".
const STATE_CLAUSE =
  /;|,\s*(?:and\s+|but\s+|while\s+|when\s+|then\s+|before\s+|as\s+|where\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:police|security|soldiers|troops|army|military|forces|gendarm\w*|authorities|officers|guards)\b|\s(?:and|but)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|security forces|soldiers|troops|army|military|gendarm\w*|guards|authorities)\s+\w+ed\b/gi;
const RELATIVE = /\b(?:who|whom|which|that)\s+(?:[\w'’-]+\s+){0,3}$/i;
// A relative clause about the demonstrators themselves ("protesters who were detained") tells the event.
const PROTESTER_HEAD =
  /\b(?:protesters|demonstrators|participants|marchers|crowd|people|residents|workers|students|them)\s*,?\s*(?:who|whom|which|that)\s+(?:[\w'’-]+\s+){0,3}$/i;
const PLUPERFECT = /\bhad\s+(?:been\s+)?(?:[\w-]+ly\s+)?$/i;
const NOUN_DETERMINER = /(?:\b(?:the|his|her|their|its|an?|whose)|['’]s)\s+(?:[\w-]+\s+)?$/i;
const SINGULAR_PASSIVE = /(?:^|[.;]\s*)(?:he|she)\s+(?:was|had been|has been)\s+(?:[\w-]+ly\s+)?$/i;

/**
 * Spans of a sentence that name what its demonstrations are against or for: from a grievance marker after a
 * protest trigger to the end of the sentence or to a new clause of the state ("..., police dispersed them"), or
 * a fronted reason up to the comma before the protest ("Following the death of a trader, shopkeepers marched").
 */
export function grievanceSpans(sentence: string, protests: readonly Span[]): Span[] {
  if (protests.length === 0) return [];
  const spans: Span[] = [];
  const first = protests[0]?.start ?? 0;
  GRIEVANCE_MARKER.lastIndex = 0;
  for (let m = GRIEVANCE_MARKER.exec(sentence); m !== null; m = GRIEVANCE_MARKER.exec(sentence)) {
    const start = m.index;
    if (start >= first) {
      STATE_CLAUSE.lastIndex = start;
      const stop = STATE_CLAUSE.exec(sentence);
      spans.push({ start, end: stop === null ? sentence.length : stop.index });
    } else {
      // A fronted reason stands at the head of the sentence or after its date ("On 3 May, following ...,").
      const isFronted = /(?:^|,)\s*$/.test(sentence.slice(0, start));
      const comma = sentence.lastIndexOf(',', first);
      if (isFronted && comma > start) spans.push({ start, end: comma });
    }
  }
  GRIEVANCE_MARKER.lastIndex = 0;
  STATE_CLAUSE.lastIndex = 0;
  return spans;
}

/**
 * The role of the trigger at `hit` in `sentence`, given the sentence's grievance spans. Only the clause before
 * the trigger is read: a comma or semicolon ends a relative clause.
 */
export function clauseRole(sentence: string, hit: Span, grievances: readonly Span[]): ClauseRole {
  if (grievances.some((g) => hit.start >= g.start && hit.start < g.end)) return 'grievance';
  const before = sentence.slice(Math.max(0, hit.start - 80), hit.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (PLUPERFECT.test(clause)) return 'prior';
  // ", which started a clash" carries the telling on; "a man who was shot" describes someone.
  const isSentential =
    /^\s*which\b/i.test(clause) && /,\s*$/.test(before.slice(0, before.length - clause.length));
  if (RELATIVE.test(clause) && !isSentential && !PROTESTER_HEAD.test(before)) return 'relative';
  const text = sentence.slice(hit.start, hit.end);
  const isNoun = /^(?:arrests?|killings?|murders?|deaths?|detention|assassination)$/i.test(text);
  if (isNoun && (NOUN_DETERMINER.test(before) || /^\s+of\b/i.test(sentence.slice(hit.end, hit.end + 4))))
    return 'topic';
  if (SINGULAR_PASSIVE.test(before)) return 'topic';
  return 'main';
}

// Words that end a noun phrase: prepositions other than "of", subordinators, relative pronouns.
const NP_END =
  /[,;:.[\]]|\s(?:in|at|on|near|during|after|before|when|while|by|with|using|from|for|as|amid|amidst|into|inside|outside|who|whom|which|that|because|over|following|since|until|through|along|across|around|towards?|reportedly|allegedly)\b/i;
// After the verb, these open an adjunct or the agent, not the verb's object.
const NO_OBJECT =
  /^\s*(?:by|in|at|on|near|during|after|before|when|while|with|using|from|for|as|amid|amidst|into|inside|outside|following|and|or|but|,|;|\.|reportedly|allegedly|yesterday|today|overnight|late|early)\b/i;
// "was killed", "were found dead", "was shot and killed", "were kidnapped and later executed".
// Case-sensitive, so that "IS" (Islamic State) is no auxiliary.
const PASSIVE_AUX =
  /\b(?:[Ww]as|[Ww]ere|been|being|got|is|are)\s+(?:(?:reportedly|allegedly|also|later|then|fatally|seriously|critically|badly|found|left)\s+){0,2}(?:[\w-]+\s+(?:and|or)\s+(?:later\s+|then\s+|subsequently\s+)?)?$/;
// Triggers that name the attacker, the weapon or the toll, not an act with an object.
const NO_PATIENT =
  /^(?:gunm[ae]n|machete|shooting|dead|died|fatalit(?:y|ies)|death toll|bodies|massacres?)$/i;

/**
 * Who suffered the act of the trigger at `hit`: the subject of a passive ("a police officer was shot"), the object
 * of an active verb ("killed two suspected militants"), the complement of an act named as a noun ("an attack on
 * an army post"), or '' when the sentence names none there ("killed by gunmen", "shot and wounded").
 */
export function patientOf(sentence: string, hit: Span): string {
  const before = sentence.slice(Math.max(0, hit.start - 120), hit.start);
  const after = sentence.slice(hit.end, hit.end + 120);
  const text = sentence.slice(hit.start, hit.end);
  if (PASSIVE_AUX.test(before) && !/^(?:gunm[ae]n|machete)$/i.test(text)) {
    const head = before.replace(PASSIVE_AUX, '');
    // The subject runs back to the clause start: a comma, a semicolon, or the sentence's opening date.
    const start = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('.')) + 1;
    return head.slice(start).trim();
  }
  if (NO_PATIENT.test(text)) return '';
  // Fire is aimed at its patient ("opened fire at a checkpoint"), an act named as a noun is done on it.
  const complement = /^(?:attacks?|assaults?|raids?|ambush(?:es)?|killings?)$/i.test(text)
    ? /^\s+(?:on|against|targeting)\s+/i.exec(after)
    : /^(?:opened fire|fired|shot)$/i.test(text)
      ? /^\s+(?:at|on|upon|towards)\s+/i.exec(after)
      : null;
  const rest = complement === null ? after : after.slice(complement[0].length);
  if (complement === null && NO_OBJECT.test(rest)) return '';
  const stop = NP_END.exec(rest);
  return (stop === null ? rest : rest.slice(0, stop.index)).trim();
}

/**
 * Who did the act of the trigger at `hit`: the agent after "by" of a passive ("was beaten by locals"), the sides
 * of a clash named as a noun ("a clash between two families"), else the subject of the clause before the trigger
 * ("a crowd of villagers attacked"). '' when none is named.
 */
export function agentOf(sentence: string, hit: Span): string {
  const before = sentence.slice(Math.max(0, hit.start - 150), hit.start);
  const after = sentence.slice(hit.end, hit.end + 150);
  const text = sentence.slice(hit.start, hit.end);
  if (
    /^(?:clash(?:es)?|brawls?|fights?|fighting|clashes|street[- ]fights?|fist-?fights?|scuffles?)$/i.test(
      text,
    )
  ) {
    const sides = /^\s+(?:(?:took place|erupted|broke out|occurred)\s+)?between\s+([^,;.]*)/i.exec(after);
    // The sides end where the clause goes on: a preposition or a verb ("... and AA has forced villagers out").
    if (sides !== null) {
      const end =
        /\s(?:over|in|at|near|on|during|after|following|has|have|had|was|were|is|are|which|that|who|[\w-]+ed)\b/;
      return (sides[1] ?? '').split(end)[0] ?? '';
    }
    // A clash named as a noun without its sides ("wounded in the fighting") has no subject before it.
    return '';
  }
  if (PASSIVE_AUX.test(before)) {
    const by = /^\s+(?:up\s+)?by\s+([^,;.]*)/i.exec(after);
    return by === null ? '' : ((by[1] ?? '').split(NP_END)[0] ?? '');
  }
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return clause.trim();
}
