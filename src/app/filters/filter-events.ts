import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { eventPeriod, nextDay } from "../events/event-period";
import type { Filters } from "../explorer-url/explorer-state";

export type Facet = "actors" | "locations" | "types";

/** The words of an event's excerpts and quotes, from the article texts; a search without it
 *  reads the titles only. */
export type WordsOf = (event: Event) => readonly string[];

/** What a search looks through: the title, and the excerpts and quotes once their words are known. */
export function searchableText(event: Event, wordsOf?: WordsOf): string {
  const parts = [event.title, ...(wordsOf?.(event) ?? [])];
  return normalize(parts.join("\n"));
}

/** Whether an event passes every filter: any of the chosen actors, any of the chosen locations,
 *  any of the chosen types, a date period that overlaps from..to, reported by at least
 *  minOutlets outlets, and every search word found in its title, excerpts or quotes. `ignore` leaves one facet out, for that facet's counts. */
export function matchesFilters(event: Event, filters: Filters, ignore?: Facet, wordsOf?: WordsOf): boolean {
  if (ignore !== "actors" && filters.actors.length > 0 && !event.actorIds.some((id) => filters.actors.includes(id))) return false;
  if (ignore !== "locations" && filters.locations.length > 0 && !event.locationIds.some((id) => filters.locations.includes(id))) return false;
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
    const haystack = searchableText(event, wordsOf);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterEvents(events: readonly Event[], filters: Filters, wordsOf?: WordsOf): Event[] {
  return events.filter((e) => matchesFilters(e, filters, undefined, wordsOf));
}

/** How many events each value of a facet would show, given every other filter: the numbers
 *  a picker shows beside its choices. */
export function facetCounts(events: readonly Event[], filters: Filters, facet: Facet, wordsOf?: WordsOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (!matchesFilters(event, filters, facet, wordsOf)) continue;
    const values = facet === "actors" ? event.actorIds : facet === "locations" ? event.locationIds : [event.type];
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function searchWords(q: string): string[] {
  return normalize(q).split(/\s+/).filter(Boolean);
}

/** Lower case, accents and curly quotes folded, so "zelenskyy's" finds “Zelenskyy’s”. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLowerCase();
}
