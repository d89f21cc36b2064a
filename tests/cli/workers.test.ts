import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate-corpus";
import { buildTimelineFromFolder } from "../../src/cli/extract";

describe("extraction on several threads", () => {
  it("gives byte-identical output to a single thread", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-workers-"));
    writeCorpus(dir, 300);
    const serial = await buildTimelineFromFolder(dir, { threads: 1 });
    const parallel = await buildTimelineFromFolder(dir, { threads: 2, minArticlesForWorkers: 1 });
    expect(serial.timeline.events.length).toBeGreaterThan(1000);
    expect(JSON.stringify(parallel.timeline)).toBe(JSON.stringify(serial.timeline));
  }, 120_000);
});
