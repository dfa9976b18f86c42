// Helpers for bench/analyze.bench.ts: the CASE 2021 sub-type snippets (id, EventSnippet, SubType), their split,
// and the scores: accuracy with out-of-scope snippets right when they give no incident, weighted F1.
import type { SubEventType } from '../src/core/acled.js';

/** CASE 2021's labels for ACLED's 25 sub-event types (the task's names, one to one). */
export const CASE_SUB_TYPES = {
  ARMED_CLASH: 'Armed clash',
  GOV_REGAINS_TERIT: 'Government regains territory',
  NON_STATE_ACTOR_OVERTAKES_TER: 'Non-state actor overtakes territory',
  CHEM_WEAP: 'Chemical weapon',
  AIR_STRIKE: 'Air/drone strike',
  SUIC_BOMB: 'Suicide bomb',
  ART_MISS_ATTACK: 'Shelling/artillery/missile attack',
  REM_EXPLOS: 'Remote explosive/landmine/IED',
  GRENADE: 'Grenade',
  SEX_VIOL: 'Sexual violence',
  ATTACK: 'Attack',
  ABDUCT_DISSAP: 'Abduction/forced disappearance',
  PEACE_PROTEST: 'Peaceful protest',
  PROTEST_WITH_INTER: 'Protest with intervention',
  FORCE_AGAINST_PROTEST: 'Excessive force against protesters',
  VIOL_DEMONSTR: 'Violent demonstration',
  MOB_VIOL: 'Mob violence',
  AGREEMENT: 'Agreement',
  ARREST: 'Arrests',
  CHANGE_TO_GROUP_ACT: 'Change to group/activity',
  DISR_WEAP: 'Disrupted weapons use',
  HQ_ESTABLISHED: 'Headquarters or base established',
  PROPERTY_DISTRUCT: 'Looting/property destruction',
  NON_VIOL_TERRIT_TRANSFER: 'Non-violent transfer of territory',
  OTHER: 'Other',
} as const satisfies Record<string, SubEventType>;

/** CASE 2021's five classes outside ACLED's scope: the right answer is no incident. */
export const CASE_OUT_OF_SCOPE = [
  'NATURAL_DISASTER',
  'MAN_MADE_DISASTER',
  'ORG_CRIME',
  'DIPLO',
  'ATTRIB',
] as const;

/** One snippet: `expected` is the ACLED sub-type, or null for an out-of-scope class. */
export interface CaseRow {
  id: number;
  text: string;
  label: string;
  expected: SubEventType | null;
}

/** The split a snippet falls in: odd ids tune, even ids check. */
export function caseSplit(row: Pick<CaseRow, 'id'>): 'tune' | 'check' {
  return row.id % 2 === 1 ? 'tune' : 'check';
}

// A field wrapped in quotes, with quotes doubled inside, as spreadsheet exports write tab-separated text.
function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
    ? field.slice(1, -1).replace(/""/g, '"')
    : field;
}

/** Rows of the TSV (header id, EventSnippet, SubType); throws on a label outside the 30 classes. */
export function readCaseRows(tsv: string): CaseRow[] {
  const [header = '', ...lines] = tsv.split(/\r?\n/);
  const columns = header.split('\t');
  const [idAt, textAt, labelAt] = ['id', 'EventSnippet', 'SubType'].map((name) => columns.indexOf(name));
  if (
    idAt === undefined ||
    textAt === undefined ||
    labelAt === undefined ||
    [idAt, textAt, labelAt].includes(-1)
  ) {
    throw new Error(`expected the columns id, EventSnippet and SubType, found: ${columns.join(', ')}`);
  }
  return lines
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const cells = line.split('\t');
      const label = cells[labelAt]?.trim() ?? '';
      const expected = (CASE_SUB_TYPES as Record<string, SubEventType>)[label] ?? null;
      if (expected === null && !(CASE_OUT_OF_SCOPE as readonly string[]).includes(label)) {
        throw new Error(`line ${index + 2}: unknown SubType "${label}"`);
      }
      return { id: Number(cells[idAt]), text: unquote(cells[textAt] ?? ''), label, expected };
    });
}

/** Scores of one half. */
export interface CaseScores {
  snippets: number;
  outOfScope: number;
  /** Share right, %: the sub-type for the 25 classes, no non-background incident for the other five. */
  accuracy: number;
  /** F1 per class over the 25 ACLED classes, weighted by each class's snippets (out-of-scope snippets coded as a class are its false positives). */
  weightedF1: number;
}

/** Scores predictions (the first non-background incident's sub-type, or null) against the rows. */
export function scoreCase(rows: readonly CaseRow[], predicted: readonly (string | null)[]): CaseScores {
  let right = 0;
  const truePositives = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const support = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  rows.forEach((row, i) => {
    const guess = predicted[i] ?? null;
    if (guess === row.expected) right++;
    if (row.expected !== null) add(support, row.expected);
    if (guess !== null) add(predictedCount, guess);
    if (guess !== null && guess === row.expected) add(truePositives, guess);
  });
  let weighted = 0;
  let total = 0;
  for (const [label, n] of support) {
    const tp = truePositives.get(label) ?? 0;
    const p = predictedCount.get(label) ?? 0;
    const f1 = tp === 0 ? 0 : (2 * tp) / (p + n);
    weighted += f1 * n;
    total += n;
  }
  return {
    snippets: rows.length,
    outOfScope: rows.filter((r) => r.expected === null).length,
    accuracy: rows.length === 0 ? 0 : (100 * right) / rows.length,
    weightedF1: total === 0 ? 0 : weighted / total,
  };
}
