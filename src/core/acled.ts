// ACLED's taxonomy as data: event types, their sub-event types, and actor kinds with ACLED's inter codes.

/** ACLED's six event types with their sub-event types (ACLED codebook, 2023 edition). */
export const ACLED_EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;

export type EventType = keyof typeof ACLED_EVENT_TYPES;
export type SubEventType = (typeof ACLED_EVENT_TYPES)[EventType][number];

export const EVENT_TYPES = Object.keys(ACLED_EVENT_TYPES) as [EventType, ...EventType[]];
export const SUB_EVENT_TYPES = Object.values(ACLED_EVENT_TYPES).flat() as [SubEventType, ...SubEventType[]];

/** Actor kinds as CONTRACT.md names them, in ACLED inter-code order (1..8; "other" is 8 as well). */
export const ACTOR_KINDS = [
  'state',
  'rebel',
  'political militia',
  'identity militia',
  'rioters',
  'protesters',
  'civilians',
  'external',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** ACLED's inter code (1..8) for an actor kind. */
export function interCode(kind: ActorKind): number {
  const index = ACTOR_KINDS.indexOf(kind);
  return Math.min(index + 1, 8);
}

export const ACTOR_ROLES = ['perpetrator', 'target', 'other'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const SOURCE_KINDS = ['outlet', 'monitor', 'activist', 'official', 'witness', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
