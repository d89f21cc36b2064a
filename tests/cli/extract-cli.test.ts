import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";

// The command a user runs on their own folder: bad files are named with what to do, the rest
// is extracted whole, and the output is written for what could be read.
let dir: string;
let out: string;
let run: ReturnType<typeof spawnSync>;
let timeline: Timeline;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
  const articles = join(dir, "articles");
  mkdirSync(join(articles, "nested"), { recursive: true });
  copyFileSync("seeds/004_f0fc902927b76b89.txt", join(articles, "nested", "004_f0fc902927b76b89.txt"));
  copyFileSync("seeds/000_4300b7ea85180928.txt", join(articles, "000_4300b7ea85180928.txt"));
  copyFileSync("seeds/000_4300b7ea85180928.txt", join(articles, "copy-of-000.txt"));
  writeFileSync(join(articles, "empty.txt"), "");
  writeFileSync(join(articles, "bad-date.txt"), "date 2025-13-45\nThe mayor met the governor on Monday.");
  writeFileSync(join(articles, "latin1.txt"), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0x32, 0x30, 0x32, 0x34, 0x2d, 0x30, 0x31, 0x2d, 0x30, 0x32, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2e]));
  symlinkSync(join(dir, "missing.txt"), join(articles, "dangling.txt"));
  out = join(dir, "out", "timeline.json");
  run = spawnSync("npx", ["tsx", "src/cli/extract.ts", articles, "--out", out], { encoding: "utf8" });
  timeline = parseTimeline(JSON.parse(readFileSync(out, "utf8")));
});

describe("npm run extract on a folder with bad files", () => {
  it("exits with 2 (some files skipped) and still writes valid data and the report", () => {
    expect(run.status).toBe(2);
    expect(existsSync(out.replace(/\.json$/, ".report.json"))).toBe(true);
  });

  it("extracts the good articles whole, nested folders included", () => {
    expect(timeline.articles.map((a) => a.id)).toEqual(expect.arrayContaining(["000_4300b7ea85180928", "nested/004_f0fc902927b76b89"]));
    expect(timeline.events.filter((e) => e.type === "meeting" && e.date === "2025-12-02")).toHaveLength(1);
  });

  it("names each bad file with what is wrong and what to do", () => {
    const said = (file: string) => timeline.diagnostics.filter((d) => d.file === file).map((d) => d.message).join(" ");
    expect(said("dangling.txt")).toMatch(/link to a file that does not exist; fix or remove/);
    expect(said("empty.txt")).toMatch(/empty.*remove the file/);
    expect(said("copy-of-000.txt")).toMatch(/same article as 000_4300b7ea85180928\.txt/);
    expect(said("bad-date.txt")).toMatch(/"2025-13-45" is not a calendar date; write it as YYYY-MM-DD/);
    expect(said("latin1.txt")).toMatch(/not valid UTF-8 at byte 19/);
    expect(run.stdout).toContain("dangling.txt");
  });
});
