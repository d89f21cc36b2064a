// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Event } from "../../../src/model/timeline";
import { EventList } from "../../../src/app/event-list/EventList";

afterEach(cleanup);

const events: Event[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `e${i}`,
  type: "meeting",
  title: `Meeting ${i + 1}`,
  date: "2025-06-01",
  datePrecision: "day",
  dateBasis: null,
  status: "occurred",
  actorIds: [],
  locationIds: [],
  quotes: [],
  sources: [{ articleId: "a", start: 0, end: 1, text: "M" }],
  reportedBy: { articles: ["a"], outlets: ["a"] },
  rules: [],
}));

describe("a long event list", () => {
  it("draws only some rows, each saying its place in the whole list, with one tab stop", () => {
    render(<EventList events={events} actorsById={new Map()} selectedEventId={null} onOpen={vi.fn()} onClose={vi.fn()} />);
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(100);
    expect(items.every((item) => item.getAttribute("aria-setsize") === "1000")).toBe(true);
    expect(items[0].getAttribute("aria-posinset")).toBe("1");
    expect(screen.getAllByRole("button").filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it("End moves the focus to the last event, drawing its row", async () => {
    const user = userEvent.setup();
    render(<EventList events={events} actorsById={new Map()} selectedEventId={null} onOpen={vi.fn()} onClose={vi.fn()} />);
    screen.getAllByRole("button")[0].focus();
    await user.keyboard("{End}");
    expect(document.activeElement?.textContent).toContain("Meeting 1000");
    expect(document.activeElement?.closest("li")?.getAttribute("aria-posinset")).toBe("1000");
  });
});

describe("a long event list in print", () => {
  it("draws every row for the printed page, and only some again after it", () => {
    render(<EventList events={events} actorsById={new Map()} selectedEventId={null} onOpen={vi.fn()} onClose={vi.fn()} />);
    const rows = () => within(screen.getByRole("list")).getAllByRole("listitem");
    act(() => void window.dispatchEvent(new window.Event("beforeprint")));
    expect(rows()).toHaveLength(1000);
    expect(rows()[999].textContent).toContain("Meeting 1000");
    act(() => void window.dispatchEvent(new window.Event("afterprint")));
    expect(rows().length).toBeLessThan(100);
  });
});

describe("corroboration in the list", () => {
  it("says how many articles and outlets report an event reported more than once, and nothing for a single report", () => {
    const corroborated = { ...events[0], id: "c", title: "Talks resume", reportedBy: { articles: ["a", "b", "c"], outlets: ["The Wire", "x.com"] } };
    render(<EventList events={[corroborated, events[1]]} actorsById={new Map()} selectedEventId={null} onOpen={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole("button", { name: /Talks resume/ }).textContent).toContain("3 articles, 2 outlets");
    expect(screen.getByRole("button", { name: /Meeting 2/ }).textContent).not.toMatch(/article/);
  });
});
