import { describe, expect, it } from "vitest";
import { filtersHiding } from "../../../src/app/event-details/hidden-by";
import { EMPTY_FILTERS } from "../../../src/app/explorer-url/explorer-state";
import { matchesFilters } from "../../../src/app/filters/filter-events";
import { FIXTURE } from "../fixture-timeline";

const event = (id: string) => FIXTURE.events.find((e) => e.id === id)!;
const matches = (e: Parameters<typeof matchesFilters>[0], f: typeof EMPTY_FILTERS) => matchesFilters(e, f);
const hiding = (id: string, filters: Partial<typeof EMPTY_FILTERS>) => filtersHiding(event(id), { ...EMPTY_FILTERS, ...filters }, matches).map((p) => p.name);

describe("the filters that hide an event", () => {
  it("are none when the event passes them", () => {
    expect(hiding("e-meeting", { actors: ["steve-witkoff"], types: ["meeting"], from: "2025-12-01" })).toEqual([]);
  });

  it("are each part that alone leaves the event out", () => {
    expect(hiding("e-kremlin", { actors: ["steve-witkoff"], types: ["meeting"], from: "2025-12-01", minOutlets: 2, q: "Moscow" })).toEqual(["Search", "Event types", "Reported by at least", "Actors"]);
    // an undated event is outside any date range
    expect(hiding("e-signals", { to: "2030-01-01", locations: ["moscow"] })).toEqual(["Date range", "Locations"]);
  });

  it("clear, together, to filters that show the event", () => {
    const filters = { ...EMPTY_FILTERS, actors: ["kremlin", "steve-witkoff"], types: ["meeting" as const], from: "2025-12-01", to: "2025-12-02" };
    const parts = filtersHiding(event("e-kremlin"), filters, matches);
    const cleared = { ...filters, ...Object.assign({}, ...parts.map((p) => p.clear)) };
    expect(matchesFilters(event("e-kremlin"), cleared)).toBe(true);
    expect(cleared.actors).toEqual(["kremlin", "steve-witkoff"]);
  });
});
