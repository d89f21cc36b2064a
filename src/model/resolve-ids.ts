/** An entry that may have had other ids before (see `formerIds` in timeline.ts). */
interface Renamed {
  id: string;
  formerIds?: readonly string[];
}

/** From each former id of the timeline's events and actors to the id that entry has now. */
export interface FormerIdMaps {
  events: ReadonlyMap<string, string>;
  actors: ReadonlyMap<string, string>;
}

/**
 * The former ids of a timeline's events and actors, each mapped to its entry's current id:
 * anything that names an event or actor from outside the data (a link, a bookmark, a
 * correction) reads its id through these, so an event merged into another or an actor renamed
 * to a better spelling is still found. An id that is no former id is looked up as it is:
 * `maps.events.get(id) ?? id`. Works on the timeline and on the explorer's copy of it.
 */
export function resolveIds(timeline: { events: readonly Renamed[]; actors: readonly Renamed[] }): FormerIdMaps {
  return { events: formerToCurrent(timeline.events), actors: formerToCurrent(timeline.actors) };
}

function formerToCurrent(entries: readonly Renamed[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, formerIds } of entries) for (const former of formerIds ?? []) map.set(former, id);
  return map;
}
