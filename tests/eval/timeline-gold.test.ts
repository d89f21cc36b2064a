import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreEvents } from "../../src/eval/score-events";
import { goldFromTimeline, isTimelineDocument } from "../../src/eval/timeline-gold";
import type { Corrections } from "../../src/model/corrections";
import { applyCorrections } from "../../src/pipeline/corpus/apply-corrections";
import { FIXTURE } from "../app/fixture-timeline";

// A reader's corrected timeline as the gold: the extractor's output is scored against it, so
// the corrections measure the extractor on the reader's own articles.

const CORRECTIONS: Corrections = {
  version: 1,
  operations: [
    // not an event: the extractor's report of it costs precision
    { op: "hide-event", event: "e-budget" },
    // dated wrong: the extractor's report no longer matches, which costs recall and precision
    { op: "set-event", event: "e-kremlin", date: "2025-12-01" },
    // a better spelling: the extractor's actors still match by the spelling it used
    { op: "rename-actor", actor: "steve-witkoff", name: "Steven Witkoff" },
  ],
};
const corrected = applyCorrections(structuredClone(FIXTURE), CORRECTIONS).timeline;

describe("scoring against a corrected timeline", () => {
  it("scores a timeline perfectly against itself", () => {
    expect(scoreEvents(FIXTURE, goldFromTimeline(FIXTURE))).toMatchObject({ precision: 1, recall: 1, f1: 1, missed: [], actorPrecision: 1, actorRecall: 1, fragmentedActors: [] });
  });

  it("counts a hidden event against precision and a redated one as a miss", () => {
    const score = scoreEvents(FIXTURE, goldFromTimeline(corrected));
    expect(score).toMatchObject({ predicted: 5, goldRequired: 4, matchedRequired: 3, missed: ["e-kremlin"], precision: 0.6, recall: 0.75, actorPrecision: 1, actorRecall: 1 });
    expect(score.unmatchedPredicted).toHaveLength(2);
  });

  it("tells a timeline from a gold annotation", () => {
    expect(isTimelineDocument(corrected)).toBe(true);
    expect(isTimelineDocument({ events: [] })).toBe(false);
  });

  it("is what npm run eval does with --against, or with a timeline in the gold's place", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-eval-"));
    writeFileSync(join(dir, "predicted.json"), JSON.stringify(FIXTURE));
    writeFileSync(join(dir, "corrected.json"), JSON.stringify(corrected));
    const evaluate = (...args: string[]) => spawnSync("npx", ["tsx", "src/cli/eval.ts", ...args], { encoding: "utf8" });
    const against = evaluate(join(dir, "predicted.json"), "--against", join(dir, "corrected.json"), "--json");
    expect(against.status).toBe(0);
    expect(JSON.parse(against.stdout)).toMatchObject({ precision: 0.6, recall: 0.75, missed: ["e-kremlin"] });
    const positional = evaluate(join(dir, "predicted.json"), join(dir, "corrected.json"));
    expect(positional.stdout).toContain("P=0.6 R=0.75 F1=0.667");
    const missing = evaluate(join(dir, "predicted.json"), "--against");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--against needs a timeline file/);
  });
});
