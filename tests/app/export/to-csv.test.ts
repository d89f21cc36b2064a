import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_FIELDS, toCsv } from "../../../src/app/export/to-csv";
import { FIXTURE } from "../fixture-timeline";
import { exportInput } from "./export-fixture";

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("toCsv", () => {
  it("starts with a byte-order mark and a header, and has one row per event in the given order", () => {
    const input = exportInput((events) => [...events].reverse());
    const csv = toCsv(input);
    expect(csv.startsWith("\uFEFFdate,precision,type,status,title,")).toBe(true);
    const [header, ...rows] = rowsOf(csv);
    expect(header).toEqual([...CSV_FIELDS]);
    expect(rows).toHaveLength(input.events.length);
    expect(rows.map((r) => r[4])).toEqual(input.events.map((e) => e.title));
  });

  it("writes each event's date, names, number of sources, first excerpt and articles", () => {
    const csv = toCsv(exportInput((events) => events.filter((e) => e.id === "e-meeting")));
    const [, row] = rowsOf(csv);
    expect(row).toEqual([
      "2025-12-02",
      "day",
      "meeting",
      "occurred",
      "Putin and Witkoff meet in Moscow",
      "Vladimir Putin; Steve Witkoff",
      "Moscow",
      "2",
      "Vladimir Putin met Witkoff for five hours, aides said.",
      "a1; a2",
    ]);
  });

  it("quotes commas, quotes and line breaks so the cells read back whole, and keeps formulas as text", () => {
    const meeting = FIXTURE.events[0];
    const title = 'Talks, "frank" and long\nsecond line';
    const timeline = { ...FIXTURE, events: [{ ...meeting, title }, { ...FIXTURE.events[1], title: "=HYPERLINK(\"x\")" }] };
    const csv = toCsv(exportInput((e) => e, timeline));
    expect(csv).toContain('"Talks, ""frank"" and long\nsecond line"');
    const [, first, second] = rowsOf(csv);
    expect(first[4]).toBe(title);
    expect(second[4]).toBe("'=HYPERLINK(\"x\")");
    expect(csv).toContain("\r\n");
  });
});
