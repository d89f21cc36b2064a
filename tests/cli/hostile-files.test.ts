import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";

// Ten kinds of small file that have hung pattern-matching extractors (long runs of whitespace
// before a dateline, blanked HTML, capitals and commas, titles, quotation marks, dashes,
// numeric dates, one endless sentence), beside two ordinary articles, in one folder.
const header = "date 2024-05-02\n";
const HOSTILE: Record<string, string> = {
  "whitespace-before-dateline": `${header}${" ".repeat(3000)}WASHINGTON (Reuters) - The minister said on Monday that talks would resume.`,
  "capitals-then-whitespace": `${header}PARIS${" ".repeat(4000)}(Reuters)${"\t ".repeat(2000)}- The minister said.`,
  "blanked-html": `${header}<html><head><script>${"var x = 1;".repeat(200)}</script></head><body>${'<div class="a">   </div>\n'.repeat(300)}<p>LONDON${" ".repeat(2000)}(AP) — The mayor said on Tuesday that the bridge would reopen.</p></body></html>`,
  "capitals-and-commas": `${header}${"ALPHA, BRAVO, CHARLIE, ".repeat(400)}said the minister.`,
  titles: `${header}${"Deputy Prime Minister Foreign Minister Secretary General President ".repeat(300)}Smith said on Monday.`,
  quotes: `${header}${"\"“”‘’'".repeat(1500)} he said.`,
  dashes: `${header}${"— – - -- ".repeat(1500)} the minister said.`,
  "numeric-dates": `${header}${"12/03/2024 2024-03-12 03.12.2024 ".repeat(500)}`,
  "one-long-sentence": `${header}${"and the minister met the envoy in Geneva ".repeat(1500)}`,
  "capitals-whitespace-lines": `${header}${"NAIROBI,   \n".repeat(2000)}${"A ".repeat(3000)}— said.`,
};
const ORDINARY: Record<string, string> = {
  "ordinary-wire": `${header}LISBON (Reuters) - Portugal's finance minister Rui Tavares met European Commission officials in Brussels on Tuesday to discuss the country's budget, a ministry spokesman said.\n\nTavares told reporters on Wednesday that the talks had been "constructive" and that a revised plan would be sent by June 15.`,
  "ordinary-local": `${header}The mayor of Porto, Ana Ribeiro, resigned on Thursday after a dispute over the city's bus contract, her office said.\n\nCouncillor Joao Pinto said he would call an extraordinary council meeting on May 9.`,
};

let dir: string;
let run: ReturnType<typeof spawnSync>;
let timeline: Timeline;
let alone: Timeline;
const extract = (folder: string, out: string) => spawnSync("npx", ["tsx", "src/cli/extract.ts", folder, "--out", out], { encoding: "utf8", timeout: 120_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dateline-hostile-files-"));
  const all = join(dir, "all");
  const ordinary = join(dir, "ordinary");
  mkdirSync(all);
  mkdirSync(ordinary);
  for (const [name, text] of Object.entries({ ...HOSTILE, ...ORDINARY })) writeFileSync(join(all, `${name}.txt`), text);
  for (const [name, text] of Object.entries(ORDINARY)) writeFileSync(join(ordinary, `${name}.txt`), text);
  run = extract(all, join(dir, "all.json"));
  timeline = parseTimeline(JSON.parse(readFileSync(join(dir, "all.json"), "utf8")));
  extract(ordinary, join(dir, "ordinary.json"));
  alone = parseTimeline(JSON.parse(readFileSync(join(dir, "ordinary.json"), "utf8")));
}, 300_000);

describe("npm run extract on a folder of hostile files", () => {
  it("finishes, and accounts for every file: read into the timeline or named in a diagnostic", () => {
    expect(run.signal).toBeNull();
    expect([0, 2]).toContain(run.status);
    const files = readdirSync(join(dir, "all"));
    expect(files).toHaveLength(12);
    const read = new Set(timeline.articles.map((a) => `${a.id}.txt`));
    const named = new Set(timeline.diagnostics.map((d) => d.file));
    expect(files.filter((f) => !read.has(f) && !named.has(f))).toEqual([]);
  });

  it("reads the two ordinary articles whole, exactly as it does without the hostile ones", () => {
    const summary = (t: Timeline) =>
      t.events.filter((e) => e.sources.every((s) => s.articleId.startsWith("ordinary"))).map((e) => [e.type, e.date, e.title, e.sources.map((s) => s.text)]);
    expect(summary(alone).length).toBeGreaterThanOrEqual(4);
    expect(summary(timeline)).toEqual(summary(alone));
    expect(timeline.diagnostics.filter((d) => d.file.startsWith("ordinary"))).toEqual([]);
  });

  it("reads every hostile file in time: none is skipped for running over its budget", () => {
    expect(timeline.diagnostics.filter((d) => /took longer than/.test(d.message))).toEqual([]);
  });
});
