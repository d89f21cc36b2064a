// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { StrictMode } from "react";
import type { DataSet } from "vis-data/peer";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ItemSpec } from "../../../src/app/timeline/to-timeline-items";
import { VisTimeline } from "../../../src/app/timeline/VisTimeline";

// vis-timeline itself is replaced by a recorder: these tests are about the wrapper's contract
// (one widget per mount, fed through DataSets, destroyed on unmount), not vis's drawing,
// which the end-to-end tests see in Chromium.
const widgets = vi.hoisted(() => [] as FakeTimeline[]);
interface FakeTimeline {
  items: DataSet<ItemSpec & { content: HTMLElement; eventId: string }>;
  destroyed: boolean;
  selection: unknown[];
  windows: [number, number][];
  handlers: Record<string, (props: unknown) => void>;
}
vi.mock("vis-timeline/peer", () => ({
  Timeline: class {
    items: unknown;
    destroyed = false;
    selection: unknown[] = [];
    handlers: Record<string, (props: unknown) => void> = {};
    constructor(_container: HTMLElement, items: unknown) {
      this.items = items;
      widgets.push(this as unknown as FakeTimeline);
    }
    on(name: string, handler: (props: unknown) => void) {
      this.handlers[name] = handler;
    }
    setGroups() {}
    fit() {}
    setSelection(ids: unknown[]) {
      this.selection = ids;
    }
    getWindow() {
      return { start: new Date(Date.UTC(2025, 0, 1)), end: new Date(Date.UTC(2026, 0, 1)) };
    }
    windows: [number, number][] = [];
    setWindow(start: number, end: number) {
      this.windows.push([start, end]);
    }
    moveTo() {}
    destroy() {
      this.destroyed = true;
    }
  },
}));

const spec = (eventId: string, label = eventId): ItemSpec => ({ id: eventId, eventId, start: "2025-06-01", type: "box", className: "type-meeting", label, tooltip: label });

function mount(items: ItemSpec[], selectedEventId: string | null = null, onSelectEvent = vi.fn()) {
  const onShowPeriod = vi.fn();
  const onShowInList = vi.fn();
  const ui = (next: ItemSpec[], selected: string | null) => (
    <StrictMode>
      <VisTimeline items={next} groups={null} selectedEventId={selected} onSelectEvent={onSelectEvent} onShowPeriod={onShowPeriod} onShowInList={onShowInList} fitKey="k" />
    </StrictMode>
  );
  const view = render(ui(items, selectedEventId));
  return { ...view, update: (next: ItemSpec[], selected: string | null = null) => view.rerender(ui(next, selected)), onSelectEvent, onShowPeriod, onShowInList };
}

const live = () => widgets.filter((w) => !w.destroyed);

beforeEach(() => {
  widgets.length = 0;
});
afterEach(cleanup);

describe("the vis-timeline wrapper", () => {
  it("leaves exactly one live widget under StrictMode's double mount, and none after unmount", () => {
    const { unmount } = mount([spec("a")]);
    expect(live()).toHaveLength(1);
    unmount();
    expect(live()).toHaveLength(0);
  });

  it("new filters update the DataSet of the same widget instead of making a new one", () => {
    const { update } = mount([spec("a"), spec("b")]);
    const [widget] = live();
    const made = widgets.length;
    update([spec("b"), spec("c")]);
    expect(widgets.length).toBe(made);
    expect(live()).toEqual([widget]);
    expect(widget.items.getIds().sort()).toEqual(["b", "c"]);
  });

  it("puts article text in as a text node, never as HTML", () => {
    mount([spec("a", "<img src=x onerror=alert(1)>")]);
    const content = live()[0].items.get("a")!.content;
    expect(content.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(content.children).toHaveLength(0);
    expect(content.title).toBe("<img src=x onerror=alert(1)>");
  });

  it("isolates a label's direction, so an override character in it stays inside the label", () => {
    mount([spec("a", "Leak of \u202Egnp.exe")]);
    const content = live()[0].items.get("a")!.content;
    expect(content.dir).toBe("auto");
    expect(content.textContent).toBe("Leak of \u202Egnp.exe");
  });

  it("selects the selected event's items, and reports a click on an item as that event", () => {
    const { update, onSelectEvent } = mount([spec("a"), spec("b")], "a");
    const [widget] = live();
    expect(widget.selection).toEqual(["a"]);
    update([spec("a"), spec("b")], "b");
    expect(widget.selection).toEqual(["b"]);
    widget.handlers.select({ items: ["a"] });
    expect(onSelectEvent).toHaveBeenCalledWith("a");
    // a tap on empty space keeps the open event
    widget.handlers.select({ items: [] });
    expect(onSelectEvent).toHaveBeenCalledTimes(1);
  });

  it("draws a count bar's mix of types as one segment per type in the type's colour, as wide as its share", () => {
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    const many = Array.from({ length: 1000 }, (_, i) => ({ ...spec(`e${i}`), start: day(i), className: i % 4 === 0 ? "type-statement" : "type-meeting" }));
    mount(many);
    const january = live()[0].items.get().find((item) => item.start === "2025-01-01")!;
    document.body.append(january.content);
    const bar = screen.getByRole("button", { name: /^January 2025: / });
    // the segments are drawn for the eye; the name says the same in words
    const segments = [...bar.lastElementChild!.children] as HTMLElement[];
    const inJanuary = many.filter((item) => item.start < "2025-02-01");
    const statements = inJanuary.filter((item) => item.className === "type-statement").length;
    const meetings = inJanuary.length - statements;
    expect(meetings).toBeGreaterThan(statements);
    expect(segments.map((s) => [s.className, s.style.flexGrow])).toEqual([["type-meeting", String(meetings)], ["type-statement", String(statements)]]);
    expect(bar.getAttribute("aria-label")).toBe(`January 2025: ${inJanuary.length} events, ${meetings} meetings, ${statements} statements`);
    january.content.remove();
  });

  it("holds clusters rather than thousands of items, and a click on a cluster shows its period's events and zooms into it instead of selecting", () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...spec(`e${i}`), start: new Date(Date.UTC(2025, 0, 1 + (i % 365))).toISOString().slice(0, 10) }));
    const { onSelectEvent, onShowPeriod } = mount(many);
    const [widget] = live();
    // the fake widget's window is the year 2025: a cluster per month
    expect(widget.items.length).toBe(12);
    const cluster = widget.items.get().find((item) => item.start === "2025-03-01")!;
    // 5000 events over 365 days: each of the first 255 days has 14, so March has 31 × 14
    document.body.append(cluster.content);
    expect(screen.getByRole("button", { name: "March 2025: 434 meetings" }).textContent).toBe("434");
    cluster.content.remove();
    widget.handlers.select({ items: [cluster.id] });
    expect(onSelectEvent).not.toHaveBeenCalled();
    expect(onShowPeriod).toHaveBeenCalledWith({ start: Date.UTC(2025, 2, 1), end: Date.UTC(2025, 3, 1) });
    expect(widget.windows.at(-1)).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1)]);
    // after the zoom, vis reports the new window and the chart takes that window's items
    widget.handlers.rangechanged({ start: new Date(Date.UTC(2025, 2, 10)), end: new Date(Date.UTC(2025, 2, 11)) });
    expect(widget.items.get().every((item) => !("cluster" in item))).toBe(true);
    expect(widget.items.length).toBeGreaterThan(0);
    expect(widget.items.length).toBeLessThanOrEqual(200);
  });

  it("draws a day that holds more than it can as far as it can, and leads the rest to the event list, never to a count of that day", () => {
    const day = Array.from({ length: 230 }, (_, i) => spec(`d${String(i).padStart(3, "0")}`));
    const { onShowInList, onShowPeriod } = mount(day);
    const [widget] = live();
    const held = widget.items.get();
    expect(held.length).toBeLessThanOrEqual(200);
    const more = held.filter((item) => "cluster" in item);
    expect(more).toHaveLength(1);
    const drawn = held.filter((item) => !("cluster" in item)).map((item) => item.eventId);
    // the events drawn come first in the list; the rest are counted
    expect(drawn).toEqual(day.slice(0, drawn.length).map((d) => d.eventId));
    document.body.append(more[0].content);
    expect(screen.getByRole("button", { name: `1 Jun 2025: ${230 - drawn.length} more in the event list (${230 - drawn.length} meetings)` })).toBeTruthy();
    more[0].content.remove();
    const windows = widget.windows.length;
    widget.handlers.select({ items: [more[0].id] });
    expect(onShowInList).toHaveBeenCalledWith(day[drawn.length].eventId);
    expect(onShowPeriod).toHaveBeenCalledWith({ start: Date.UTC(2025, 5, 1), end: Date.UTC(2025, 5, 2) });
    // it does not zoom: there is nothing finer to zoom into
    expect(widget.windows).toHaveLength(windows);
  });
});
