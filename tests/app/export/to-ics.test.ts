import { describe, expect, it } from "vitest";
import { allDaySpan, escapeText, foldLine, MAX_LINE_OCTETS, toIcs } from "../../../src/app/export/to-ics";
import { FIXTURE } from "../fixture-timeline";
import { exportInput } from "./export-fixture";

const STAMP = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
/** The content lines, unfolded (RFC 5545 §3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, "").split("\r\n");

describe("toIcs", () => {
  it("writes one all-day VEVENT per event dated to a day or a month, and counts the others", () => {
    const { text, skipped } = toIcs(exportInput(), STAMP);
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    // a year ("e-budget") and no date ("e-signals") are left out
    expect(skipped).toBe(2);
    const lines = unfold(text);
    expect(lines).toContain("UID:e-meeting@dateline");
    expect(lines).toContain("DTSTAMP:20260102T030405Z");
    expect(lines).toContain("DTSTART;VALUE=DATE:20251202");
    expect(lines).toContain("DTEND;VALUE=DATE:20251203");
    expect(lines).toContain("SUMMARY:Putin and Witkoff meet in Moscow");
    // the month-long planned meeting in Florida
    expect(lines).toContain("DTSTART;VALUE=DATE:20251201");
    expect(lines).toContain("DTEND;VALUE=DATE:20260101");
    expect(lines).toContain("STATUS:TENTATIVE");
  });

  it("describes an event by its sources: outlet, article title and excerpt", () => {
    const { text } = toIcs(exportInput((events) => events.filter((e) => e.id === "e-meeting")), STAMP);
    const description = unfold(text).find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("The Wire: Envoys leave Moscow\\n“Vladimir Putin met Witkoff for five hours\\, aides said.”");
    expect(description).toContain("“Putin received the US delegation in Moscow.”");
  });

  it("folds every line at 75 octets without splitting a character", () => {
    const title = `${"Zelenskyy’s «долгий» путь; ".repeat(8)}end`;
    const timeline = { ...FIXTURE, events: [{ ...FIXTURE.events[0], title }] };
    const { text } = toIcs(exportInput((e) => e, timeline), STAMP);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(unfold(text)).toContain(`SUMMARY:${escapeText(title)}`);
  });
});

describe("escapeText", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b; c, d\r\ne\nf")).toBe("a\\\\b\\; c\\, d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th onto a line that starts with a space", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("moves a multi-byte character whole to the next line", () => {
    const folded = foldLine(`${"x".repeat(74)}é`);
    expect(folded).toBe(`${"x".repeat(74)}\r\n é`);
  });
});

describe("allDaySpan", () => {
  it("ends a day's event the next day, across a year's end and a leap day", () => {
    expect(allDaySpan({ date: "2025-12-31", datePrecision: "day" })).toEqual({ start: "20251231", end: "20260101" });
    expect(allDaySpan({ date: "2024-02-28", datePrecision: "day" })).toEqual({ start: "20240228", end: "20240229" });
  });

  it("spans a month for month precision, and gives nothing for a year or no date", () => {
    expect(allDaySpan({ date: "2025-02", datePrecision: "month" })).toEqual({ start: "20250201", end: "20250301" });
    expect(allDaySpan({ date: "2025", datePrecision: "year" })).toBeNull();
    expect(allDaySpan({ date: null, datePrecision: "unknown" })).toBeNull();
  });
});
