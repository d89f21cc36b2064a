import { describe, expect, it } from "vitest";
import type { Article, DateBasis, Event } from "../../../src/model/timeline";
import { explainEventDate } from "../../../src/app/events/explain-date";

const article = (id: string, published: string | null, extra: Partial<Article> = {}): Article => ({ id, path: `${id}.txt`, published, publishedBasis: "header", text: "", ...extra });
const articles = new Map([
  ["a4", article("a4", "2025-12-04")],
  ["a2", article("a2", "2025-12-02", { publishedBasis: "inferred", publishedEvidence: "December 2, 2025" })],
]);
const basis = (b: Partial<DateBasis>): DateBasis => ({ kind: "relative", expression: "Tuesday", anchor: "2025-12-04", articleId: "a4", start: 0, end: 7, ...b });
const explainIsolated = (date: string | null, dateBasis: DateBasis | null) => explainEventDate({ date, dateBasis } as Pick<Event, "date" | "dateBasis">, articles);
// the sentence as read; the isolation marks around the article's words have their own test
const explain = (date: string | null, dateBasis: DateBasis | null) => explainIsolated(date, dateBasis).replace(/[\u2068\u2069]/g, "");

describe("explainEventDate", () => {
  it("a weekday read against the article's date", () => {
    expect(explain("2025-12-02", basis({}))).toBe("Tuesday → 2 Dec 2025, from the article's date 4 Dec 2025");
  });
  it("says when the article's date was itself inferred, and from what", () => {
    expect(explain("2025-11-30", basis({ expression: "Sunday", anchor: "2025-12-02", articleId: "a2" }))).toBe(
      "Sunday → 30 Nov 2025, from the article's date 2 Dec 2025 (inferred from “December 2, 2025”)",
    );
  });
  it("an anchor other than the article's date is named as such", () => {
    expect(explain("2025-12-01", basis({ expression: "the day before", anchor: "2025-12-02" }))).toBe("the day before → 1 Dec 2025, counted from 2 Dec 2025");
  });
  it("a date the sentence states", () => {
    expect(explain("2025-08-06", basis({ kind: "stated", expression: "August 6, 2025", anchor: null }))).toBe("“August 6, 2025” → 6 Aug 2025, stated in the sentence");
  });
  it("a date taken from the story's context", () => {
    expect(explain("2025-12-02", basis({ kind: "context", expression: "Tuesday (12/2)" }))).toBe("No date in the sentence; the story was at 2 Dec 2025 (“Tuesday (12/2)”)");
  });
  it("the publication date", () => {
    expect(explain("2025-12-04", basis({ kind: "publication", expression: "" }))).toBe("4 Dec 2025: the article's date");
  });
  it("month precision reads as a month", () => {
    expect(explain("2025-12", basis({ kind: "stated", expression: "December" }))).toBe("“December” → December 2025, stated in the sentence");
  });
  it("isolates the article's words, so an override character in them cannot reverse the date beside them", () => {
    const rlo = "\u202Egnp.exe";
    expect(explainIsolated("2025-12-02", basis({ expression: `Tuesday ${rlo}` }))).toBe("\u2068Tuesday \u202Egnp.exe\u2069 → 2 Dec 2025, from the article's date 4 Dec 2025");
    expect(explainIsolated("2025-11-30", basis({ expression: "Sunday", anchor: "2025-12-02", articleId: "a2" }))).toContain("(inferred from “\u2068December 2, 2025\u2069”)");
  });
  it("no date, or a date without a basis", () => {
    expect(explain(null, null)).toBe("No date: none of the sources says when this happened.");
    expect(explain("2025-12-02", null)).toBe("2 Dec 2025; the data does not say where this date came from.");
  });
});
