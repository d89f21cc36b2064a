// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp, searchParams } from "./render-app";

// Links outlive the data: a link shared last week can name an actor that new articles have
// since renamed, or an event since merged into another. The page says so and mends the link.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const notice = async () => within(await screen.findByRole("region", { name: "Problems with this link" }));
const resultCount = () => screen.getByText(/^(\d+ of \d+ events match|All \d+ events)$/).textContent;
const actorBox = (name: string) => within(screen.getByRole("group", { name: "Actors" })).getByRole("checkbox", { name });

describe("a link that names what the data no longer has", () => {
  it("says which actor is missing, and removes it from the link on request, keeping the rest", async () => {
    const { user } = renderApp("/?actor=rustam-omerov&actor=steve-witkoff&type=meeting");
    const region = await notice();
    expect(region.getByText(/This link names an actor that is not in the data:/).textContent).toBe(
      "This link names an actor that is not in the data: rustam-omerov. The articles may have changed since the link was made.",
    );
    await user.click(region.getByRole("button", { name: "Remove the missing actor from the link" }));
    expect(screen.queryByRole("region", { name: "Problems with this link" })).toBeNull();
    expect(searchParams().toString()).toBe("actor=steve-witkoff&type=meeting");
    expect(actorBox("Steve Witkoff")).toHaveProperty("checked", true);
  });

  it("a link whose only actor is missing explains its empty result, and shows every event once mended", async () => {
    const { user } = renderApp("/?actor=rustam-omerov&actor=nobody");
    const region = await notice();
    expect(region.getByText(/This link names 2 actors that are not in the data:/).textContent).toContain("rustam-omerov, nobody");
    expect(resultCount()).toBe("0 of 5 events match");
    await user.click(region.getByRole("button", { name: "Remove the missing actors from the link" }));
    expect(resultCount()).toBe("All 5 events");
    expect(searchParams().has("actor")).toBe(false);
  });

  it("says which location is missing, apart from the actors", async () => {
    const { user } = renderApp("/?location=kyiv&actor=gone");
    const region = await notice();
    expect(region.getByText(/names a location/).textContent).toContain("This link names a location that is not in the data: kyiv.");
    await user.click(region.getByRole("button", { name: "Remove the missing location from the link" }));
    expect(searchParams().toString()).toBe("actor=gone");
    expect((await notice()).getByText(/names an actor/)).toBeTruthy();
  });

  it("offers the actor a missing id was renamed to, when one actor keeps its old name", async () => {
    // the fixture's Steve Witkoff was also spelled "Witkopf", but keeps no former id for it (as
    // data made before former ids were kept): the old spelling is only a guess
    const { user } = renderApp("/?actor=witkopf");
    await user.click((await notice()).getByRole("button", { name: "Show Steve Witkoff instead" }));
    expect(searchParams().getAll("actor")).toEqual(["steve-witkoff"]);
    expect(actorBox("Steve Witkoff")).toHaveProperty("checked", true);
    expect(resultCount()).toBe("2 of 5 events match");
  });

  it("mending the link replaces its history entry: Back does not return to the broken link", async () => {
    const { user } = renderApp("/?actor=gone");
    const before = window.history.length;
    await user.click((await notice()).getByRole("button", { name: "Remove the missing actor from the link" }));
    expect(window.history.length).toBe(before);
  });

  it("says an event is missing where its details would be, and takes it out of the link", async () => {
    const { user } = renderApp("/?event=2025-12-02-meeting-merged&type=meeting");
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    expect(details.getByText(/This link names an event/).textContent).toContain("This link names an event (2025-12-02-meeting-merged) that is not in the timeline");
    await user.click(details.getByRole("button", { name: "Remove the missing event from the link" }));
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    expect(searchParams().toString()).toBe("type=meeting");
  });

  it("says nothing about a link whose ids are all in the data", async () => {
    renderApp("/?actor=steve-witkoff&location=moscow&event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    expect(screen.queryByRole("region", { name: "Problems with this link" })).toBeNull();
  });
});

describe("a link that names an event or actor by a former id", () => {
  // the fixture's meeting was also reported alone as "e-putin-received" before the reports
  // merged, and Volodymyr Zelensky was once "zelenskyy": the data keeps both as former ids

  it("opens the event the old id became, says nothing is missing, and rewrites the link in place", async () => {
    const before = window.history.length;
    renderApp("/?event=e-putin-received&type=meeting");
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    expect(details.getByRole("heading", { name: "Putin and Witkoff meet in Moscow" })).toBeTruthy();
    expect(details.queryByText(/This link names an event/)).toBeNull();
    expect(searchParams().toString()).toBe("type=meeting&event=e-meeting");
    expect(window.history.length).toBe(before);
  });

  it("filters on the actor an old id became, ticked in the picker, with no notice", async () => {
    renderApp("/?actor=zelenskyy&type=statement");
    await screen.findByRole("group", { name: "Actors" });
    expect(actorBox("Volodymyr Zelensky")).toHaveProperty("checked", true);
    expect(resultCount()).toBe("1 of 5 events match");
    expect(screen.queryByRole("region", { name: "Problems with this link" })).toBeNull();
    expect(searchParams().toString()).toBe("actor=volodymyr-zelensky&type=statement");
  });

  it("names an actor once when the link names it by its old id and its new one", async () => {
    renderApp("/?actor=volodymyr-zelensky&actor=zelenskyy");
    await screen.findByRole("group", { name: "Actors" });
    expect(searchParams().getAll("actor")).toEqual(["volodymyr-zelensky"]);
    expect(resultCount()).toBe("1 of 5 events match");
  });
});

describe("a link to an event that its filters hide", () => {
  const listed = () => within(screen.getByRole("region", { name: "Event list" })).queryAllByRole("listitem").map((li) => li.textContent ?? "");

  it("still shows the event, says which filters hide it, and clears just those on request", async () => {
    const { user } = renderApp("/?actor=steve-witkoff&type=meeting&from=2025-12-01&event=e-kremlin");
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    expect(details.getByRole("heading", { name: "Kremlin: “compromises have not yet been found”" })).toBeTruthy();
    expect(details.getByRole("note").textContent).toContain("The filters hide this event from the list: Event types and Actors.");
    expect(listed().some((text) => text.includes("compromises"))).toBe(false);
    await user.click(details.getByRole("button", { name: "Clear the filters that hide it" }));
    // the date range lets the event through, so it stays
    expect(searchParams().toString()).toBe("from=2025-12-01&event=e-kremlin");
    expect(details.queryByRole("note")).toBeNull();
    expect(listed().some((text) => text.includes("compromises"))).toBe(true);
  });

  it("says so when a filter chosen while the event is open hides it", async () => {
    const { user } = renderApp("/?event=e-signals");
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    expect(details.queryByRole("note")).toBeNull();
    await user.type(screen.getByRole("textbox", { name: "Search" }), "Kremlin");
    expect((await details.findByRole("note")).textContent).toContain("The filters hide this event from the list: Search.");
  });
});
