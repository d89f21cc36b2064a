import { describe, it, expect } from "vitest";
import { findDateExpressions } from "../../src/pipeline/dates/find-date-expressions";

// 2025-12-04 is a Thursday.
const THURSDAY = "2025-12-04";

const only = (text: string, reference: string | null) => {
  const found = findDateExpressions(text, reference);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("findDateExpressions", () => {
  describe("[D1] a weekday alone", () => {
    it("[D1] a weekday in a past-tense clause resolves to the most recent such day", () => {
      const d = only("The two sides met on Tuesday.", THURSDAY);
      expect(d).toMatchObject({ text: "Tuesday", value: "2025-12-02", precision: "day", kind: "relative", future: false });
    });

    it("[D1] the expression excludes the preposition and its offsets point at the weekday", () => {
      const text = "The two sides met on Tuesday.";
      const d = only(text, THURSDAY);
      expect(text.slice(d.start, d.end)).toBe("Tuesday");
    });

    it("[D1] a weekday in a future clause that names the reference day resolves to the reference day", () => {
      const d = only("The envoys were set to meet the president on Thursday.", THURSDAY);
      expect(d).toMatchObject({ value: "2025-12-04", future: true });
    });

    it("[D1] a past-tense weekday that names the reference day resolves to the reference day itself", () => {
      expect(only("The delegations met on Thursday.", THURSDAY).value).toBe("2025-12-04");
    });

    it("[D1] a weekday after the reference day in a past clause resolves to the previous week", () => {
      expect(only("The minister resigned on Friday.", THURSDAY)).toMatchObject({ value: "2025-11-28", future: false });
    });

    it("[D1] a weekday in a future clause points forwards", () => {
      expect(only("They will meet on Tuesday.", THURSDAY)).toMatchObject({ value: "2025-12-09", future: true });
      expect(only("The vote is scheduled for Sunday.", THURSDAY)).toMatchObject({ value: "2025-12-07", future: true });
    });

    it("[D1] the verb right before the date decides the direction, not a later future clause", () => {
      const d = only("Officials said on Wednesday that the ministry will suspend the duties.", THURSDAY);
      expect(d).toMatchObject({ value: "2025-12-03", future: false });
    });

    it("[D1] two weekdays in one sentence resolve each in its own clause", () => {
      const found = findDateExpressions("Lopes said on Tuesday that Varga will meet her on Friday.", THURSDAY);
      expect(found.map((d) => [d.text, d.value])).toEqual([
        ["Tuesday", "2025-12-02"],
        ["Friday", "2025-12-05"],
      ]);
    });

    it("[D1] 'last' and 'next' weekdays resolve to the previous and following week", () => {
      expect(only("They met last Tuesday.", THURSDAY).value).toBe("2025-12-02");
      expect(only("They will meet next Tuesday.", THURSDAY).value).toBe("2025-12-09");
    });
  });

  describe("[D2] a weekday with a numeric hint", () => {
    it("[D2] Tuesday (12/2) resolves to the hinted day and the expression covers the bracket", () => {
      const text = "They met Tuesday (12/2) in Lisbon.";
      const d = only(text, THURSDAY);
      expect(d).toMatchObject({ text: "Tuesday (12/2)", value: "2025-12-02", precision: "day" });
      expect(text.slice(d.start, d.end)).toBe("Tuesday (12/2)");
    });

    it("[D2] the hint decides even where the weekday rule would pick another week", () => {
      // A past-tense Tuesday alone would be 2025-12-02; the hint says 11/25.
      expect(only("They met on Tuesday (11/25) in Lisbon.", THURSDAY).value).toBe("2025-11-25");
    });

    it("[D2] a hint with a year is a stated date, even without a reference", () => {
      expect(only("They met Tuesday (12/2/2025) in Lisbon.", null)).toMatchObject({ value: "2025-12-02", kind: "stated" });
    });
  });

  describe("[D3] a month and day without a year", () => {
    it("[D3] a past month-day takes the nearest such day before the reference", () => {
      expect(only("The ceasefire began on December 1.", THURSDAY)).toMatchObject({ value: "2025-12-01", kind: "relative" });
      expect(only("The ceasefire began on December 20.", THURSDAY).value).toBe("2024-12-20");
    });

    it("[D3] a future month-day takes the nearest such day after the reference", () => {
      expect(only("Elections will be held on March 3.", THURSDAY)).toMatchObject({ value: "2026-03-03", future: true });
    });

    it("[D3] a month alone takes the year of the clause's direction", () => {
      expect(only("He arrived in November.", THURSDAY)).toMatchObject({ value: "2025-11", precision: "month" });
      expect(only("He will arrive in January.", THURSDAY)).toMatchObject({ value: "2026-01", precision: "month" });
    });
  });

  describe("stated dates", () => {
    it("an absolute 'August 6, 2025' is a stated date of day precision", () => {
      expect(only("The deal was signed on August 6, 2025.", THURSDAY)).toMatchObject({
        text: "August 6, 2025", value: "2025-08-06", precision: "day", kind: "stated",
      });
    });

    it("day-month-year and ISO forms are stated days", () => {
      expect(only("They met on 2 December 2025.", null)).toMatchObject({ value: "2025-12-02", kind: "stated" });
      expect(only("The meeting took place on 2025-12-02.", null)).toMatchObject({ value: "2025-12-02", kind: "stated" });
    });

    it("'in November 2010' is a stated date of month precision", () => {
      expect(only("He moved to Lisbon in November 2010.", THURSDAY)).toMatchObject({
        text: "November 2010", value: "2010-11", precision: "month", kind: "stated",
      });
    });

    it("'in 2008' is a stated date of year precision", () => {
      expect(only("The company was founded in 2008.", THURSDAY)).toMatchObject({ text: "2008", value: "2008", precision: "year", kind: "stated" });
    });

    it("finds several years after prepositions", () => {
      expect(findDateExpressions("She served since 1999 and until 2004.", null).map((d) => d.value)).toEqual(["1999", "2004"]);
    });

    it("a number before 'percent' or in a year range is not a year", () => {
      expect(findDateExpressions("Growth was 2025 percent.", THURSDAY)).toEqual([]);
      expect(findDateExpressions("Between 2019-2021 prices rose.", THURSDAY)).toEqual([]);
    });
  });

  describe("[D4] vague spans and durations", () => {
    it("[D4] 'last week' dates nothing", () => {
      expect(findDateExpressions("The envoy visited Lisbon last week.", THURSDAY)).toEqual([]);
    });

    it("[D4] 'over the weekend' and 'in the past few days' date nothing", () => {
      expect(findDateExpressions("It happened over the weekend.", THURSDAY)).toEqual([]);
      expect(findDateExpressions("In the past few days they talked.", THURSDAY)).toEqual([]);
    });

    it("[D4] a duration 'for 90 days' dates nothing", () => {
      expect(findDateExpressions("Tariffs were suspended for 90 days.", THURSDAY)).toEqual([]);
      expect(findDateExpressions("The talks lasted four hours.", THURSDAY)).toEqual([]);
    });
  });

  describe("without a reference date", () => {
    it("keeps only the stated dates when the reference is null", () => {
      const found = findDateExpressions("They met on Tuesday and signed the accord on August 6, 2025.", null);
      expect(found.map((d) => [d.text, d.value, d.kind])).toEqual([["August 6, 2025", "2025-08-06", "stated"]]);
    });

    it("drops a weekday, a month-day and a month without a year when the reference is null", () => {
      expect(findDateExpressions("They met on Tuesday.", null)).toEqual([]);
      expect(findDateExpressions("The deal was signed on August 6.", null)).toEqual([]);
      expect(findDateExpressions("He arrived in November.", null)).toEqual([]);
      expect(findDateExpressions("They met on Tuesday (12/2).", null)).toEqual([]);
    });

    it("keeps a stated month and year when the reference is null", () => {
      expect(findDateExpressions("He moved there in November 2010 and met her on Tuesday.", null).map((d) => d.value)).toEqual(["2010-11"]);
    });
  });
});
