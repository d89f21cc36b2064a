import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run timex", () => {
  it("prints the date stage's expressions with offsets into each document and TIMEX3 values", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-timex-"));
    const text = "The talks ended.\nThe envoy met the minister on Tuesday and will return on March 28.";
    writeFileSync(join(dir, "docs.json"), JSON.stringify([{ id: "d1", dct: "2013-03-22", text }]));
    const run = spawnSync("npx", ["tsx", "src/cli/timex.ts", join(dir, "docs.json")], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const [doc] = JSON.parse(run.stdout);
    expect(doc.timexes.map((t: { value: string }) => t.value)).toEqual(["2013-03-19", "2013-03-28"]);
    for (const t of doc.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
