import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";

// The extract command on tests/fixtures/bad-input, plus the cases git cannot hold: every bad
// file is named with what is wrong and what to do, and the good articles come out whole.
const asRoot = process.getuid?.() === 0;
let dir: string;
let run: ReturnType<typeof spawnSync>;
let timeline: Timeline;
let alone: Timeline;

const extract = (folder: string, out: string) => spawnSync("npx", ["tsx", "src/cli/extract.ts", folder, "--out", out], { encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dateline-bad-"));
  const articles = join(dir, "articles");
  cpSync("tests/fixtures/bad-input", articles, { recursive: true, verbatimSymlinks: true });
  // 20 MB on one line: refused with a clear message, in bounded time
  writeFileSync(join(articles, "huge-one-line.txt"), `date 2024-03-12\n${"The minister said the talks went on. ".repeat(600_000)}`);
  writeFileSync(join(articles, "locked.txt"), "date 2024-03-12\nThe mayor said on Monday that the bridge would reopen.");
  chmodSync(join(articles, "locked.txt"), 0o000);
  run = extract(articles, join(dir, "out", "timeline.json"));
  timeline = parseTimeline(JSON.parse(readFileSync(join(dir, "out", "timeline.json"), "utf8")));
  const good = join(dir, "good");
  cpSync("tests/fixtures/bad-input", good, { recursive: true, filter: (src) => !/\.txt$/.test(src) || /good/.test(src) });
  extract(good, join(dir, "good.json"));
  alone = parseTimeline(JSON.parse(readFileSync(join(dir, "good.json"), "utf8")));
}, 180_000);

const said = (file: string) => timeline.diagnostics.filter((d) => d.file === file).map((d) => d.message).join(" | ");

describe("npm run extract on a folder of bad files", () => {
  it("exits with 2 (some files skipped) and writes the data and the report for what could be read", () => {
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, "out", "timeline.report.json"))).toBe(true);
    expect(run.stdout).toContain("dangling-link.txt");
    expect(run.stdout).toMatch(/good-lf.txt: \d+, \d+, 0/);
  });

  it("extracts the good articles exactly as it does without the bad ones around them", () => {
    const summary = (t: Timeline) =>
      t.events.filter((e) => e.sources.every((s) => /good/.test(s.articleId))).map((e) => [e.type, e.date, e.title, e.sources.map((s) => s.text)]);
    expect(summary(alone).length).toBeGreaterThanOrEqual(7);
    expect(summary(timeline)).toEqual(summary(alone));
  });

  it("reads CRLF and CR line endings like LF ones", () => {
    const shape = (id: string) => timeline.events.filter((e) => e.sources[0].articleId === id).map((e) => [e.type, e.date]);
    expect(shape("good-crlf")).toEqual(shape("good-lf"));
    expect(shape("good-cr")).toEqual(shape("good-lf"));
    for (const e of timeline.events) for (const s of e.sources) expect(s.text).not.toMatch(/[\r\n]/);
  });

  it("drops a byte-order mark and reads the article", () => {
    expect(timeline.articles.find((a) => a.id === "bom")).toMatchObject({ published: "2024-03-12", publishedBasis: "header" });
    expect(said("bom.txt")).toBe("");
  });

  it("names each bad file with what is wrong and what to do", () => {
    expect(said("empty.txt")).toMatch(/empty.*remove the file/);
    expect(said("whitespace.txt")).toMatch(/only whitespace/);
    expect(said("binary.txt")).toMatch(/binary data \(a NUL byte at offset 8\).*Save the article as plain text/);
    expect(said("latin1.txt")).toMatch(/not valid UTF-8 at byte 23.*Re-save the file as UTF-8/);
    expect(said("impossible-date.txt")).toMatch(/"2025-13-45" is not a calendar date; write it as YYYY-MM-DD/);
    expect(said("undatable.txt")).toMatch(/no publication date.*add a date line/);
    expect(said("html.txt")).toMatch(/HTML markup found/);
    expect(said("non-english.txt")).toMatch(/does not look like English.*kept/);
    expect(said("saved-twice-good-lf.txt")).toMatch(/same article as good-lf\.txt/);
    expect(said("dangling-link.txt")).toMatch(/link to a file that does not exist; fix or remove the link/);
    expect(said("huge-one-line.txt")).toMatch(/the file is 2\d\.\d MB; Dateline reads articles of up to 5 MB/);
  });

  it.skipIf(asRoot)("names a file it may not read", () => {
    expect(said("locked.txt")).toMatch(/cannot read the file/);
  });

  it("keeps an article with nothing datable, its events undated", () => {
    expect(timeline.articles.find((a) => a.id === "undatable")?.published).toBeNull();
    expect(timeline.events.filter((e) => e.sources[0].articleId === "undatable").every((e) => e.date === null)).toBe(true);
  });

  it("reads HTML saved as text without its tags and scripts, offsets into the file as saved", () => {
    const events = timeline.events.filter((e) => e.sources[0].articleId === "html");
    expect(events.map((e) => [e.type, e.date])).toEqual([["statement", "2024-03-11"]]);
    expect(events[0].sources[0].text).toContain("Carla Mendes said on Monday");
    const text = timeline.articles.find((a) => a.id === "html")!.text;
    const script = [text.indexOf("<script>"), text.indexOf("</script>")];
    const inScript = timeline.actors.flatMap((a) => a.mentions).filter((m) => m.articleId === "html" && m.start > script[0] && m.start < script[1]);
    expect(script[0]).toBeGreaterThan(0);
    expect(inScript).toEqual([]);
  });

  it("keeps a non-English article but makes no events of it", () => {
    expect(timeline.articles.map((a) => a.id)).toContain("non-english");
    expect(timeline.events.filter((e) => e.sources.some((s) => s.articleId === "non-english"))).toEqual([]);
  });

  it("reads articles in nested folders", () => {
    expect(timeline.events.some((e) => e.sources[0].articleId === "nested/good-nested" && e.type === "resignation")).toBe(true);
  });

  it("fails with 1 and says so when the folder itself does not exist", () => {
    const missing = extract(join(dir, "no-such-folder"), join(dir, "x.json"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no-such-folder: no such folder/);
  });
});
