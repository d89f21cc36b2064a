import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreEvents, type Gold } from "../../src/eval/score-events";
import { extract, readFolder } from "./extract-corpus";

// Regression pins, not measures of generality. Every set here has been read for misses:
// tests/fixtures/unseen, heldout and described were written blind but their misses were read and
// fixed in earlier sessions, so they are training data now. cnb-ratecut, quickseal-recall and
// aragon-election were written blind for issue #11 and measured once before any rule changed
// (F1 0.559, 0.357 and 0.552); the misses of the first two have not been read, but the figures
// below are after later general changes; one prediction of aragon-election was read on 2026-12-01
// (a change cost it a merge, and "14 ballot boxes" read as a verb was fixed), so it is in part
// training data now. durban-port-bribery-trial was written blind on 2026-12-01 and first
// measured at F1 0.483; its actor splits were read and fixed by general name rules, its event
// misses were not. The development sets in ../shared (real articles, read
// freely) are pinned where they exist. Each floor sits a little under today's figure, so a
// change that helps one set at the cost of the others shows up here; the honest measure of the
// extractor is articles it has never seen (see the README's measuring section).
const PINS: [string, string, number][] = [
  ["tests/fixtures/unseen", "tests/fixtures/unseen.gold.json", 0.65],
  ["tests/fixtures/heldout", "tests/fixtures/heldout.gold.json", 0.54],
  ["tests/fixtures/described", "tests/fixtures/described.gold.json", 0.85],
  ["tests/fixtures/cnb-ratecut", "tests/fixtures/cnb-ratecut.gold.json", 0.47],
  ["tests/fixtures/quickseal-recall", "tests/fixtures/quickseal-recall.gold.json", 0.39],
  ["tests/fixtures/aragon-election", "tests/fixtures/aragon-election.gold.json", 0.64],
  ["tests/fixtures/durban-port-bribery-trial", "tests/fixtures/durban-port-bribery-trial.gold.json", 0.46],
];
const DEV: [string, string, number][] = [
  ["../shared/dev/news", "../shared/dev/dev.gold.json", 0.75],
  ["../shared/dev2/news", "../shared/dev2/dev2.gold.json", 0.53],
];

const score = (dir: string, goldFile: string) => {
  const timeline = extract(readFolder(dir));
  return scoreEvents(timeline, JSON.parse(readFileSync(goldFile, "utf8")) as Gold);
};

describe("the extractor keeps its measured quality (regression pins)", () => {
  it.each(PINS)("on %s", (dir, gold, floor) => {
    const s = score(dir, gold);
    expect(s.invalidExcerpts[0]).toBe(0);
    expect(s.f1).toBeGreaterThanOrEqual(floor);
  });

});

// the real articles of ../shared are read in place, never copied in; a machine without them skips
for (const [dir, gold, floor] of DEV) {
  it.skipIf(!existsSync(dir))(`keeps its measured quality on the development set ${dir} (regression pin)`, () => {
    const s = score(dir, gold);
    expect(s.invalidExcerpts[0]).toBe(0);
    expect(s.f1).toBeGreaterThanOrEqual(floor);
  });
}
