import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorrectionOperation } from "../../src/model/corrections";
import { parseTimeline, type Timeline } from "../../src/model/timeline";

// npm run extract applies the corrections.json at the top of the folder it reads (or the file
// given with --corrections) after extraction, says how many applied and how many were skipped,
// and goes on without a malformed file. The articles are invented.

const HARBOUR = `date 2026-03-10
title Harbour talks in Velmora
outlet The Coastal Ledger

Mayor Ilse Varnholt met shipping executive Tomas Quell in Velmora on Monday to discuss the harbour expansion.
"We will not rush this," Varnholt said after the meeting.
The city council will vote on the plan on March 20.
`;
const RESIGNS = `date 2026-03-11
title Quell leaves the board
outlet Velmora Evening Post

Tomas Quell resigned from the board of Quell Shipping on Tuesday, the company said.
Mayor Ilse Varnholdt said on Tuesday that the harbour plan needs more study.
`;

const extract = (...args: string[]) => spawnSync("npx", ["tsx", "src/cli/extract.ts", ...args], { encoding: "utf8" });
const read = (path: string) => parseTimeline(JSON.parse(readFileSync(path, "utf8")));

let dir: string;
let plain: Timeline;
let corrected: Timeline;
let run: ReturnType<typeof spawnSync>;
let refused: ReturnType<typeof spawnSync>;
let uncorrected: Timeline;
let vote: string;
let statement: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dateline-corrections-"));
  const articles = join(dir, "articles");
  mkdirSync(articles);
  writeFileSync(join(articles, "harbour-talks.txt"), HARBOUR);
  writeFileSync(join(articles, "quell-resigns.txt"), RESIGNS);
  // the folder first without corrections, to learn the ids the extractor gives
  expect(extract(articles, "--out", join(dir, "plain.json")).status).toBe(0);
  plain = read(join(dir, "plain.json"));
  vote = plain.events.find((e) => e.type === "vote")!.id;
  statement = plain.events.find((e) => e.type === "statement" && e.date === "2026-03-10")!.id;
  const operations: CorrectionOperation[] = [
    { op: "hide-event", event: vote, label: "City council vote" },
    { op: "set-event", event: statement, title: "Varnholdt asks for more study", at: "2026-03-12T08:00:00Z" },
    { op: "rename-actor", actor: "ilse-varnholdt", name: "Ilse Varnholt" },
    { op: "merge-actors", actor: "quell-shipping", into: "tomas-quell" },
    { op: "hide-event", event: "2026-03-01-meeting-an-event-long-gone", label: "Talks at the old pier" },
  ];
  writeFileSync(join(articles, "corrections.json"), JSON.stringify({ version: 1, operations }, null, 1));
  run = extract(articles, "--out", join(dir, "corrected.json"));
  corrected = read(join(dir, "corrected.json"));
  writeFileSync(join(dir, "bad.json"), JSON.stringify({ version: 1, operations: [{ op: "hide-event", event: vote }, { op: "set-event", event: statement, date: "2026-02-30" }] }));
  refused = extract(articles, "--corrections", join(dir, "bad.json"), "--out", join(dir, "refused.json"));
  uncorrected = read(join(dir, "refused.json"));
}, 180_000);

describe("npm run extract with a corrections.json in the folder", () => {
  it("does not read the corrections as an article", () => {
    expect(corrected.articles.map((a) => a.id)).toEqual(["harbour-talks", "quell-resigns"]);
  });

  it("applies them: the vote is hidden, the statement retitled, Varnholt renamed, the company merged into Quell", () => {
    expect(corrected.events.map((e) => e.id)).not.toContain(vote);
    expect(corrected.hiddenEvents?.map((e) => e.id)).toEqual([vote]);
    const retitled = corrected.events.find((e) => e.id === statement)!;
    expect(retitled).toMatchObject({ title: "Varnholdt asks for more study", sources: plain.events.find((e) => e.id === statement)!.sources });
    expect(retitled.corrected?.fields).toEqual(["title"]);
    expect(corrected.actors.find((a) => a.id === "ilse-varnholdt")?.name).toBe("Ilse Varnholt");
    expect(corrected.actors.map((a) => a.id)).not.toContain("quell-shipping");
    expect(corrected.actors.find((a) => a.id === "tomas-quell")?.formerIds).toEqual(["quell-shipping"]);
  });

  it("says in the summary how many applied and how many were skipped, and names the one skipped", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("corrections: 4 applied, 1 skipped (corrections.json)");
    expect(run.stdout).toContain("hidden by corrections: 1");
    expect(run.stdout).toMatch(/warning: corrections\.json: operations\[4\] \(hide-event\): the event "2026-03-01-meeting-an-event-long-gone" \("Talks at the old pier"\) is not in this extraction/);
    expect(corrected.diagnostics.map((d) => d.file)).toEqual(["corrections.json"]);
  });

  it("refuses a malformed --corrections file with the path of the bad entry, and writes the timeline uncorrected", () => {
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain("refused (see its error below); the timeline is uncorrected");
    expect(refused.stdout).toMatch(/error: .*bad\.json: operations\[1\]\.date: expected a calendar date/);
    expect(uncorrected.events).toEqual(plain.events);
    expect(uncorrected.actors).toEqual(plain.actors);
  });
});
