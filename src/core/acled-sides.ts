// ACLED's two sides of an event, read from an Incident's actors and roles (used by exports and benches).
import type { Incident, IncidentActor } from './incident.js';

/**
 * ACLED's two sides of an incident. Side 1 is who started it: the demonstrators of a protest (even one the
 * police broke up), the rioters of a riot, else the perpetrators (or, without one, the first actor). Side 2 is
 * the rest, targets first.
 */
export function acledSides(incident: Pick<Incident, 'eventType' | 'actors'>): {
  side1: IncidentActor[];
  side2: IncidentActor[];
} {
  const initiators =
    incident.eventType === 'Protests'
      ? incident.actors.filter((a) => a.kind === 'protesters')
      : incident.eventType === 'Riots'
        ? incident.actors.filter((a) => a.kind === 'rioters')
        : incident.actors.filter((a) => a.role === 'perpetrator');
  const side1 = initiators.length > 0 ? initiators : incident.actors.slice(0, 1);
  const rest = incident.actors.filter((a) => !side1.includes(a));
  const side2 = [...rest.filter((a) => a.role === 'target'), ...rest.filter((a) => a.role !== 'target')];
  return { side1, side2 };
}
