import { describe, expect, it } from "vitest";
import { findTemporalExpressions } from "../../src/pipeline/dates/find-temporal-expressions";

// Reference: Friday 22 March 2013, the creation date of the TempEval-3 platinum documents.
const FRIDAY = "2013-03-22";
const read = (text: string, reference: string | null = FRIDAY) => findTemporalExpressions(text, reference).map(({ text, type, value }) => ({ text, type, value }));

describe("findTemporalExpressions", () => {
  it("reads durations with their amount and unit, vague amounts as X", () => {
    expect(read("The ban lasts for 90 days.")).toEqual([{ text: "90 days", type: "DURATION", value: "P90D" }]);
    expect(read("Prices rose over the past two years.")).toEqual([{ text: "the past two years", type: "DURATION", value: "P2Y" }]);
    expect(read("It took a decade and a four-week trial.")).toEqual([
      { text: "a decade", type: "DURATION", value: "P10Y" },
      { text: "four-week", type: "DURATION", value: "P4W" },
    ]);
    expect(read("Talks went on for several months.")).toEqual([{ text: "several months", type: "DURATION", value: "PXM" }]);
    expect(read("An hour later the line moved.")).toEqual([{ text: "An hour", type: "DURATION", value: "PT1H" }]);
    expect(read("Sales fell in recent weeks.")).toEqual([{ text: "recent weeks", type: "DURATION", value: "PXW" }]);
    expect(read("He ran days before the operation.")).toEqual([{ text: "days", type: "DURATION", value: "PXD" }]);
  });

  it("leaves dates to the date stage and ages out", () => {
    expect(read("The plant closed three years ago.")).toEqual([{ text: "three years ago", type: "DATE", value: "2010" }]);
    expect(read("Children aged 6 months and older should be vaccinated.")).toEqual([]);
  });

  it("names the present, the past and the future as such", () => {
    expect(read("Now the fund is empty.")).toEqual([{ text: "Now", type: "DATE", value: "PRESENT_REF" }]);
    expect(read("In the past, it sold well.")).toEqual([{ text: "the past", type: "DATE", value: "PAST_REF" }]);
    expect(read("It will reopen soon.")).toEqual([{ text: "soon", type: "DATE", value: "FUTURE_REF" }]);
  });

  it("reads weeks as ISO weeks, across a year's end too", () => {
    expect(read("Talks resumed this week.")).toEqual([{ text: "this week", type: "DATE", value: "2013-W12" }]);
    expect(read("They met the last week.")).toEqual([{ text: "the last week", type: "DATE", value: "2013-W11" }]);
    expect(read("Shops reopen this week.", "2021-01-01")).toEqual([{ text: "this week", type: "DATE", value: "2020-W53" }]);
  });

  it("reads seasons, quarters, fiscal years and centuries", () => {
    expect(read("Flu peaked last summer.")).toEqual([{ text: "last summer", type: "DATE", value: "2012-SU" }]);
    expect(read("Profits fell in the third quarter of this year.", "2009-11-01")).toEqual([{ text: "the third quarter of this year", type: "DATE", value: "2009-Q3" }]);
    expect(read("It cut its budget this fiscal year.")).toEqual([{ text: "this fiscal year", type: "DATE", value: "2013" }]);
    expect(read("The 20th century ended.")).toEqual([{ text: "20th century", type: "DATE", value: "19" }]);
  });

  it("keeps the year inside a quarter as the date an event can take", () => {
    const [quarter] = findTemporalExpressions("GM lost money in the first quarter of 2009.", FRIDAY);
    expect(quarter).toMatchObject({ text: "the first quarter of 2009", value: "2009-Q1", date: { value: "2009", precision: "year" } });
  });

  it("reads a time of day on a day, with Z for UTC", () => {
    expect(read("He spoke on Friday afternoon.")).toEqual([{ text: "Friday afternoon", type: "TIME", value: "2013-03-22TAF" }]);
    expect(read("The race will start at 15:00 GMT Saturday.")).toEqual([{ text: "15:00 GMT Saturday", type: "TIME", value: "2013-03-23T15:00Z" }]);
  });

  it("reads sets of times", () => {
    expect(read("The smog returns every morning.")).toEqual([{ text: "every morning", type: "SET", value: "XXXX-XX-XXTMO" }]);
    expect(read("The report is published annually.")).toEqual([{ text: "annually", type: "SET", value: "P1Y" }]);
  });

  it("names both years of a span, without dating an event by either", () => {
    const found = findTemporalExpressions("The pandemic of 2009-2010 and the 1957-58 one.", FRIDAY);
    expect(found.map((f) => [f.text, f.value])).toEqual([["2009", "2009"], ["2010", "2010"], ["1957", "1957"], ["58", "1958"]]);
    expect(found.every((f) => f.date === undefined)).toBe(true);
  });

  it("needs a reference for what is relative to it", () => {
    expect(read("Talks resumed this week.", null)).toEqual([]);
    expect(read("Talks lasted 90 days.", null)).toEqual([{ text: "90 days", type: "DURATION", value: "P90D" }]);
  });
});
