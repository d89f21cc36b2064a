import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type Filters } from "../../../src/app/explorer-url/explorer-state";
import { corpusOf, facetCounts, filterEvents, wordsToMark } from "../../../src/app/filters/filter-events";
import { FIXTURE_WITH_PLACES, placesWordsOf } from "../fixture-places";
import { FIXTURE, fixtureWordsOf } from "../fixture-timeline";

const ids = (filters: Partial<Filters>, { textsLoaded = true } = {}) => filterEvents(FIXTURE.events, { ...EMPTY_FILTERS, ...filters }, textsLoaded ? { wordsOf: fixtureWordsOf } : {}).map((e) => e.id);

describe("filterEvents", () => {
  it("no filter keeps every event", () => {
    expect(ids({})).toHaveLength(FIXTURE.events.length);
  });
  it("any of the chosen actors, any of the chosen locations, all filters together", () => {
    expect(ids({ actors: ["vladimir-putin", "kremlin"] })).toEqual(["e-meeting", "e-kremlin"]);
    expect(ids({ actors: ["steve-witkoff"], locations: ["florida"] })).toEqual(["e-florida"]);
    expect(ids({ actors: ["steve-witkoff"], types: ["statement"] })).toEqual([]);
  });
  it("a date range keeps what overlaps it, counting a month or year as a whole, and drops the undated", () => {
    expect(ids({ from: "2025-12-03" })).toEqual(["e-kremlin", "e-florida"]);
    expect(ids({ to: "2025-12-01" })).toEqual(["e-florida", "e-budget"]);
    expect(ids({ from: "2024-06-01", to: "2024-06-30" })).toEqual(["e-budget"]);
  });
  it("search needs every word somewhere in the title, excerpts or quotes", () => {
    expect(ids({ q: "aides five" })).toEqual(["e-meeting"]);
    expect(ids({ q: "compromises" })).toEqual(["e-kremlin"]);
    expect(ids({ q: "aides kremlin" })).toEqual([]);
    expect(ids({ q: "<b>the" })).toEqual(["e-budget"]);
  });
  it("'reported by at least' keeps the events that many outlets report, and the counts under it", () => {
    expect(ids({ minOutlets: 2 })).toEqual(["e-meeting"]);
    expect(ids({ minOutlets: 3 })).toEqual([]);
    expect(Object.fromEntries(facetCounts(FIXTURE.events, { ...EMPTY_FILTERS, minOutlets: 2 }, "types"))).toEqual({ meeting: 1 });
  });
  it("until the article texts are in, search reads the titles only", () => {
    expect(ids({ q: "aides five" }, { textsLoaded: false })).toEqual([]);
    expect(ids({ q: "moscow meet" }, { textsLoaded: false })).toEqual(["e-meeting"]);
  });
});

describe("search over the names of actors and places", () => {
  const corpus = { ...corpusOf(FIXTURE_WITH_PLACES), wordsOf: placesWordsOf };
  const found = (q: string) => filterEvents(FIXTURE_WITH_PLACES.events, { ...EMPTY_FILTERS, q }, corpus).map((e) => e.id);

  it("finds the events at a place by any of its spellings: 'Kiev' finds Kyiv", () => {
    expect(found("kiev")).toEqual(["e-kyiv"]);
  });

  it("finds an actor's events by any spelling of the name, though the event's words use another", () => {
    // Witkopf is written nowhere in these events; it is one of Steve Witkoff's spellings
    expect(found("witkopf").sort()).toEqual(["e-florida", "e-meeting", "e-miami"]);
    expect(found("zelenskyy").sort()).toEqual(["e-kyiv", "e-signals"]);
  });

  it("marks the search words, and every name of the actor or place a word found", () => {
    const kyiv = FIXTURE_WITH_PLACES.events.find((e) => e.id === "e-kyiv")!;
    expect(wordsToMark(kyiv, "Kiev speaks", corpus).sort()).toEqual(["kiev", "kyiv", "speaks"]);
    expect(wordsToMark(kyiv, "", corpus)).toEqual([]);
  });
});

describe("places that lie in others", () => {
  const corpus = corpusOf(FIXTURE_WITH_PLACES);
  const at = (locations: string[]) => filterEvents(FIXTURE_WITH_PLACES.events, { ...EMPTY_FILTERS, locations }, corpus).map((e) => e.id);

  it("choosing a region keeps the events in its cities too: Florida includes Miami", () => {
    expect(at(["florida"])).toEqual(["e-florida", "e-miami"]);
    expect(at(["united-states"])).toEqual(["e-florida", "e-miami"]);
    expect(at(["miami"])).toEqual(["e-miami"]);
  });

  it("counts a place's events with those of the places inside it", () => {
    const counts = facetCounts(FIXTURE_WITH_PLACES.events, EMPTY_FILTERS, "locations", corpus);
    expect(Object.fromEntries(counts)).toEqual({ moscow: 1, florida: 2, miami: 1, "united-states": 2, kyiv: 1 });
  });
});

describe("facetCounts", () => {
  it("counts each choice under every other filter but its own", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["kremlin"], types: ["meeting" as const] };
    expect(Object.fromEntries(facetCounts(FIXTURE.events, filters, "actors"))).toEqual({ "vladimir-putin": 1, "steve-witkoff": 2 });
    expect(Object.fromEntries(facetCounts(FIXTURE.events, filters, "types"))).toEqual({ statement: 1 });
  });
});
