// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Timeline } from "../../src/model/timeline";
import { FIXTURE_WITH_PLACES } from "./fixture-places";
import { renderApp, searchParams } from "./render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// Moscow and Miami with their points; Florida without one (it stands at the United States'
// centre), Kyiv with none and in nothing (off the map)
const POINTS: Record<string, { lat: number; lon: number }> = { moscow: { lat: 55.75, lon: 37.62 }, miami: { lat: 25.77, lon: -80.19 } };
const WITH_POINTS: Timeline = { ...FIXTURE_WITH_PLACES, locations: FIXTURE_WITH_PLACES.locations.map((l) => ({ ...l, ...POINTS[l.id] })) };
const eventsAt = (id: string) => WITH_POINTS.events.filter((e) => e.locationIds.includes(id)).length;
const countText = (n: number) => `${n} ${n === 1 ? "event" : "events"}`;

const rows = () => within(screen.getByRole("region", { name: "Event list" })).queryAllByRole("listitem");

describe("the view switch", () => {
  it("shows the timeline by default, and the map and the network when chosen, in the URL as view=", async () => {
    const { user } = renderApp("/", { body: WITH_POINTS });
    const views = await screen.findByRole("radiogroup", { name: "View" });
    expect(within(views).getByRole<HTMLInputElement>("radio", { name: "Timeline" }).checked).toBe(true);
    expect(screen.getByRole("region", { name: "Timeline" })).toBeTruthy();

    await user.click(within(views).getByRole("radio", { name: "Map" }));
    expect(searchParams().get("view")).toBe("map");
    expect(await screen.findByRole("region", { name: "Map" }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Timeline" })).toBeNull();
    // the list stays beside every view
    expect(screen.getByRole("region", { name: "Event list" })).toBeTruthy();

    await user.click(within(views).getByRole("radio", { name: "Network" }));
    expect(searchParams().get("view")).toBe("network");
    expect(await screen.findByRole("region", { name: "Actor network" }, { timeout: 10_000 })).toBeTruthy();

    await user.click(within(views).getByRole("radio", { name: "Timeline" }));
    expect(searchParams().has("view")).toBe(false);
  });
});

describe("the map", () => {
  it("names each place by its count, lists the place off the map, and filters by a place when it is chosen", async () => {
    const { user } = renderApp("/?view=map", { body: WITH_POINTS });
    const map = await screen.findByRole("region", { name: "Map" }, { timeout: 10_000 });
    const moscow = `Moscow, ${countText(eventsAt("moscow"))}`;
    // a mark on the map and an entry in the list of places
    expect(within(map).getAllByRole("button", { name: moscow }).length).toBeGreaterThanOrEqual(1);
    const places = within(map).getByRole("heading", { name: "Places" }).parentElement!;
    expect(within(places).getByRole("button", { name: `Kyiv, ${countText(eventsAt("kyiv"))}` }).parentElement?.textContent).toContain("not on the map");
    expect(within(places).getByRole("button", { name: `Florida, ${countText(eventsAt("florida"))}` }).parentElement?.textContent).toContain("shown at United States");

    await user.click(within(places).getByRole("button", { name: moscow }));
    expect(searchParams().getAll("location")).toEqual(["moscow"]);
    expect(rows()).toHaveLength(eventsAt("moscow"));
    expect(within(places).getByRole("button", { name: moscow }).getAttribute("aria-pressed")).toBe("true");
  });

  it("filters by a place from its mark, with the keyboard", async () => {
    const { user } = renderApp("/?view=map", { body: WITH_POINTS });
    const map = await screen.findByRole("region", { name: "Map" }, { timeout: 10_000 });
    const mark = within(map).getAllByRole("button", { name: `Miami, ${countText(eventsAt("miami"))}` })[0];
    mark.focus();
    await user.keyboard("{Enter}");
    expect(searchParams().getAll("location")).toEqual(["miami"]);
    expect(rows()).toHaveLength(eventsAt("miami"));
  });

  it("marks the open event's places", async () => {
    renderApp("/?view=map&event=e-miami", { body: WITH_POINTS });
    const map = await screen.findByRole("region", { name: "Map" }, { timeout: 10_000 });
    const places = within(map).getByRole("heading", { name: "Places" }).parentElement!;
    expect(within(places).getByRole("button", { name: /^Miami, / }).parentElement?.textContent).toContain("in the open event");
    expect(within(places).getByRole("button", { name: /^Moscow, / }).parentElement?.textContent).not.toContain("in the open event");
  });

  it("pans and zooms from labelled buttons", async () => {
    const { user } = renderApp("/?view=map", { body: WITH_POINTS });
    const map = await screen.findByRole("region", { name: "Map" }, { timeout: 10_000 });
    for (const name of ["Zoom in", "Zoom out", "Pan left", "Pan right", "Pan up", "Pan down", "Fit the places"]) await user.click(within(map).getByRole("button", { name }));
    expect(within(map).getAllByRole("button", { name: /^Moscow, / }).length).toBeGreaterThanOrEqual(1);
  });
});
