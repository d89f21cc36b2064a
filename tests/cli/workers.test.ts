import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate-corpus";
import { analyzeInPool } from "../../src/cli/article-pool";
import { buildTimelineFromFolder } from "../../src/cli/extract";

const misbehaving = new URL("../fixtures/workers/misbehaving-worker.mjs", import.meta.url);
const file = (path: string) => ({ path, bytes: new TextEncoder().encode(`date 2024-03-12\nThe mayor of ${path} said on Monday that the bridge would reopen.`) });

describe("extraction in worker threads", () => {
  it("gives byte-identical output on one thread and on two", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-workers-"));
    writeCorpus(dir, 300);
    const serial = await buildTimelineFromFolder(dir, { threads: 1 });
    const parallel = await buildTimelineFromFolder(dir, { threads: 2 });
    expect(serial.timeline.events.length).toBeGreaterThan(1000);
    expect(JSON.stringify(parallel.timeline)).toBe(JSON.stringify(serial.timeline));
  }, 120_000);

  it("stops an article that runs over its budget, names it, and reads the rest", async () => {
    const files = ["a.txt", "hang.txt", "b.txt", "hang-again.txt", "c.txt"].map(file);
    const results = await analyzeInPool(files, { threads: 2, budget: { seconds: 0.5 }, worker: misbehaving });
    expect(results.map((r) => ("message" in r ? r.message : ""))).toEqual([
      expect.stringMatching(/^read \d+ bytes$/),
      expect.stringMatching(/^took longer than 0\.5 s; skipped: please report it with the file attached$/),
      expect.stringMatching(/^read/),
      expect.stringMatching(/^took longer than/),
      expect.stringMatching(/^read/),
    ]);
    expect(results.filter((r) => "skipped" in r && r.skipped).map((r) => ("file" in r ? r.file : ""))).toEqual(["hang.txt", "hang-again.txt"]);
  }, 30_000);

  it("replaces a worker that crashes or throws, reports its article and loses no other", async () => {
    const files = ["crash.txt", "a.txt", "throw.txt", "b.txt", "crash-2.txt", "c.txt"].map(file);
    const results = await analyzeInPool(files, { threads: 1, budget: { seconds: 5 }, worker: misbehaving });
    const said = results.map((r) => ("message" in r ? r.message : ""));
    expect(said.filter((m) => m.startsWith("read"))).toHaveLength(3);
    expect(said[0]).toMatch(/^the extractor stopped while reading this file \(its thread exited with code 3\); skipped: please report it/);
    expect(said[2]).toMatch(/^the extractor stopped while reading this file \(boom\); skipped/);
    expect(said[4]).toMatch(/exited with code 3/);
  }, 30_000);

  it("fails the run with a clear message when no worker can start", async () => {
    const broken = new URL("data:text/javascript,throw new Error('cannot load the gazetteer')");
    await expect(analyzeInPool([file("a.txt")], { threads: 1, worker: broken })).rejects.toThrow(/the article worker did not start \(cannot load the gazetteer\); run `npm ci`/);
  }, 30_000);
});
