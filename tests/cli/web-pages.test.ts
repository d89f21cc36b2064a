import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTimelineFromFolder } from "../../src/cli/extract";

// The command line reads saved web pages beside text files, in its worker threads.
describe("extracting a folder that holds web pages", () => {
  it("reads .html and .htm files (in sub-folders too) with the .txt ones, and names a page with no article", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-pages-"));
    cpSync("tests/fixtures/web-pages", join(dir, "saved"), { recursive: true });
    mkdirSync(join(dir, "notes"));
    writeFileSync(join(dir, "notes", "bridge.txt"), "date 2024-03-12\nThe mayor of Ebbersford said on Monday that the bridge would reopen.");
    writeFileSync(join(dir, "notes", "ignored.pdf"), "%PDF-1.4");
    const { timeline, report } = await buildTimelineFromFolder(dir, { threads: 1 });
    expect(timeline.articles.map((a) => [a.id, a.published])).toEqual([
      ["notes/bridge", "2024-03-12"],
      ["saved/amp-story", "2025-09-23"],
      ["saved/blog", "2026-01-14"],
      ["saved/news-site", "2025-12-04"],
    ]);
    expect(timeline.events.filter((e) => e.sources.some((s) => s.articleId === "saved/news-site")).length).toBeGreaterThanOrEqual(3);
    expect(report.diagnostics).toEqual([expect.objectContaining({ file: "saved/login-wall.html", skipped: true, message: expect.stringMatching(/^skipped: no article found in this web page/) })]);
  }, 60_000);
});
