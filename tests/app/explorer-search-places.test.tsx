// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isolate } from "../../src/app/ui/isolate";
import { FIXTURE_WITH_PLACES } from "./fixture-places";
import { renderApp, searchParams } from "./render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const list = () => screen.getByRole("region", { name: "Event list" });
const rows = () => within(list()).queryAllByRole("listitem");
const rowNamed = (title: RegExp) => within(list()).getByRole("button", { name: title });

const ready = () => screen.findByRole("region", { name: "Event list" });

describe("search by the names of actors and places", () => {
  it("'Kiev' finds the events at Kyiv, and the list marks Kyiv in the title", async () => {
    const { user } = renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    await user.type(screen.getByRole("textbox", { name: "Search" }), "Kiev");
    expect(rows().map((row) => row.textContent)).toEqual([expect.stringContaining("Zelensky speaks in Kyiv")]);
    expect(within(rowNamed(/Zelensky speaks in Kyiv/)).getAllByRole("mark").map((mark) => mark.textContent)).toEqual(["Kyiv"]);
  });

  it("one spelling of a name finds the actor's events under any spelling, and marks the name", async () => {
    const { user } = renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    await user.type(screen.getByRole("textbox", { name: "Search" }), "witkopf");
    expect(rows()).toHaveLength(3);
    const miami = rowNamed(/Witkoff meets the Ukrainian team in Miami/);
    // in the title and in the row's list of actors
    expect(within(miami).getAllByRole("mark").map((mark) => mark.textContent)).toEqual(["Witkoff", "Steve Witkoff"]);
  });

  it("marks what the search found in the open event's details too: its title and the actor under another spelling", async () => {
    const { user } = renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    await user.type(screen.getByRole("textbox", { name: "Search" }), "witkopf");
    await user.click(rowNamed(/Witkoff meets the Ukrainian team in Miami/));
    const details = await screen.findByRole("region", { name: "Event details" });
    expect(within(details).getAllByRole("mark").map((mark) => mark.textContent)).toEqual(expect.arrayContaining(["Witkoff", "Steve Witkoff"]));
  });

  it("marks nothing without a search", async () => {
    renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    expect(within(list()).queryAllByRole("mark")).toEqual([]);
  });
});

describe("places that lie in others", () => {
  it("the place picker nests a city under its region and the region under its country", async () => {
    renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    const places = within(screen.getByRole("group", { name: "Locations" }));
    expect(within(places.getByRole("list", { name: `In ${isolate("United States")}` })).getByRole("checkbox", { name: "Florida" })).toBeTruthy();
    expect(within(places.getByRole("list", { name: `In ${isolate("Florida")}` })).getByRole("checkbox", { name: "Miami" })).toBeTruthy();
    // a place counts the events inside it
    expect(places.getByRole("checkbox", { name: "Florida", description: "2 events" })).toBeTruthy();
    expect(places.getByRole("checkbox", { name: "United States", description: "2 events" })).toBeTruthy();
  });

  it("choosing Florida lists the events in Miami too", async () => {
    const { user } = renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    await user.click(within(screen.getByRole("group", { name: "Locations" })).getByRole("checkbox", { name: "Florida" }));
    expect(rows().map((row) => row.textContent)).toEqual([expect.stringContaining("Witkoff to meet the Ukrainian team in Florida"), expect.stringContaining("Witkoff meets the Ukrainian team in Miami")]);
    expect(searchParams().getAll("location")).toEqual(["florida"]);
  });

  it("finding a city in the picker shows it under the places it lies in", async () => {
    const { user } = renderApp("/", { body: FIXTURE_WITH_PLACES });
    await ready();
    const places = within(screen.getByRole("group", { name: "Locations" }));
    await user.type(places.getByRole("searchbox", { name: "Find a place" }), "mia");
    expect(places.getAllByRole("checkbox").map((box) => (box as HTMLInputElement).labels?.[0].textContent)).toEqual(["United States", "Florida", "Miami"]);
  });
});
