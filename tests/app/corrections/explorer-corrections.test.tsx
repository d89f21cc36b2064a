// @vitest-environment happy-dom
import "fake-indexeddb/auto";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearKept } from "../../../src/app/corrections/corrections-store";
import { Corrections } from "../../../src/model/corrections";
import { FIXTURE } from "../fixture-timeline";
import { renderApp } from "../render-app";

beforeEach(async () => {
  await clearKept();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const list = () => within(screen.getByRole("region", { name: "Event list" }));
const details = () => within(screen.getByRole("region", { name: "Event details" }));
const panel = () => within(screen.getByRole("region", { name: "Your corrections" }));
const listed = () => list().queryAllByRole("button").map((b) => b.textContent ?? "");
const saved = () => waitFor(() => expect(panel().getByRole("status").textContent).toMatch(/Saved in this browser\./));

describe("correcting the timeline in the page", () => {
  it("edits an event's date and title: the event keeps its sources and says what the extractor had said", async () => {
    const { user } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Edit" }));
    const form = within(details().getByRole("form", { name: "Edit “Putin and Witkoff meet in Moscow”" }));
    const date = form.getByRole("textbox", { name: "Date" });
    await user.clear(date);
    await user.type(date, "2025-12-01");
    await user.clear(form.getByRole("textbox", { name: "Title" }));
    await user.type(form.getByRole("textbox", { name: "Title" }), "Envoys meet in Moscow");
    await user.click(form.getByRole("button", { name: "Save" }));

    expect(details().getByRole("heading", { name: "Envoys meet in Moscow" })).toBeTruthy();
    expect(details().getByText("1 Dec 2025")).toBeTruthy();
    expect(details().getByText("Corrected: date (the extractor said 2 Dec 2025); title (the extractor said “Putin and Witkoff meet in Moscow”). Its sources are the extractor's, unchanged.")).toBeTruthy();
    expect(details().getByText("Set by a correction")).toBeTruthy();
    // focus goes back to what opened the form
    await waitFor(() => expect(document.activeElement).toBe(details().getByRole("button", { name: "Edit" })));
    expect(await details().findByText(/Putin received the US delegation in Moscow\./)).toBeTruthy();
    await saved();
  });

  it("Cancel leaves the event as it was", async () => {
    const { user } = renderApp("/?event=e-kremlin");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Edit" }));
    await user.selectOptions(details().getByRole("combobox", { name: "Type" }), "Meeting");
    await user.click(details().getByRole("button", { name: "Cancel" }));
    expect(details().queryByRole("form")).toBeNull();
    expect(details().getByText("Statement")).toBeTruthy();
    expect(panel().getByText(/None yet/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(details().getByRole("button", { name: "Edit" })));
  });

  it("sets the event's actors and places with the filters' pickers", async () => {
    const { user } = renderApp("/?event=e-florida");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Edit" }));
    const actors = within(details().getByRole("group", { name: "Actors" }));
    await user.click(actors.getByRole("checkbox", { name: "Volodymyr Zelensky" }));
    const places = within(details().getByRole("group", { name: "Places" }));
    await user.click(places.getByRole("checkbox", { name: "Florida" }));
    await user.click(places.getByRole("checkbox", { name: "Moscow" }));
    await user.click(details().getByRole("button", { name: "Save" }));
    expect(details().getByRole("button", { name: /^Volodymyr Zelensky/ })).toBeTruthy();
    expect(details().getByRole("button", { name: "Moscow" })).toBeTruthy();
    expect(details().getByText(/actors \(the extractor said Steve Witkoff\); places \(the extractor said Florida\)/)).toBeTruthy();
  });

  it("hides an event and shows it again from the hidden events", async () => {
    const { user } = renderApp("/?event=e-budget");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Hide" }));
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    expect(listed().some((t) => t.includes("the budget"))).toBe(false);
    expect(panel().getByText("Hidden events (1)")).toBeTruthy();
    expect(panel().getByRole("status").textContent).toMatch(/^Hid “A review of <b>the budget<\/b>”/);
    await user.click(panel().getByText("Hidden events (1)"));
    await user.click(panel().getByRole("button", { name: "Show again: A review of <b>the budget</b>" }));
    expect(panel().getByText("Hidden events (0)")).toBeTruthy();
    expect(listed().some((t) => t.includes("the budget"))).toBe(true);
  });

  it("renames an actor, changes its kind, and merges two actors, from the actor's chip", async () => {
    const { user } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Correct Steve Witkoff" }));
    const menu = within(details().getByRole("group", { name: "Correct Steve Witkoff" }));
    await user.clear(menu.getByRole("textbox", { name: "Name" }));
    await user.type(menu.getByRole("textbox", { name: "Name" }), "Steven Witkoff");
    await user.click(menu.getByRole("button", { name: "Rename" }));
    expect(details().getByRole("button", { name: "Steven Witkoff person" })).toBeTruthy();

    await user.click(details().getByRole("button", { name: "Correct Vladimir Putin" }));
    await user.click(within(details().getByRole("group", { name: "Correct Vladimir Putin" })).getByRole("button", { name: "Make an organization" }));
    expect(details().getByRole("button", { name: "Vladimir Putin organization" })).toBeTruthy();

    await user.click(details().getByRole("button", { name: "Correct Vladimir Putin" }));
    const merge = within(details().getByRole("group", { name: "Correct Vladimir Putin" }));
    await user.selectOptions(merge.getByRole("combobox", { name: "Merge into" }), "Kremlin");
    await user.click(merge.getByRole("button", { name: "Merge" }));
    expect(details().queryByRole("button", { name: /^Vladimir Putin/ })).toBeNull();
    expect(details().getByRole("button", { name: "Kremlin organization" })).toBeTruthy();
    // the filters' picker knows the merged actor by both names
    expect(screen.getByRole("complementary", { name: "Filters" }).textContent).not.toContain("Vladimir Putin");
  });

  it("undoes one correction from the list of all corrections, restoring what the extractor said", async () => {
    const { user } = renderApp("/?event=e-kremlin");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Edit" }));
    await user.selectOptions(details().getByRole("combobox", { name: "Status" }), "Planned");
    await user.click(details().getByRole("button", { name: "Save" }));
    expect(details().getByText(/Corrected: status \(the extractor said occurred\)/)).toBeTruthy();
    await user.click(panel().getByText("All corrections (1)"));
    await user.click(panel().getByRole("button", { name: /^Undo: Set the status to planned of/ }));
    expect(details().queryByText(/Corrected:/)).toBeNull();
    expect(details().getByText("Occurred")).toBeTruthy();
  });

  it("keeps the corrections in the browser: they are there after the page is opened again", async () => {
    const first = renderApp("/?event=e-budget");
    await screen.findByRole("region", { name: "Event details" });
    await first.user.click(details().getByRole("button", { name: "Hide" }));
    await saved();
    first.unmount();
    cleanup();

    renderApp("/");
    await screen.findByRole("region", { name: "Event list" });
    expect(listed().some((t) => t.includes("the budget"))).toBe(false);
    expect(panel().getByText("Hidden events (1)")).toBeTruthy();
  });

  it("downloads the corrections as corrections.json, a document the schema accepts", async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => (blobs.push(blob as Blob), "blob:corrections"));
    vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const { user } = renderApp("/?event=e-budget");
    await screen.findByRole("region", { name: "Event details" });
    await user.click(details().getByRole("button", { name: "Hide" }));
    await user.click(panel().getByRole("button", { name: "Download corrections" }));
    expect(clicked).toEqual(["corrections.json"]);
    const doc = Corrections.parse(JSON.parse(await blobs[0].text()));
    expect(doc.operations).toMatchObject([{ op: "hide-event", event: "e-budget", label: "A review of <b>the budget</b>" }]);
  });

  it("a timeline built with corrections carries them: they can be undone, but a merge made in the build cannot", async () => {
    const built = structuredClone(FIXTURE);
    const budget = built.events.find((e) => e.id === "e-budget")!;
    built.events = built.events.filter((e) => e !== budget);
    built.hiddenEvents = [budget];
    const kremlin = built.events.find((e) => e.id === "e-kremlin")!;
    kremlin.corrected = { fields: ["title"], original: { title: kremlin.title } };
    kremlin.title = "The Kremlin speaks";
    const witkoff = built.actors.find((a) => a.id === "steve-witkoff")!;
    built.actors = built.actors.filter((a) => a !== witkoff);
    const putin = built.actors.find((a) => a.id === "vladimir-putin")!;
    Object.assign(putin, { formerIds: ["steve-witkoff"], aliases: [...putin.aliases, "Steve Witkoff"], corrected: { fields: [], original: {}, merged: ["steve-witkoff"] } });
    for (const e of built.events) e.actorIds = [...new Set(e.actorIds.map((id) => (id === "steve-witkoff" ? "vladimir-putin" : id)))];

    const { user } = renderApp("/?event=e-kremlin", { body: built });
    await screen.findByRole("region", { name: "Event details" });
    expect(details().getByText(/Corrected: title \(the extractor said “Kremlin: “compromises have not yet been found””\)/)).toBeTruthy();
    await user.click(panel().getByText("All corrections (3)"));
    const all = within(panel().getByRole("list", { name: "All corrections" }));
    expect(all.getByText("Merged steve-witkoff into Vladimir Putin").parentElement!.textContent).toMatch(/this page cannot take them apart/);
    await user.click(all.getByRole("button", { name: /^Undo: Set the title to “The Kremlin speaks”/ }));
    expect(details().getByRole("heading", { name: "Kremlin: “compromises have not yet been found”" })).toBeTruthy();
    await user.click(all.getByRole("button", { name: "Undo: Hid “A review of <b>the budget</b>”" }));
    expect(listed().some((t) => t.includes("the budget"))).toBe(true);
  });
});
