import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreEvents, type Gold } from "../../src/eval/score-events";
import { extract, readFolder } from "./extract-corpus";

// Articles written for testing in other outlets' styles, on other stories, annotated by hand
// without looking at the extractor: tests/fixtures/unseen (five articles) and
// tests/fixtures/heldout (six more, written later, never used to tune a rule), and
// tests/fixtures/described (two, written to check how names given with descriptions are read;
// their misses were then read and fixed, so they guard those rules rather than measure). The
// floors sit just under what the extractor measures today, so a change that helps the seeds at
// the cost of copy it was not written for shows up here.
describe("the extractor on articles it was not tuned on", () => {
  it.each([
    ["tests/fixtures/unseen", 0.64],
    ["tests/fixtures/heldout", 0.55],
    ["tests/fixtures/described", 0.88],
  ])("keeps its measured quality on %s", (dir, floor) => {
    const timeline = extract(readFolder(dir));
    const gold = JSON.parse(readFileSync(`${dir}.gold.json`, "utf8")) as Gold;
    const score = scoreEvents(timeline, gold);
    expect(score.invalidExcerpts[0]).toBe(0);
    expect(score.f1).toBeGreaterThanOrEqual(floor);
  });
});
