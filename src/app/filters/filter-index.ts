import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { eventPeriod, nextDay } from "../events/event-period";
import type { Filters } from "../explorer-url/explorer-state";
import { searchableText, searchWords, type Corpus, type Facet } from "./filter-events";

/** The events in a shape that filters fast, built once per load: for each actor, location and
 *  type the positions of its events (positions in date order), each event's period, and each
 *  event's search text, folded on the first search rather than at load. */
export interface FilterIndex {
  events: readonly Event[];
  byActor: ReadonlyMap<string, readonly number[]>;
  byLocation: ReadonlyMap<string, readonly number[]>;
  byType: ReadonlyMap<string, readonly number[]>;
  /** Each event's actors, locations and type without repeats, as numbers, for the counts: a
   *  count is then an array slot, not a Map entry (80,000 events make that tens of ms). */
  facets: Record<Facet, PackedFacet>;
  /** YYYY-MM-DD start and exclusive end per position; "" for an undated event. */
  starts: readonly string[];
  ends: readonly string[];
  searchText(position: number): string;
}

/** The values of one facet: value `values[i]` for each i in offsets[at]..offsets[at + 1]. */
interface PackedFacet {
  names: string[];
  offsets: Uint32Array;
  values: Uint32Array;
}

/** Numbers a facet's values as it meets them and notes, for each event, its values (without
 *  repeats) and, for each value, its events' positions: one pass, no list per event. */
function facetBuilder(count: number) {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const positions: number[][] = [];
  const offsets = new Uint32Array(count + 1);
  const values: number[] = [];
  return {
    add(at: number, list: readonly string[]) {
      for (const name of list) {
        let number = numbers.get(name);
        if (number === undefined) {
          number = names.push(name) - 1;
          numbers.set(name, number);
          positions.push([]);
        }
        if (repeats(values, offsets[at], number)) continue;
        values.push(number);
        positions[number].push(at);
      }
      offsets[at + 1] = values.length;
    },
    done(): { facet: PackedFacet; byValue: Map<string, number[]> } {
      return { facet: { names, offsets, values: Uint32Array.from(values) }, byValue: new Map(names.map((name, number) => [name, positions[number]])) };
    },
  };
}

/** Whether `number` is among values[from..]: an event's own few values. */
function repeats(values: readonly number[], from: number, number: number): boolean {
  for (let i = from; i < values.length; i++) if (values[i] === number) return true;
  return false;
}

/** Everything but the search text, which alone depends on the article texts: built once per
 *  load, not again when the texts arrive. An event is indexed under every place its places lie
 *  in, so choosing Florida finds the events at Miami, and Florida's count includes them. */
export function indexFacets(events: readonly Event[], corpus: Pick<Corpus, "placesAround"> = {}): Omit<FilterIndex, "searchText"> {
  const { placesAround } = corpus;
  const n = events.length;
  const starts = new Array<string>(n);
  const ends = new Array<string>(n);
  const actors = facetBuilder(n);
  const locations = facetBuilder(n);
  const types = facetBuilder(n);
  for (let at = 0; at < n; at++) {
    const event = events[at];
    actors.add(at, event.actorIds);
    // add() keeps each place once, where two of the event's places lie in one country
    locations.add(at, placesAround && event.locationIds.length > 0 ? event.locationIds.flatMap(placesAround) : event.locationIds);
    types.add(at, [event.type]);
    const period = eventPeriod(event);
    starts[at] = period?.start ?? "";
    ends[at] = period?.end ?? "";
  }
  const [a, l, t] = [actors.done(), locations.done(), types.done()];
  return { events, byActor: a.byValue, byLocation: l.byValue, byType: t.byValue, facets: { actors: a.facet, locations: l.facet, types: t.facet }, starts, ends };
}

/** The index with each event's search text, folded on the first search that reads it.
 *  `wordsOf` (the article texts) lets a search read the excerpts and quotes too; until the
 *  texts are loaded it reads the titles and the names. */
export function withSearchText(index: Omit<FilterIndex, "searchText">, corpus: Pick<Corpus, "wordsOf" | "namesOf"> = {}): FilterIndex {
  const texts: (string | undefined)[] = new Array(index.events.length);
  const searchText = (at: number) => (texts[at] ??= searchableText(index.events[at], corpus));
  return { ...index, searchText };
}

export interface FilterResult {
  /** The events that pass every filter, in date order. */
  events: Event[];
  /** Per facet, how many events each value would show given every other filter. */
  counts: Record<Facet, Map<string, number>>;
}

/** The same answer as filterEvents and facetCounts, from the index: each filter marks the
 *  positions it passes once, and one pass over the events reads those marks for the list and
 *  every count, instead of one full match per event per facet. */
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
  // with no filter on, the answer is the same every time: the whole timeline, to which every
  // filter taken off returns, costs one pass over the events per load, not one per return
  const unfiltered = !actors && !locations && !types && !rest;
  const known = unfiltered ? unfilteredResults.get(index) : undefined;
  if (known) return known;

  const events: Event[] = [];
  const tallies = { actors: new Uint32Array(index.facets.actors.names.length), locations: new Uint32Array(index.facets.locations.names.length), types: new Uint32Array(index.facets.types.names.length) };
  const tally = (facet: Facet, at: number) => {
    const { offsets, values } = index.facets[facet];
    const counts = tallies[facet];
    for (let i = offsets[at]; i < offsets[at + 1]; i++) counts[values[i]]++;
  };
  // with no filter on, the result is the index's own list: the same array every time, so the
  // views can keep what they made of it (the whole timeline is the view users come back to)
  for (let at = 0; at < n; at++) {
    // each facet's count leaves that facet's own filter out
    const a = !actors || actors[at] === 1;
    const l = !locations || locations[at] === 1;
    const t = !types || types[at] === 1;
    if (rest && rest[at] !== 1) continue;
    if (!unfiltered && a && l && t) events.push(index.events[at]);
    if (l && t) tally("actors", at);
    if (a && t) tally("locations", at);
    if (a && l) tally("types", at);
  }
  const counts = {} as Record<Facet, Map<string, number>>;
  for (const facet of ["actors", "locations", "types"] as const) {
    const map = new Map<string, number>();
    tallies[facet].forEach((count, number) => count > 0 && map.set(index.facets[facet].names[number], count));
    counts[facet] = map;
  }
  const result = { events: unfiltered ? (index.events as Event[]) : events, counts };
  if (unfiltered) unfilteredResults.set(index, result);
  return result;
}

const unfilteredResults = new WeakMap<FilterIndex, FilterResult>();

/** The date range, the outlets and the search words, which no count leaves out. */
function restPass(index: FilterIndex, filters: Filters): Uint8Array | null {
  const words = searchWords(filters.q);
  const { minOutlets } = filters;
  if (!filters.from && !filters.to && minOutlets <= 1 && words.length === 0) return null;
  const to = filters.to ? nextDay(filters.to) : null;
  const pass = new Uint8Array(index.events.length);
  for (let at = 0; at < pass.length; at++) {
    if (minOutlets > 1 && index.events[at].reportedBy.outlets.length < minOutlets) continue;
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
