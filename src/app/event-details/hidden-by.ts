import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { EMPTY_FILTERS, type Filters } from "../explorer-url/explorer-state";

/** Whether an event passes filters; the filters feature owns the rule, the app hands it down. */
export type MatchesFilters = (event: Event, filters: Filters) => boolean;

/** One part of the filters, named as the filters panel names it, and what clears it. */
export interface FilterPart {
  name: string;
  clear: Partial<Filters>;
}

const PARTS: FilterPart[] = [
  { name: "Search", clear: { q: "" } },
  { name: "Event types", clear: { types: [] } },
  { name: "Date range", clear: { from: null, to: null } },
  { name: "Reported by at least", clear: { minOutlets: 1 } },
  { name: "Actors", clear: { actors: [] } },
  { name: "Locations", clear: { locations: [] } },
];

/** The parts of the filters that hide an event, each of which alone would hide it; none when
 *  the event passes them. The parts combine with "and", so clearing these shows the event. */
export function filtersHiding(event: Event, filters: Filters, matches: MatchesFilters): FilterPart[] {
  if (matches(event, filters)) return [];
  return PARTS.filter(({ clear }) => {
    const only = { ...EMPTY_FILTERS, ...Object.fromEntries(Object.keys(clear).map((key) => [key, filters[key as keyof Filters]])) };
    return !matches(event, only);
  });
}
