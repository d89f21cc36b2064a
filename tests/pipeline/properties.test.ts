import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { isCalendarDay } from "../../src/pipeline/dates/calendar";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractFromResults, extractTimeline, type ArticleFile } from "../../src/pipeline/recipe";
import { analyzeInPool } from "../../src/cli/article-pool";
import { Timeline } from "../../src/model/timeline";

// Properties of the whole extractor over generated articles: arbitrary text (any Unicode,
// control characters, long lines) and newsy text assembled from the pieces real copy is made
// of, so that the event, name and date stages are exercised too. 10,000 articles in all.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const piece = fc.constantFrom(
  "date 2025-12-04\n", " date 2025-12-04 ", "title Talks\n", "President Ana Lopes", "Foreign Minister Tomas Varga", "the Kremlin", "Varga",
  "Lopes", "said", "met", "will meet", "on Tuesday", "on Friday (11/28)", "December 2, 2025", "in Lisbon", "at the White House", "in Kiev",
  "resigned", "“we are ready,”", "\"no deal\"", ", ", ". ", "\n", "\r\n", "\r", "3 of 6", "Getty Images", "– Ana Lopes (@analopes) December 2, 2025",
  "<p>", "</b>", "he", "The president", "added", "did not", "could", "the meeting", "talks", "GM", "General Motors", "(", ")", "…", "\u202e",
);
// a sentence shaped like news copy: who, what, whom, where, when
const sentence = fc
  .tuple(
    fc.constantFrom("President Ana Lopes", "Foreign Minister Tomas Varga", "Lopes", "Varga", "The Kremlin", "He", "The president", "General Motors", "Wytkov"),
    fc.constantFrom("met", "said", "will meet", "resigned", "visited", "told reporters", "pleaded not guilty", "added"),
    fc.constantFrom("", " Envoy Steve Marsh", " the mayor", " that “talks go on,”"),
    fc.constantFrom("", " in Lisbon", " at the White House", " in Kiev", " in Ruritania"),
    fc.constantFrom("", " on Tuesday", " on Sunday (11/30)", " on August 6, 2025", " last Friday", " next month", " in 2009"),
  )
  .map((parts) => `${parts.join("")}.`);
const newsy = fc.array(fc.oneof(piece, sentence, sentence), { maxLength: 30 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(
  { weight: 3, arbitrary: newsy },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(newsy, fc.nat({ max: 3000 })).map(([t, n]) => t + "x".repeat(n) + " " + "word ".repeat(n / 5)) },
);
// what makes a pattern backtrack: long runs of one thing (blanked HTML leaves thousands of
// spaces), then something that almost completes a match, such as a dateline or a name
const run = fc
  .tuple(fc.constantFrom(" ", "\t", " \n", "  \r\n", "A", "ABC ", "A, ", "ALPHA, ", ",", ".", ", ", "\"", "“", "”", "'", "’", "—", "–", "-", "--", " - ", "(", "12/03/2024 ", "President ", "Mr. ", "Smith "), fc.integer({ min: 200, max: 6000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
const closer = fc.constantFrom("", "WASHINGTON (Reuters) - ", "LONDON, May 1 (AP) — ", "PARIS —", "said the minister.", "“", "Smith said.", "2024", "x");
const opener = fc.constantFrom("", "PARIS", "NEW YORK, ", "A", "Smith", "“", "President ");
const hostile = fc
  .tuple(opener, fc.array(fc.oneof(run, closer, sentence), { minLength: 1, maxLength: 6 }))
  .map(([first, parts]) => `date 2024-05-02\n${first}${parts.join("")}`);
const toFile = (text: string, i: number): ArticleFile => ({ path: `a${i}.txt`, bytes: new TextEncoder().encode(text) });

function checkInvariants(timeline: ReturnType<typeof extractTimeline>["timeline"]) {
  // the schema holds: every excerpt is the article text at its offsets, every id resolves
  Timeline.parse(timeline);
  for (const e of timeline.events) {
    if (e.date) {
      const [y, m = "01", d = "01"] = e.date.split("-");
      expect(isCalendarDay(`${y}-${m}-${d}`)).toBe(true);
    }
    for (const q of e.quotes) expect(timeline.articles.find((a) => a.id === q.articleId)!.text.slice(q.start, q.end)).toBe(q.text);
  }
  for (const a of timeline.articles) if (a.published) expect(isCalendarDay(a.published)).toBe(true);
}

describe("the extractor on generated articles", () => {
  it("never throws, keeps excerpts verbatim and dates real, on 8,000 single articles", () => {
    let withEvents = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const { timeline } = extractTimeline([toFile(text, 0)], gazetteer);
        checkInvariants(timeline);
        if (timeline.events.length) withEvents++;
      }),
      { numRuns: 8000, seed: 20261123 },
    );
    // the generator must reach the event stages, or the property says little
    expect(withEvents).toBeGreaterThan(1000);
  }, 600_000);

  it("reads 300 articles made of long runs of whitespace, capitals, punctuation, quotes and dashes within the time budget, excerpts verbatim", async () => {
    const texts = fc.sample(hostile, { numRuns: 300, seed: 20261130 });
    // through the worker pool, whose guard turns a hang into a skipped file rather than a hung test
    const results = await analyzeInPool(texts.map(toFile), { threads: 2, budget: { seconds: 5 } });
    const slow = results.filter((r) => "severity" in r).map((r) => `${"file" in r ? r.file : ""}: ${"message" in r ? r.message : ""}`);
    expect(slow).toEqual([]);
    checkInvariants(extractFromResults(results, gazetteer).timeline);
  }, 600_000);

  it("gives byte-identical output whatever the order of the files, on 2,000 articles in 500 corpora", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 2, maxLength: 6 }), fc.nat(), (texts, seed) => {
        const files = texts.map(toFile);
        const shuffled = [...files].sort((a, b) => ((a.path.charCodeAt(1) * 31 + seed) % 7) - ((b.path.charCodeAt(1) * 31 + seed) % 7) || b.path.localeCompare(a.path));
        const first = extractTimeline(files, gazetteer).timeline;
        checkInvariants(first);
        expect(JSON.stringify(extractTimeline(shuffled, gazetteer).timeline)).toBe(JSON.stringify(first));
      }),
      { numRuns: 500, seed: 20261123 },
    );
  }, 600_000);
});
