// @vitest-environment happy-dom
import { act, cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp, searchParams } from "./render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const listedTitles = () =>
  within(screen.getByRole("region", { name: "Event list" }))
    .queryAllByRole("listitem")
    .map((item) => item.querySelector(".event-row-title")?.textContent);

async function ready() {
  return screen.findByRole("region", { name: "Event list" });
}

describe("filters", () => {
  it("lists every event in date order with the undated last, titles as plain text", async () => {
    renderApp();
    await ready();
    expect(listedTitles()).toEqual([
      "A review of <b>the budget</b>",
      // December as a whole starts before its 2nd day
      "Witkoff to meet the Ukrainian team in Florida",
      "Putin and Witkoff meet in Moscow",
      "Kremlin: “compromises have not yet been found”",
      "Zelensky: “waiting for signals”",
    ]);
  });

  it("choosing a person leaves only their events and puts them in the URL", async () => {
    const { user } = renderApp();
    await ready();
    await user.click(within(screen.getByRole("group", { name: "Actors" })).getByRole("checkbox", { name: "Vladimir Putin" }));
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow"]);
    expect(searchParams().getAll("actor")).toEqual(["vladimir-putin"]);
  });

  it("several actors show the events of any of them; other filters narrow all together", async () => {
    const { user } = renderApp();
    await ready();
    const actors = within(screen.getByRole("group", { name: "Actors" }));
    await user.click(actors.getByRole("checkbox", { name: "Vladimir Putin" }));
    await user.click(actors.getByRole("checkbox", { name: "Kremlin" }));
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow", "Kremlin: “compromises have not yet been found”"]);
    await user.click(within(screen.getByRole("group", { name: "Event types" })).getByRole("checkbox", { name: "Statement" }));
    expect(listedTitles()).toEqual(["Kremlin: “compromises have not yet been found”"]);
    expect(searchParams().toString()).toBe("actor=vladimir-putin&actor=kremlin&type=statement");
  });

  it("the location picker filters by place", async () => {
    const { user } = renderApp();
    await ready();
    await user.click(within(screen.getByRole("group", { name: "Locations" })).getByRole("checkbox", { name: "Florida" }));
    expect(listedTitles()).toEqual(["Witkoff to meet the Ukrainian team in Florida"]);
    expect(searchParams().getAll("location")).toEqual(["florida"]);
  });

  it("pickers find choices by name or alias and show how many events each would give", async () => {
    const { user } = renderApp();
    await ready();
    const actors = within(screen.getByRole("group", { name: "Actors" }));
    expect(actors.getByRole("checkbox", { name: "Steve Witkoff", description: "2 events" })).toBeTruthy();
    expect(actors.getByRole("checkbox", { name: "Kremlin", description: "1 event" })).toBeTruthy();
    await user.type(actors.getByRole("searchbox", { name: "Find a name" }), "witkopf");
    expect(actors.getAllByRole("checkbox").map((box) => (box as HTMLInputElement).labels?.[0].textContent)).toEqual(["Steve Witkoff"]);
    await user.clear(actors.getByRole("searchbox", { name: "Find a name" }));
    // the counts follow the other filters
    await user.click(within(screen.getByRole("group", { name: "Event types" })).getByRole("checkbox", { name: "Meeting" }));
    expect(actors.getByRole("checkbox", { name: "Steve Witkoff", description: "2 events" })).toBeTruthy();
    expect(actors.getByRole("checkbox", { name: "Kremlin", description: "0 events" })).toBeTruthy();
  });

  it("searches titles, excerpts and quotes, ignoring case, accents and curly quotes", async () => {
    const { user } = renderApp();
    await ready();
    const search = screen.getByRole("textbox", { name: "Search" });
    await user.type(search, "FIVE hours");
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow"]);
    expect(searchParams().get("q")).toBe("FIVE hours");
    await user.clear(search);
    await user.type(search, "waiting for");
    expect(listedTitles()).toEqual(["Zelensky: “waiting for signals”"]);
    await user.clear(search);
    await user.type(search, "ukraine's");
    expect(listedTitles()).toEqual(["Zelensky: “waiting for signals”"]);
  });

  it("a date range keeps events whose date overlaps it (a month counts) and leaves out the undated", async () => {
    const { user } = renderApp("/?from=2025-12-03&to=2025-12-31");
    await ready();
    expect(listedTitles()).toEqual(["Witkoff to meet the Ukrainian team in Florida", "Kremlin: “compromises have not yet been found”"]);
    expect(screen.getByLabelText("From")).toHaveProperty("value", "2025-12-03");
    await user.clear(screen.getByLabelText("From"));
    expect(searchParams().get("from")).toBeNull();
  });

  it("'Reported by at least' 2 outlets keeps the events two outlets report, and puts it in the URL", async () => {
    const { user } = renderApp();
    await ready();
    const outlets = screen.getByRole("combobox", { name: "Reported by at least" });
    expect(within(outlets).getAllByRole("option").map((o) => o.textContent)).toEqual(["1 outlet", "2 outlets", "3 outlets"]);
    await user.selectOptions(outlets, "2 outlets");
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow"]);
    expect(searchParams().get("minOutlets")).toBe("2");
    await user.selectOptions(outlets, "3 outlets");
    expect(listedTitles()).toEqual([]);
    await user.selectOptions(outlets, "1 outlet");
    expect(listedTitles()).toHaveLength(5);
    expect(searchParams().has("minOutlets")).toBe(false);
  });

  it("the list sorts by date or with the most reported first, in the URL as sort=reported; the timeline keeps every event", async () => {
    const { user } = renderApp();
    await ready();
    const sort = within(screen.getByRole("region", { name: "Event list" })).getByRole("combobox", { name: "Sort" });
    expect(sort).toHaveProperty("value", "date");
    await user.selectOptions(sort, "Most reported");
    expect(listedTitles()).toEqual([
      "Putin and Witkoff meet in Moscow",
      // the rest as before, in date order
      "A review of <b>the budget</b>",
      "Witkoff to meet the Ukrainian team in Florida",
      "Kremlin: “compromises have not yet been found”",
      "Zelensky: “waiting for signals”",
    ]);
    expect(searchParams().get("sort")).toBe("reported");
    await user.selectOptions(sort, "Date");
    expect(listedTitles()[0]).toBe("A review of <b>the budget</b>");
    expect(searchParams().has("sort")).toBe(false);
  });

  it("a shared link with sort and minOutlets opens sorted and filtered; Clear all keeps the order", async () => {
    const { user } = renderApp("/?minOutlets=2&sort=reported");
    await ready();
    expect(screen.getByRole("combobox", { name: "Reported by at least" })).toHaveProperty("value", "2");
    expect(screen.getByRole("combobox", { name: "Sort" })).toHaveProperty("value", "reported");
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow"]);
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(window.location.search).toBe("?sort=reported");
    expect(listedTitles()[0]).toBe("Putin and Witkoff meet in Moscow");
  });

  it("Clear all empties every filter and keeps the open event", async () => {
    const { user } = renderApp("/?actor=kremlin&type=statement&q=found&from=2025-01-01&event=e-kremlin");
    await ready();
    expect(listedTitles()).toEqual(["Kremlin: “compromises have not yet been found”"]);
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(listedTitles()).toHaveLength(5);
    expect(window.location.search).toBe("?event=e-kremlin");
    expect(screen.getByRole("button", { name: "Clear all" })).toHaveProperty("disabled", true);
  });

  it("opens a shared URL in the same view and follows back and forward", async () => {
    const { user } = renderApp("/?actor=steve-witkoff&type=meeting");
    await ready();
    const actors = within(screen.getByRole("group", { name: "Actors" }));
    expect(actors.getByRole("checkbox", { name: "Steve Witkoff" })).toHaveProperty("checked", true);
    expect(within(screen.getByRole("group", { name: "Event types" })).getByRole("checkbox", { name: "Meeting" })).toHaveProperty("checked", true);
    expect(listedTitles()).toEqual(["Witkoff to meet the Ukrainian team in Florida", "Putin and Witkoff meet in Moscow"]);

    await user.click(within(screen.getByRole("group", { name: "Locations" })).getByRole("checkbox", { name: "Moscow" }));
    expect(listedTitles()).toEqual(["Putin and Witkoff meet in Moscow"]);
    await act(async () => {
      const popped = new Promise((done) => window.addEventListener("popstate", done, { once: true }));
      window.history.back();
      await popped;
    });
    expect(searchParams().getAll("location")).toEqual([]);
    expect(listedTitles()).toEqual(["Witkoff to meet the Ukrainian team in Florida", "Putin and Witkoff meet in Moscow"]);
  });
});
