import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scoreEvents, type Gold } from "../../src/eval/score-events";
import type { Timeline } from "../../src/model/timeline";
import { extract, readFolder } from "./extract-corpus";

// The bar of the extractor issue, on the sample corpus against its hand annotation
// (tests/fixtures/seeds.gold.json is a copy of shared/gold/seeds.gold.json).
const gold = JSON.parse(readFileSync("tests/fixtures/seeds.gold.json", "utf8")) as Gold;
let timeline: Timeline;

beforeAll(() => {
  timeline = extract(readFolder("seeds"));
});

describe("the extractor on the sample corpus", () => {
  it("finds at least 90% of the required events with F1 of at least 0.9", () => {
    const score = scoreEvents(timeline, gold);
    expect(score.missed).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("leaves no real person split over two actors", () => {
    expect(scoreEvents(timeline, gold).fragmentedActors).toEqual([]);
  });

  it("merges 'Wytkov' and 'Witkopf' into Steve Witkoff and 'Rustam Omerov' with Rustem Umerov", () => {
    const witkoff = timeline.actors.find((a) => a.aliases.includes("Wytkov"));
    expect(witkoff?.name).toBe("Steve Witkoff");
    expect(witkoff?.aliases).toContain("Witkopf");
    const umerov = timeline.actors.find((a) => a.aliases.includes("Rustem Umerov"));
    expect(umerov?.aliases).toContain("Rustam Omerov");
  });

  it("reports the 2 December Kremlin meeting once, with sources from both articles", () => {
    const meetings = timeline.events.filter((e) => e.type === "meeting" && e.date === "2025-12-02");
    expect(meetings).toHaveLength(1);
    expect(new Set(meetings[0].sources.map((s) => s.articleId))).toEqual(new Set(["000_4300b7ea85180928", "004_f0fc902927b76b89"]));
  });

  it("places every matched meeting right and tells planned from past", () => {
    const score = scoreEvents(timeline, gold);
    const meetingGold = { ...gold, events: gold.events.filter((e) => e.type === "meeting") };
    expect(scoreEvents(timeline, meetingGold).locationAccuracy).toBe(1);
    expect(score.statusAccuracy).toBe(1);
  });

  it("keeps every excerpt a verbatim slice of its article", () => {
    expect(scoreEvents(timeline, gold).invalidExcerpts[0]).toBe(0);
  });

  it("infers the publication date of the article without a header from its text", () => {
    const article = timeline.articles.find((a) => a.id === "000_4300b7ea85180928");
    expect(article).toMatchObject({ published: "2025-12-02", publishedBasis: "inferred" });
    expect(timeline.articles.find((a) => a.id === "004_f0fc902927b76b89")).toMatchObject({ published: "2025-12-04", publishedBasis: "header" });
  });

  it("gives the same bytes whatever the order of the files", () => {
    const files = readFolder("seeds");
    expect(JSON.stringify(extract([...files].reverse()))).toBe(JSON.stringify(timeline));
  });

  const shared = "../shared/tools/score-events.mjs";
  it.runIf(existsSync(shared))("agrees with the shared scorer", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-"));
    writeFileSync(join(dir, "t.json"), JSON.stringify(timeline));
    const out = execFileSync("node", [shared, join(dir, "t.json"), "tests/fixtures/seeds.gold.json", "--json"], { encoding: "utf8" });
    const theirs = JSON.parse(out);
    const ours = scoreEvents(timeline, gold);
    expect([ours.precision, ours.recall, ours.f1, ours.locationAccuracy]).toEqual([theirs.precision, theirs.recall, theirs.f1, theirs.location_accuracy]);
  });
});
