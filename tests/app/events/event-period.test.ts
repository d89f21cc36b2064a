import { describe, expect, it } from "vitest";
import type { Event } from "../../../src/model/timeline";
import { eventPeriod, nextDay, sortEventsByDate } from "../../../src/app/events/event-period";

const ev = (id: string, date: string | null, title = id) => ({ id, date, title }) as Event;

describe("eventPeriod", () => {
  it("a day covers that day", () => {
    expect(eventPeriod({ date: "2025-12-02" })).toEqual({ start: "2025-12-02", end: "2025-12-03", unit: "day" });
  });
  it("a month covers the whole month, December running into the next year", () => {
    expect(eventPeriod({ date: "2025-02" })).toEqual({ start: "2025-02-01", end: "2025-03-01", unit: "month" });
    expect(eventPeriod({ date: "2025-12" })).toEqual({ start: "2025-12-01", end: "2026-01-01", unit: "month" });
  });
  it("a year covers the whole year", () => {
    expect(eventPeriod({ date: "2024" })).toEqual({ start: "2024-01-01", end: "2025-01-01", unit: "year" });
  });
  it("an undated event has no period", () => {
    expect(eventPeriod({ date: null })).toBeNull();
  });
  it("nextDay rolls over months and leap days", () => {
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2025-02-28")).toBe("2025-03-01");
    expect(nextDay("2025-12-31")).toBe("2026-01-01");
    expect(nextDay("1900-02-28")).toBe("1900-03-01");
    expect(nextDay("2000-02-28")).toBe("2000-02-29");
    expect(nextDay("2025-04-30")).toBe("2025-05-01");
  });
});

describe("sortEventsByDate", () => {
  it("orders by start, a month before the days in it, undated last; events of one period keep their order", () => {
    const events = [ev("u", null), ev("d2", "2025-12-02", "B"), ev("m", "2025-12"), ev("d2b", "2025-12-02", "A"), ev("y", "2024"), ev("u2", null, "A")];
    expect(sortEventsByDate(events).map((e) => e.id)).toEqual(["y", "m", "d2", "d2b", "u", "u2"]);
  });
  it("keeps events already in date order as they are, in a new array", () => {
    const events = [ev("y", "2024"), ev("m", "2025-12"), ev("d2b", "2025-12-02", "Z"), ev("d2", "2025-12-02", "A"), ev("u", null)];
    const sorted = sortEventsByDate(events);
    expect(sorted).toEqual(events);
    expect(sorted).not.toBe(events);
  });
});
