// Writes an incident's one-sentence summary in the style of ACLED notes, from its coded fields only.
import type { ActorKind } from '../core/acled.js';
import type { Incident, IncidentDate, IncidentLocation } from '../core/incident.js';

const ARMED_KINDS: ReadonlySet<ActorKind> = new Set([
  'rebel',
  'political militia',
  'identity militia',
  'external',
]);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The coded fields a summary is written from, and the only ones. */
export type SummaryFields = Pick<
  Incident,
  'eventType' | 'subEventType' | 'date' | 'location' | 'actors' | 'fatalities'
>;

/**
 * "On 7 January 2016, Islamic State attacked civilians in Raqqa (Ar-Raqqa, Syria), killing 1." Written from the
 * coded fields only, so it never says what they do not; write it again whenever they change (a merge of reports).
 */
export function writeSummary(incident: SummaryFields): string {
  const perpetrators = incident.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name);
  // Victims read as a class in notes ("attacked civilians"), armed targets by name.
  const targets = incident.actors
    .filter((a) => a.role === 'target')
    .map((a) => (a.kind === 'civilians' ? 'civilians' : a.name));
  const others = incident.actors.filter((a) => a.role === 'other').map((a) => a.name);
  const who = list(perpetrators) ?? 'an unidentified actor';
  const whom = list(targets);
  const n = incident.fatalities;
  let clause: string;
  switch (incident.subEventType) {
    case 'Attack':
      clause = `${who} attacked ${whom ?? 'civilians'}`;
      break;
    case 'Abduction/forced disappearance':
      clause = `${who} abducted ${whom ?? 'civilians'}`;
      break;
    case 'Sexual violence':
      clause = `${who} committed sexual violence against ${whom ?? 'civilians'}`;
      break;
    case 'Armed clash':
      clause =
        whom === undefined
          ? `${who} ${perpetrators.length > 1 ? 'were' : 'was'} involved in an armed clash`
          : `${who} clashed with ${whom}`;
      break;
    case 'Government regains territory':
    case 'Non-state actor overtakes territory':
      clause = `${who} took control of the area`;
      break;
    case 'Air/drone strike':
      clause = `${who} carried out an air or drone strike${whom === undefined ? '' : ` on ${whom}`}`;
      break;
    case 'Shelling/artillery/missile attack':
      clause = `${who} shelled ${whom === undefined ? 'positions' : whom}`;
      break;
    case 'Remote explosive/landmine/IED':
      clause = `an explosive device planted by ${who} detonated${whom === undefined ? '' : ` against ${whom}`}`;
      break;
    case 'Suicide bomb':
      clause = `a suicide bomber of ${who} detonated explosives${whom === undefined ? '' : ` targeting ${whom}`}`;
      break;
    case 'Grenade':
      clause = `${who} threw a grenade${whom === undefined ? '' : ` at ${whom}`}`;
      break;
    case 'Chemical weapon':
      clause = `${who} used a chemical weapon${whom === undefined ? '' : ` against ${whom}`}`;
      break;
    case 'Peaceful protest':
      clause = `${list(others) ?? list(perpetrators) ?? 'protesters'} held a demonstration`;
      break;
    case 'Protest with intervention':
      clause = `${who} intervened in a demonstration by ${whom ?? list(others) ?? 'protesters'}`;
      break;
    case 'Excessive force against protesters':
      clause = `${who} used lethal force against ${whom ?? list(others) ?? 'protesters'}`;
      break;
    case 'Violent demonstration':
      clause = `${who} rioted${whom === undefined ? '' : ` against ${whom}`}`;
      break;
    case 'Mob violence':
      clause = `a mob (${who}) attacked ${whom ?? 'people'}`;
      break;
    case 'Arrests': {
      // The arrested are people, not an organisation: "arrested members of Islamic State".
      const arrested = incident.actors
        .filter((a) => a.role === 'target')
        .map((a) =>
          ARMED_KINDS.has(a.kind) ? `members of ${a.name}` : a.kind === 'civilians' ? 'civilians' : a.name,
        );
      clause = `${who} arrested ${list(arrested) ?? 'people'}`;
      break;
    }
    case 'Looting/property destruction':
      clause = `${who} looted or destroyed property${whom === undefined ? '' : ` of ${whom}`}`;
      break;
    case 'Agreement':
      clause = `${list([...perpetrators, ...targets, ...others]) ?? 'the parties'} reached an agreement`;
      break;
    default: {
      const kind = incident.subEventType.toLowerCase();
      const verb = perpetrators.length > 1 ? 'were' : 'was';
      clause = `${who} ${verb} reported in ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} event`;
    }
  }
  const where = incident.location === null ? '' : ` in ${placeText(incident.location)}`;
  const toll =
    n === null || n === 0
      ? ''
      : incident.subEventType === 'Attack'
        ? `, killing ${n}`
        : `, with ${n} reported ${n === 1 ? 'fatality' : 'fatalities'}`;
  const sentence = `${dateText(incident.date)}, ${clause}${where}${toll}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function list(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  if (names.length === 1) return names[0];
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function placeText(location: IncidentLocation): string {
  if (location.precision === 3 && location.name === location.country) return location.country;
  const parts = [location.admin1, location.country].filter(
    (p): p is string => p !== null && p !== location.name,
  );
  return parts.length === 0 ? location.name : `${location.name} (${parts.join(', ')})`;
}

function dateText(date: IncidentDate): string {
  if (date.start === null) return 'On an unknown date';
  const start = parse(date.start);
  const end = parse(date.end ?? date.start);
  if (date.start === (date.end ?? date.start)) return `On ${start.day} ${MONTHS[start.month]} ${start.year}`;
  if (start.day === 1 && start.month === 0 && end.month === 11 && end.day === 31 && start.year === end.year) {
    return `In ${start.year}`;
  }
  if (start.day === 1 && start.month === end.month && start.year === end.year && end.day >= 28) {
    return `In ${MONTHS[start.month]} ${start.year}`;
  }
  if (start.month === end.month && start.year === end.year) {
    return `Between ${start.day} and ${end.day} ${MONTHS[start.month]} ${start.year}`;
  }
  return `Between ${start.day} ${MONTHS[start.month]} ${start.year} and ${end.day} ${MONTHS[end.month]} ${end.year}`;
}

function parse(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) };
}
