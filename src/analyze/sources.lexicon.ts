// Known sources as data: outlets, news agencies, monitors and activist groups, with their spellings.
import type { SourceKind } from '../core/acled.js';

/** A source with the spellings texts use for it. */
export interface KnownSource {
  name: string;
  kind: SourceKind;
  patterns: readonly string[];
  /** ISO2 of the one country the source reports on (a national monitor, a country mission), a hint to the place. */
  country?: string;
}

export const KNOWN_SOURCES: readonly KnownSource[] = [
  {
    name: 'Syrian Observatory for Human Rights',
    kind: 'monitor',
    country: 'SY',
    patterns: [
      'Syrian Observatory for Human Rights',
      'Syrian Observatory of Human Rights',
      'Syrian Observatory',
      'SOHR',
      'the Observatory',
    ],
  },
  {
    name: 'Raqqa is Being Slaughtered Silently',
    kind: 'activist',
    country: 'SY',
    patterns: ['Raqqa is Being Slaughtered Silently', 'Raqqa Is Being Slaughtered Silently', 'RBSS'],
  },
  { name: 'Airwars', kind: 'monitor', patterns: ['Airwars'] },
  { name: 'Human Rights Watch', kind: 'monitor', patterns: ['Human Rights Watch', 'HRW'] },
  { name: 'Amnesty International', kind: 'monitor', patterns: ['Amnesty International', 'Amnesty'] },
  {
    name: 'OCHA',
    kind: 'monitor',
    patterns: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs'],
  },
  {
    name: 'UNAMA',
    kind: 'monitor',
    country: 'AF',
    patterns: ['UNAMA', 'UN Assistance Mission in Afghanistan'],
  },
  {
    name: 'OSCE Special Monitoring Mission to Ukraine',
    kind: 'monitor',
    country: 'UA',
    patterns: ['OSCE Special Monitoring Mission to Ukraine', 'OSCE Special Monitoring Mission', 'OSCE SMM'],
  },
  { name: 'ACLED', kind: 'monitor', patterns: ['ACLED', 'Armed Conflict Location'] },
  {
    name: 'Syrian Network for Human Rights',
    kind: 'monitor',
    country: 'SY',
    patterns: ['Syrian Network for Human Rights', 'SNHR'],
  },
  {
    name: 'Violations Documentation Center',
    kind: 'monitor',
    patterns: ['Violations Documentation Center', 'VDC'],
  },
  { name: 'Deir Ezzor 24', kind: 'activist', patterns: ['Deir Ezzor 24', 'DeirEzzor24'] },
  { name: 'Reuters', kind: 'outlet', patterns: ['Reuters'] },
  { name: 'Associated Press', kind: 'outlet', patterns: ['Associated Press', 'AP'] },
  { name: 'AFP', kind: 'outlet', patterns: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'BBC', kind: 'outlet', patterns: ['BBC', 'BBC News'] },
  { name: 'Al Jazeera', kind: 'outlet', patterns: ['Al Jazeera', 'Al-Jazeera', 'Aljazeera'] },
  { name: 'Al Arabiya', kind: 'outlet', patterns: ['Al Arabiya', 'Al-Arabiya'] },
  {
    name: 'SANA',
    kind: 'official',
    patterns: ['SANA', 'Syrian Arab News Agency', 'Syrian state news agency'],
  },
  { name: 'Amaq', kind: 'official', patterns: ['Amaq', 'Amaq News Agency'] },
  { name: 'The Independent', kind: 'outlet', patterns: ['the Independent', 'The Independent'] },
  { name: 'The Guardian', kind: 'outlet', patterns: ['the Guardian', 'The Guardian'] },
  { name: 'The New York Times', kind: 'outlet', patterns: ['the New York Times', 'New York Times', 'NYT'] },
  { name: 'The Washington Post', kind: 'outlet', patterns: ['the Washington Post', 'Washington Post'] },
  { name: 'CNN', kind: 'outlet', patterns: ['CNN'] },
  { name: 'Anadolu Agency', kind: 'outlet', patterns: ['Anadolu Agency', 'Anadolu'] },
  { name: 'Xinhua', kind: 'outlet', patterns: ['Xinhua'] },
  { name: 'TASS', kind: 'outlet', patterns: ['TASS'] },
  { name: 'Interfax', kind: 'outlet', patterns: ['Interfax'] },
  { name: 'Ukrinform', kind: 'outlet', patterns: ['Ukrinform'] },
  { name: 'Tolo News', kind: 'outlet', patterns: ['Tolo News', 'TOLOnews', 'TOLOnews'] },
  { name: 'Pajhwok', kind: 'outlet', patterns: ['Pajhwok', 'Pajhwok Afghan News'] },
  { name: 'Garowe Online', kind: 'outlet', patterns: ['Garowe Online'] },
  { name: 'Haaretz', kind: 'outlet', patterns: ['Haaretz'] },
  { name: 'Times of Israel', kind: 'outlet', patterns: ['Times of Israel'] },
  { name: 'Kurdistan 24', kind: 'outlet', patterns: ['Kurdistan 24', 'Rudaw'] },
  { name: 'Saba', kind: 'official', patterns: ['Saba News Agency', 'Saba'] },
];

/** Generic speakers: "activists said", "witnesses told". Their kind follows from the noun. */
export const GENERIC_SOURCES: readonly { pattern: RegExp; name: string; kind: SourceKind }[] = [
  {
    pattern: /\b(?:anti-[\w-]+ |local |opposition |rights |media )?activists?\b/i,
    name: 'activists',
    kind: 'activist',
  },
  { pattern: /\b(?:eye-?)?witness(?:es)?\b/i, name: 'witnesses', kind: 'witness' },
  { pattern: /\b(?:local )?residents\b/i, name: 'residents', kind: 'witness' },
  {
    pattern:
      /\b(?:local |security |medical |military |government |hospital )?officials?\b|\bspokes(?:man|woman|person)\b|\bministry\b|\bgovernor\b|\bpolice\b|\barmy\b|\bmilitary\b/i,
    name: 'officials',
    kind: 'official',
  },
  {
    pattern: /\b(?:local |security |medical |military |tribal )?sources\b/i,
    name: 'local sources',
    kind: 'other',
  },
];

/** Words that make an unknown name a news outlet, a monitor or an official body. */
export const OUTLET_WORD =
  /\b(?:News|Times|Post|Agency|TV|Television|Radio|Press|Daily|Herald|Journal|Independent|Guardian|Tribune|Gazette|Channel|Network|Online|Media|Telegraph|Mail|Observer|Express|Star|Sun|Today|Monitor)\b/;
export const MONITOR_WORD =
  /\b(?:Observatory|Watch|Rights|Amnesty|Commission|Mission|Network for|Documentation|Monitoring)\b/;
export const OFFICIAL_WORD =
  /\b(?:Ministry|Government|Army|Police|Governor|Council|Command|Office|Presidency|Forces|Department)\b/;

/** The country a known source reports on, by the source's name, where it reports on one only. */
export const SOURCE_COUNTRIES: ReadonlyMap<string, string> = new Map(
  KNOWN_SOURCES.flatMap((s) => (s.country === undefined ? [] : [[s.name, s.country] as const])),
);
