import type { ExplorerActor as Actor, ExplorerEvent as Event, ExplorerLocation as Location } from "../../model/explorer-data";
import { eventPeriod, nextDay } from "../events/event-period";
import type { Filters } from "../explorer-url/explorer-state";
import { foldText } from "../ui/fold-text";

export type Facet = "actors" | "locations" | "types";

/** The words of an event's excerpts and quotes, from the article texts; a search without it
 *  reads the titles and names only. */
export type WordsOf = (event: Event) => readonly string[];

/** What filtering knows of the corpus besides the events themselves. */
export interface Corpus {
  wordsOf?: WordsOf;
  /** Each of an event's actors and places, as all its names: the name shown and every spelling
   *  the articles use, so that "Kiev" finds the events at Kyiv. */
  namesOf?(event: Event): readonly (readonly string[])[];
  /** A location's id and the ids of the locations it lies in, innermost first: an event in
   *  Miami is an event in Florida and in the United States too. */
  placesAround?(locationId: string): readonly string[];
}

/** The names and the nesting of places of a timeline's actors and locations. */
export function corpusOf({ actors, locations }: { actors: readonly Actor[]; locations: readonly Location[] }): Required<Pick<Corpus, "namesOf" | "placesAround">> {
  const names = new Map<string, readonly string[]>();
  for (const entity of [...actors, ...locations]) names.set(entity.id, [entity.name, ...entity.aliases]);
  const within = new Map(locations.map((l) => [l.id, l.within]));
  const around = new Map<string, string[]>();
  const placesAround = (id: string): string[] => {
    let chain = around.get(id);
    if (!chain) {
      const parent = within.get(id);
      // the schema refuses places that lie within themselves, so the chain ends
      chain = [id, ...(parent === undefined ? [] : placesAround(parent))];
      around.set(id, chain);
    }
    return chain;
  };
  return {
    namesOf: (event) => [...event.actorIds, ...event.locationIds].map((id) => names.get(id) ?? []),
    placesAround,
  };
}

/** The event's locations and every location they lie in, each once. */
export function locationsAround(event: Event, corpus: Corpus = {}): readonly string[] {
  const { placesAround } = corpus;
  if (!placesAround) return event.locationIds;
  return [...new Set(event.locationIds.flatMap((id) => placesAround(id)))];
}

/** What a search looks through: the title, the names of the actors and places, and the
 *  excerpts and quotes once their words are known. */
export function searchableText(event: Event, corpus: Corpus = {}): string {
  const parts = [event.title, ...(corpus.namesOf?.(event).flat() ?? []), ...(corpus.wordsOf?.(event) ?? [])];
  return foldText(parts.join("\n"));
}

/** The words to mark in an event's title and names for a search: the search's own words, and
 *  every name of an actor or place that one of them found ("Kiev" marks "Kyiv"). Folded. */
export function wordsToMark(event: Event, q: string, corpus: Corpus = {}): string[] {
  const words = searchWords(q);
  if (words.length === 0) return [];
  const marks = new Set(words);
  for (const names of corpus.namesOf?.(event) ?? []) {
    const folded = names.map(foldText);
    if (words.some((word) => folded.some((name) => name.includes(word)))) for (const name of folded) marks.add(name);
  }
  return [...marks];
}

/** Whether an event passes every filter: any of the chosen actors, any of the chosen locations
 *  (or a place inside one), any of the chosen types, a date period that overlaps from..to,
 *  reported by at least minOutlets outlets, and every search word found in its title, names,
 *  excerpts or quotes. `ignore` leaves one facet out, for that facet's counts. */
export function matchesFilters(event: Event, filters: Filters, ignore?: Facet, corpus: Corpus = {}): boolean {
  if (ignore !== "actors" && filters.actors.length > 0 && !event.actorIds.some((id) => filters.actors.includes(id))) return false;
  if (ignore !== "locations" && filters.locations.length > 0 && !locationsAround(event, corpus).some((id) => filters.locations.includes(id))) return false;
  if (ignore !== "types" && filters.types.length > 0 && !filters.types.includes(event.type)) return false;
  if (event.reportedBy.outlets.length < filters.minOutlets) return false;
  if (filters.from || filters.to) {
    // an undated event cannot be said to fall inside a range, so a range leaves it out
    const period = eventPeriod(event);
    if (!period) return false;
    if (filters.from && period.end <= filters.from) return false;
    if (filters.to && period.start >= nextDay(filters.to)) return false;
  }
  const words = searchWords(filters.q);
  if (words.length > 0) {
    const haystack = searchableText(event, corpus);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterEvents(events: readonly Event[], filters: Filters, corpus: Corpus = {}): Event[] {
  return events.filter((e) => matchesFilters(e, filters, undefined, corpus));
}

/** How many events each value of a facet would show, given every other filter: the numbers
 *  a picker shows beside its choices. A place counts the events inside it too. */
export function facetCounts(events: readonly Event[], filters: Filters, facet: Facet, corpus: Corpus = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!matchesFilters(event, filters, facet, corpus)) continue;
    const values = facet === "actors" ? event.actorIds : facet === "locations" ? locationsAround(event, corpus) : [event.type];
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function searchWords(q: string): string[] {
  return foldText(q).split(/\s+/).filter(Boolean);
}
