import { describe, expect, it } from "vitest";
import { narrowToPeriod } from "../../../src/app/timeline/period-range";

const period = (start: string, end: string) => ({ start: Date.parse(start), end: Date.parse(end) });

describe("narrowToPeriod", () => {
  it("a count bar's period becomes the date range, its last day inclusive", () => {
    expect(narrowToPeriod({ from: null, to: null }, period("2025-12-01", "2025-12-02"))).toEqual({ from: "2025-12-01", to: "2025-12-01" });
    expect(narrowToPeriod({ from: null, to: null }, period("2025-12-01", "2026-01-01"))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });

  it("stays inside the range already chosen, which the bar's count respects", () => {
    expect(narrowToPeriod({ from: "2025-11-20", to: "2025-12-10" }, period("2025-12-01", "2026-01-01"))).toEqual({ from: "2025-12-01", to: "2025-12-10" });
  });

  it("changes nothing when the range already lies within the period", () => {
    expect(narrowToPeriod({ from: "2025-12-03", to: "2025-12-03" }, period("2025-12-03", "2025-12-04"))).toBeNull();
    expect(narrowToPeriod({ from: "2025-12-03", to: "2025-12-05" }, period("2025-12-01", "2026-01-01"))).toBeNull();
  });
});
