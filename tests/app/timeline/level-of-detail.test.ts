import { describe, expect, it } from "vitest";
import { isCluster, itemsForWindow, LANE_ROWS, MOST_ITEMS, placeItems, type ClusterSpec } from "../../../src/app/timeline/level-of-detail";
import type { ItemSpec } from "../../../src/app/timeline/to-timeline-items";

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso);
const box = (id: string, start: string, type = "meeting", group?: string): ItemSpec => ({
  id,
  eventId: id,
  start,
  type: "box",
  className: `type-${type} is-occurred precision-day`,
  label: id,
  tooltip: id,
  ...(group && { group }),
});
const range = (id: string, start: string, end: string): ItemSpec => ({ ...box(id, start), type: "range", end, className: "type-other is-occurred precision-month" });

/** `n` boxes, one a day from 1 January 2025, alternating between two types. */
const daily = (n: number, group?: string) =>
  Array.from({ length: n }, (_, i) => box(`e${i}${group ?? ""}`, new Date(day("2025-01-01") + i * DAY).toISOString().slice(0, 10), i % 2 ? "statement" : "meeting", group));

describe("itemsForWindow", () => {
  it("gives every item in and near the window when they are few", () => {
    const placed = placeItems(daily(30));
    const view = itemsForWindow(placed, { start: day("2025-01-10"), end: day("2025-01-20") }, { limit: 100 });
    // the window is 10 days wide, so the 5 days either side (5 to 24 January) come along for a drag
    expect(view.map((v) => v.id)).toEqual(Array.from({ length: 20 }, (_, i) => `e${i + 4}`));
    expect(view.some(isCluster)).toBe(false);
  });

  it("keeps a month-long range that began before the window", () => {
    const placed = placeItems([range("march", "2025-03-01", "2025-04-01"), box("jan", "2025-01-02")]);
    expect(itemsForWindow(placed, { start: day("2025-03-20"), end: day("2025-03-22") }, { limit: 10 }).map((v) => v.id)).toEqual(["march"]);
  });

  it("draws one cluster per lane and period when the window holds more than the limit, counting every item once", () => {
    const items = [...daily(365, "a"), ...daily(100, "b")];
    const view = itemsForWindow(placeItems(items), { start: day("2025-01-01"), end: day("2026-01-01") }, { limit: 50 });
    const clusters = view.filter(isCluster);
    expect(clusters.length).toBeGreaterThan(0);
    // a year's window is drawn in months: twelve for lane a, and the months lane b's hundred days touch
    expect(clusters.filter((c) => c.group === "a")).toHaveLength(12);
    expect(clusters.filter((c) => c.group === "b")).toHaveLength(4);
    expect(clusters.reduce((sum, c) => sum + c.cluster.count, 0) + view.filter((v) => !isCluster(v)).length).toBe(465);
    const january = clusters.find((c) => c.group === "a" && c.start === "2025-01-01")!;
    expect(january).toMatchObject({ end: "2025-02-01", label: "31", type: "range" });
    expect(january.tooltip).toBe("31 events in January 2025 (Meeting: 16, Statement: 15). Click or zoom in to see them.");
  });

  it("names a count bar by its period, its count and its mix of types, the most frequent first", () => {
    const busyDay = [
      ...Array.from({ length: 50 }, (_, i) => box(`s${i}`, "2025-12-01", "statement")),
      ...Array.from({ length: 60 }, (_, i) => box(`m${i}`, "2025-12-01", "meeting")),
      ...Array.from({ length: 30 }, (_, i) => box(`n${i}`, "2025-12-02", "statement")),
    ];
    const view = itemsForWindow(placeItems(busyDay), { start: day("2025-11-28"), end: day("2025-12-05") }, { limit: 100 });
    const first = view.filter(isCluster).find((c) => c.start === "2025-12-01")!;
    expect(first.cluster.name).toBe("1 Dec 2025: 110 events, 60 meetings, 50 statements");
    expect(first.cluster.types).toEqual([["meeting", 60], ["statement", 50]]);
    // a bar of one type needs no total beside it
    expect(view.filter(isCluster).find((c) => c.start === "2025-12-02")!.cluster.name).toBe("2 Dec 2025: 30 statements");
    // a month says its month, and one event of a type is in the singular
    const month = itemsForWindow(placeItems([...daily(40), box("v", "2025-01-03", "visit")]), { start: day("2025-01-01"), end: day("2026-01-01") }, { limit: 10 }).filter(isCluster);
    expect(month.find((c) => c.start === "2025-01-01")!.cluster.name).toBe("January 2025: 32 events, 16 meetings, 15 statements, 1 visit");
  });

  it("never counts a day when every item lies in that day: each lane draws its share and counts the rest as more for the list", () => {
    // in date order, as the list gives them: a month overlaps the day too, so a bar for that
    // day would leave the same items
    const oneDay = [
      range("december", "2025-12-01", "2026-01-01"),
      ...Array.from({ length: 150 }, (_, i) => box(`s${i}`, "2025-12-03", "statement", "statements")),
      ...Array.from({ length: 80 }, (_, i) => box(`m${i}`, "2025-12-03", "meeting", "meetings")),
    ];
    for (const window of [{ start: day("2025-12-02"), end: day("2025-12-05") }, { start: day("2025-01-01"), end: day("2027-01-01") }]) {
      const view = itemsForWindow(placeItems(oneDay), window, { limit: 100 });
      expect(view.length).toBeLessThanOrEqual(100);
      const more = view.filter(isCluster);
      expect(more.every((c) => c.cluster.inList !== undefined && c.start === "2025-12-03")).toBe(true);
      for (const [lane, total] of [["statements", 150], ["meetings", 80]] as const) {
        const drawn = view.filter((v) => !isCluster(v) && v.group === lane);
        const counted = more.find((c) => c.group === lane)!;
        expect(drawn.length + counted.cluster.count).toBe(total);
        // the first of those counted is the first the list shows after those drawn
        expect(counted.cluster.inList).toBe(oneDay.filter((item) => item.group === lane)[drawn.length].eventId);
      }
    }
  });

  it("turns a box whose label would run past the window's right edge to end at its date, where the label fits on the left", () => {
    const window = { start: day("2025-01-01"), end: day("2025-01-11") };
    // a label covers three days at this zoom
    const view = itemsForWindow(placeItems(daily(10)), window, { limit: 100, labelSpan: 3 * DAY });
    const turned = view.filter((v) => v.align === "right").map((v) => v.id);
    // boxes of 9 and 10 January would end past the 11th; 8 January's ends at the edge
    expect(turned).toEqual(["e8", "e9"]);
    expect(view.find((v) => v.id === "e9")!.tooltip).toBe("e9");
    // a chart narrower than two labels: the middle box fits neither way and stays as it is
    const narrow = itemsForWindow(placeItems([box("mid", "2025-01-05")]), window, { limit: 100, labelSpan: 7 * DAY });
    expect(narrow[0].align).toBeUndefined();
  });

  describe("in lanes, a busy lane does not hide the others", () => {
    const onDay = (n: number, date: string, lane: string, type = lane) => Array.from({ length: n }, (_, i) => box(`${lane}-${date}-${i}`, date, type, lane));
    const week = { start: day("2025-11-30"), end: day("2025-12-07") };
    // a label covers about a day at a week's zoom
    const options = { limit: MOST_ITEMS, labelSpan: DAY };

    it("a lane whose boxes would stack more than LANE_ROWS deep is counted, the quiet lanes are drawn", () => {
      const items = [...onDay(30, "2025-12-01", "statement"), ...onDay(20, "2025-12-02", "statement"), ...onDay(2, "2025-12-02", "visit")].sort((a, b) => a.start.localeCompare(b.start));
      const view = itemsForWindow(placeItems(items), week, options);
      expect(view.filter((v) => v.group === "statement").every(isCluster)).toBe(true);
      expect(view.filter((v) => v.group === "statement").map((v) => (v as ClusterSpec).cluster.name)).toEqual(["1 Dec 2025: 30 statements", "2 Dec 2025: 20 statements"]);
      expect(view.filter((v) => v.group === "visit").some(isCluster)).toBe(false);
      expect(view.filter((v) => v.group === "visit")).toHaveLength(2);
    });

    it("LANE_ROWS boxes on a day are drawn; one more is counted", () => {
      const other = onDay(1, "2025-12-04", "visit");
      const full = itemsForWindow(placeItems([...onDay(LANE_ROWS, "2025-12-02", "statement"), ...other]), week, options);
      expect(full.some(isCluster)).toBe(false);
      const over = itemsForWindow(placeItems([...onDay(LANE_ROWS + 1, "2025-12-02", "statement"), ...other]), week, options);
      expect(over.filter(isCluster).map((c) => c.group)).toEqual(["statement"]);
    });

    it("within one day a busy lane draws what fits and counts the rest for the list", () => {
      const items = [...onDay(10, "2025-12-02", "statement"), ...onDay(2, "2025-12-02", "visit")];
      const view = itemsForWindow(placeItems(items), week, options);
      const statements = view.filter((v) => v.group === "statement");
      expect(statements.filter((v) => !isCluster(v))).toHaveLength(LANE_ROWS - 1);
      expect(statements.filter(isCluster).map((c) => [c.cluster.count, c.cluster.inList])).toEqual([[10 - (LANE_ROWS - 1), items[LANE_ROWS - 1].eventId]]);
      expect(view.filter((v) => v.group === "visit")).toHaveLength(2);
    });
  });

  it("shows the selected event on its own even inside a cluster", () => {
    const view = itemsForWindow(placeItems(daily(365)), { start: day("2025-01-01"), end: day("2026-01-01") }, { limit: 50, keep: new Set(["e40"]) });
    expect(view.filter((v) => !isCluster(v)).map((v) => v.id)).toEqual(["e40"]);
    expect(view.filter(isCluster).reduce((sum, c) => sum + c.cluster.count, 0)).toBe(365);
  });

  it("draws nothing outside the window and its margins, whatever the corpus", () => {
    const placed = placeItems(daily(5000));
    expect(itemsForWindow(placed, { start: day("2040-01-01"), end: day("2040-02-01") }, { limit: 10 })).toEqual([]);
  });

  it("holds at most the limit or a bounded number of clusters, however many items there are", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => box(`x${i}`, new Date(day("2015-01-01") + (i % 3650) * DAY).toISOString().slice(0, 10)));
    const view = itemsForWindow(placeItems(many), { start: day("2015-01-01"), end: day("2025-01-01") }, { limit: 200 });
    // ten years in view: drawn as years (40 periods at most across the window, plus the margins)
    expect(view.length).toBeLessThanOrEqual(2 * 40);
  });
});
