import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { eventPeriod, nextDay } from "../events/event-period";
import type { Filters } from "../explorer-url/explorer-state";
import { searchableText, searchWords, type Facet, type WordsAt } from "./filter-events";

/** The events in a shape that filters fast, built once per load: for each actor, location and
 *  type the positions of its events (positions in date order), each event's period, and each
 *  event's search text, folded on the first search rather than at load. */
export interface FilterIndex {
  events: readonly Event[];
  byActor: ReadonlyMap<string, readonly number[]>;
  byLocation: ReadonlyMap<string, readonly number[]>;
  byType: ReadonlyMap<string, readonly number[]>;
  /** Each event's actors and locations without repeats, for the counts. */
  actorsOf: readonly (readonly string[])[];
  locationsOf: readonly (readonly string[])[];
  /** YYYY-MM-DD start and exclusive end per position; "" for an undated event. */
  starts: readonly string[];
  ends: readonly string[];
  searchText(position: number): string;
}

/** `wordsAt` (the article texts) lets a search read the excerpts and quotes too; until the
 *  texts are loaded it reads the titles. */
export function buildFilterIndex(events: readonly Event[], wordsAt?: WordsAt): FilterIndex {
  const byActor = new Map<string, number[]>();
  const byLocation = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const starts: string[] = [];
  const ends: string[] = [];
  const actorsOf: string[][] = [];
  const locationsOf: string[][] = [];
  const post = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  events.forEach((event, at) => {
    actorsOf.push([...new Set(event.actorIds)]);
    locationsOf.push([...new Set(event.locationIds)]);
    for (const id of actorsOf[at]) post(byActor, id, at);
    for (const id of locationsOf[at]) post(byLocation, id, at);
    post(byType, event.type, at);
    const period = eventPeriod(event);
    starts.push(period?.start ?? "");
    ends.push(period?.end ?? "");
  });
  const texts: (string | undefined)[] = new Array(events.length);
  const searchText = (at: number) => {
    let text = texts[at];
    if (text === undefined) {
      text = texts[at] = searchableText(events[at], wordsAt);
    }
    return text;
  };
  return { events, byActor, byLocation, byType, actorsOf, locationsOf, starts, ends, searchText };
}

export interface FilterResult {
  /** The events that pass every filter, in date order. */
  events: Event[];
  /** Per facet, how many events each value would show given every other filter. */
  counts: Record<Facet, Map<string, number>>;
}

/** The same answer as filterEvents and facetCounts, from the index: each filter marks the
 *  positions it passes once, and every count reads those marks, so a change costs a few passes
 *  over the events instead of one full match per event per facet. */
export function applyFilters(index: FilterIndex, filters: Filters): FilterResult {
  const n = index.events.length;
  const facetPass = (map: ReadonlyMap<string, readonly number[]>, chosen: readonly string[]): Uint8Array | null => {
    if (chosen.length === 0) return null;
    const pass = new Uint8Array(n);
    for (const value of chosen) for (const at of map.get(value) ?? []) pass[at] = 1;
    return pass;
  };
  const actors = facetPass(index.byActor, filters.actors);
  const locations = facetPass(index.byLocation, filters.locations);
  const types = facetPass(index.byType, filters.types);
  const rest = restPass(index, filters);

  const passes = (at: number, ignore?: Facet) =>
    (ignore === "actors" || !actors || actors[at] === 1) &&
    (ignore === "locations" || !locations || locations[at] === 1) &&
    (ignore === "types" || !types || types[at] === 1) &&
    (!rest || rest[at] === 1);

  const events: Event[] = [];
  const counts: Record<Facet, Map<string, number>> = { actors: new Map(), locations: new Map(), types: new Map() };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let at = 0; at < n; at++) {
    const event = index.events[at];
    if (passes(at)) events.push(event);
    if (passes(at, "actors")) for (const id of index.actorsOf[at]) add(counts.actors, id);
    if (passes(at, "locations")) for (const id of index.locationsOf[at]) add(counts.locations, id);
    if (passes(at, "types")) add(counts.types, event.type);
  }
  return { events, counts };
}

/** The date range and the search words, which no count leaves out. */
function restPass(index: FilterIndex, filters: Filters): Uint8Array | null {
  const words = searchWords(filters.q);
  if (!filters.from && !filters.to && words.length === 0) return null;
  const to = filters.to ? nextDay(filters.to) : null;
  const pass = new Uint8Array(index.events.length);
  for (let at = 0; at < pass.length; at++) {
    if (filters.from || to) {
      // an undated event cannot be said to fall inside a range, so a range leaves it out
      const start = index.starts[at];
      if (!start) continue;
      if (filters.from && index.ends[at] <= filters.from) continue;
      if (to && start >= to) continue;
    }
    if (words.length > 0) {
      const text = index.searchText(at);
      if (!words.every((word) => text.includes(word))) continue;
    }
    pass[at] = 1;
  }
  return pass;
}
