import { describe, expect, it } from "vitest";
import { formatExplorerState, hasFilters, parseExplorerState } from "../../../src/app/explorer-url/explorer-state";

describe("the explorer's URL state", () => {
  it("reads repeatable actor, location and type, the date range, the search and the event", () => {
    expect(parseExplorerState("?actor=a&actor=b&location=moscow&type=meeting&type=statement&from=2025-12-01&to=2025-12-31&q=signals&event=e1&lanes=actor")).toEqual({
      actors: ["a", "b"],
      locations: ["moscow"],
      types: ["meeting", "statement"],
      from: "2025-12-01",
      to: "2025-12-31",
      q: "signals",
      minOutlets: 1,
      event: "e1",
      sort: "date",
      lanes: "actor",
      view: "timeline",
      read: null,
    });
  });

  it("reads and writes the view, timeline when absent or unknown, and leaves it out of filters", () => {
    expect(parseExplorerState("?view=map").view).toBe("map");
    expect(parseExplorerState("?view=network&actor=a").view).toBe("network");
    for (const bad of ["", "?view=globe", "?view=Map"]) expect(parseExplorerState(bad).view).toBe("timeline");
    expect(formatExplorerState({ ...parseExplorerState("?actor=a"), view: "map" })).toBe("?actor=a&view=map");
    expect(formatExplorerState(parseExplorerState("?view=timeline"))).toBe("");
    expect(hasFilters(parseExplorerState("?view=map"))).toBe(false);
  });

  it("reads and writes the list's order and the least number of outlets, leaving the defaults out", () => {
    const state = parseExplorerState("?sort=reported&minOutlets=2&type=meeting");
    expect(state).toMatchObject({ sort: "reported", minOutlets: 2 });
    expect(formatExplorerState(state)).toBe("?type=meeting&minOutlets=2&sort=reported");
    expect(formatExplorerState(parseExplorerState(formatExplorerState(state)))).toBe(formatExplorerState(state));
    expect(formatExplorerState({ ...state, sort: "date", minOutlets: 1 })).toBe("?type=meeting");
    for (const bad of ["?sort=loudest", "?minOutlets=0", "?minOutlets=7", "?minOutlets=two", "?minOutlets=2.5"]) expect(parseExplorerState(bad)).toMatchObject({ sort: "date", minOutlets: 1 });
    expect(hasFilters(parseExplorerState("?minOutlets=3"))).toBe(true);
    expect(hasFilters(parseExplorerState("?sort=reported"))).toBe(false);
  });

  it("reads and writes the passage open in the reader, and drops one it cannot place", () => {
    const state = parseExplorerState("?event=e1&read=004_wire&at=120-180");
    expect(state.read).toEqual({ articleId: "004_wire", start: 120, end: 180 });
    expect(formatExplorerState(state)).toBe("?event=e1&read=004_wire&at=120-180");
    for (const bad of ["?read=a1", "?read=a1&at=180-120", "?read=a1&at=12", "?at=1-2", "?read=a1&at=-1-5"]) expect(parseExplorerState(bad).read).toBeNull();
  });

  it("drops what cannot mean anything instead of failing on a hand-edited link", () => {
    const state = parseExplorerState("?type=party&type=meeting&from=2025-02-31&to=yesterday&lanes=sideways&actor=&actor=a&actor=a");
    expect(state).toMatchObject({ types: ["meeting"], from: null, to: null, lanes: "none", actors: ["a"] });
  });

  it("writes the same link for the same view, and nothing for the empty view", () => {
    const state = parseExplorerState("?q=x&type=meeting&actor=b&actor=a");
    expect(formatExplorerState(state)).toBe("?actor=b&actor=a&type=meeting&q=x");
    expect(formatExplorerState(parseExplorerState(formatExplorerState(state)))).toBe(formatExplorerState(state));
    expect(formatExplorerState(parseExplorerState(""))).toBe("");
  });

  it("knows when any filter is on", () => {
    expect(hasFilters(parseExplorerState("?event=e1&lanes=type"))).toBe(false);
    expect(hasFilters(parseExplorerState("?to=2025-01-01"))).toBe(true);
    expect(hasFilters(parseExplorerState("?q=%20"))).toBe(false);
  });
});
