import { describe, expect, it } from "vitest";
import { fitItems } from "../../../src/app/timeline/fit-window";
import { placeItems } from "../../../src/app/timeline/level-of-detail";
import type { ItemSpec } from "../../../src/app/timeline/to-timeline-items";

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const box = (id: string, start: string): ItemSpec => ({ id, eventId: id, start, type: "box", className: "type-meeting is-occurred precision-day", label: id, tooltip: id });
const range = (id: string, start: string, end: string): ItemSpec => ({ ...box(id, start), type: "range", end, className: "type-other is-occurred precision-year" });

/** `perDay` boxes on each of `days` days from `from`. */
const busy = (from: string, days: number, perDay: number) =>
  Array.from({ length: days * perDay }, (_, i) => box(`b${i}`, isoDay(at(from) + Math.floor(i / perDay) * DAY)));

const fit = (items: ItemSpec[]) => fitItems(placeItems(items))!;

describe("fitItems", () => {
  it("frames a busy week, not a lone event a year later, and counts what it leaves out", () => {
    const { window, everything, outside } = fit([...busy("2025-12-01", 7, 40), box("far", "2026-12-15")]);
    expect(window.start).toBeGreaterThan(at("2025-11-30"));
    expect(window.start).toBeLessThanOrEqual(at("2025-12-01"));
    expect(window.end).toBeGreaterThanOrEqual(at("2025-12-08"));
    expect(window.end).toBeLessThan(at("2025-12-09"));
    expect(outside).toBe(1);
    // the lone event is still there to fit on request
    expect(everything.end).toBeGreaterThan(at("2026-12-16"));
  });

  it("ends the axis near the last event: a little room, not a third of the chart", () => {
    const items = busy("2025-12-01", 7, 40);
    const { window } = fit(items);
    const lastDayEnd = at("2025-12-08");
    expect((window.end - lastDayEnd) / (window.end - window.start)).toBeLessThan(0.05);
  });

  it("takes back a tail that thins out, up to the last event of it", () => {
    // a busy week, then an event every other day for three weeks more
    const tail = Array.from({ length: 10 }, (_, i) => box(`t${i}`, isoDay(at("2025-12-09") + i * 2 * DAY)));
    const { window, outside } = fit([...busy("2025-12-01", 7, 40), ...tail]);
    expect(outside).toBe(0);
    expect(window.end).toBeGreaterThan(at("2025-12-27"));
  });

  it("leaves out at most the 2.5% of events furthest out on each side: 40 events may lose one, 39 none", () => {
    const forty = [...busy("2025-12-01", 3, 13), box("far", "2027-01-01")];
    expect(forty).toHaveLength(40);
    expect(fit(forty).outside).toBe(1);
    const thirtyNine = [...busy("2025-12-01", 2, 19), box("far", "2027-01-01")];
    expect(thirtyNine).toHaveLength(39);
    expect(fit(thirtyNine).outside).toBe(0);
  });

  it("keeps an event no further from the rest than half their span, and leaves out one just beyond", () => {
    // the rest cover 1 to 28 December (28 days), so an event 14 days after the 28th is near
    const rest = busy("2025-12-01", 28, 2);
    expect(fit([...rest, box("near", "2026-01-12")]).outside).toBe(0);
    expect(fit([...rest, box("beyond", "2026-01-13")]).outside).toBe(1);
  });

  it("leaves out a year-long range that began long before the rest, though it reaches into them", () => {
    const { window, outside } = fit([range("year", "2025-01-01", "2026-01-01"), ...busy("2025-12-01", 7, 40)]);
    expect(window.start).toBeGreaterThan(at("2025-11-30"));
    // drawn across the window all the same: it overlaps it
    expect(outside).toBe(0);
  });

  it("gives a single day's events a day either side, so the axis names the days", () => {
    const { window } = fit(busy("2025-12-03", 1, 120));
    expect(window.start).toBeLessThanOrEqual(at("2025-12-02"));
    expect(window.end).toBeGreaterThanOrEqual(at("2025-12-05"));
    expect(window.end - window.start).toBeLessThan(4 * DAY);
  });

  it("fits nothing when there is nothing", () => {
    expect(fitItems(placeItems([]))).toBeNull();
  });
});
