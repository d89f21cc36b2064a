import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type Filters } from "../../../src/app/explorer-url/explorer-state";
import { facetCounts, filterEvents } from "../../../src/app/filters/filter-events";
import { applyFilters, indexFacets, withSearchText } from "../../../src/app/filters/filter-index";
import { corpusOf } from "../../../src/app/filters/filter-events";
import { FIXTURE_WITH_PLACES, placesWordsOf } from "../fixture-places";

const CASES: Partial<Filters>[] = [
  {},
  { actors: ["vladimir-putin", "kremlin"] },
  { actors: ["steve-witkoff"], locations: ["florida"] },
  { actors: ["kremlin"], types: ["meeting"] },
  { from: "2025-12-03" },
  { to: "2025-12-01" },
  { from: "2024-06-01", to: "2024-06-30" },
  { q: "aides five" },
  { q: "<b>the" },
  { q: "compromises", types: ["statement"] },
  { minOutlets: 2 },
  { minOutlets: 2, actors: ["steve-witkoff"] },
  { minOutlets: 3 },
  { locations: ["florida"] },
  { locations: ["united-states"], types: ["meeting"] },
  { locations: ["miami", "moscow"] },
  { q: "kiev" },
  { q: "witkopf", locations: ["florida"] },
];

const EVENTS = FIXTURE_WITH_PLACES.events;
const CORPUS = { ...corpusOf(FIXTURE_WITH_PLACES), wordsOf: placesWordsOf };

describe("applyFilters", () => {
  it.each(CASES)("gives the same events and counts as matching each event one by one: %j", (partial) => {
    const filters = { ...EMPTY_FILTERS, ...partial };
    const result = applyFilters(withSearchText(indexFacets(EVENTS, CORPUS), CORPUS), filters);
    expect(result.events.map((e) => e.id)).toEqual(filterEvents(EVENTS, filters, CORPUS).map((e) => e.id));
    for (const facet of ["actors", "locations", "types"] as const) expect(result.counts[facet]).toEqual(facetCounts(EVENTS, filters, facet, CORPUS));
  });
});
