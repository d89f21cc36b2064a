import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, type Filters } from "../../../src/app/explorer-url/explorer-state";
import { facetCounts, filterEvents, normalize } from "../../../src/app/filters/filter-events";
import { FIXTURE, fixtureWordsOf } from "../fixture-timeline";

const ids = (filters: Partial<Filters>, { textsLoaded = true } = {}) => filterEvents(FIXTURE.events, { ...EMPTY_FILTERS, ...filters }, textsLoaded ? fixtureWordsOf : undefined).map((e) => e.id);

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

describe("facetCounts", () => {
  it("counts each choice under every other filter but its own", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["kremlin"], types: ["meeting" as const] };
    expect(Object.fromEntries(facetCounts(FIXTURE.events, filters, "actors"))).toEqual({ "vladimir-putin": 1, "steve-witkoff": 2 });
    expect(Object.fromEntries(facetCounts(FIXTURE.events, filters, "types"))).toEqual({ statement: 1 });
  });
});

describe("normalize", () => {
  it("folds case, accents and curly quotes", () => {
    expect(normalize("Zelenskyy’s “Café”")).toBe(`zelenskyy's "cafe"`);
  });
});
