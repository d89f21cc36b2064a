import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createExtractor } from "../../../src/app/add-articles/extract-articles";
import type { FromExtractor, ShownArticle } from "../../../src/app/add-articles/protocol";
import { buildTimelineFromFolder } from "../../../src/cli/extract";
import { compactGazetteerJson } from "../../../src/cli/load-gazetteer";
import type { Timeline } from "../../../src/model/timeline";
import { gazetteerFromCompact } from "../../../src/pipeline/places/compact-gazetteer";
import type { Gazetteer } from "../../../src/pipeline/places/gazetteer";

// The worker's "add": the shown articles analyzed again from their stored texts, the new files
// read, and the corpus stage over them all. Over the shown articles alone it must give back the
// served timeline exactly, or every added article would move ids and events under the reader.
const root = resolve(import.meta.dirname, "../../..");
let gazetteer: Gazetteer;
const served = new Map<string, Timeline>();
beforeAll(async () => {
  gazetteer = gazetteerFromCompact(JSON.parse(compactGazetteerJson()));
  for (const folder of ["seeds", "tests/fixtures/web-pages"]) served.set(folder, (await buildTimelineFromFolder(resolve(root, folder))).timeline);
}, 120_000);

const shownOf = (timeline: Timeline): ShownArticle[] => timeline.articles.map(({ text, ...article }) => ({ article, text }));
const fixture = (name: string) => ({ name: `added/${name}`, bytes: new Uint8Array(readFileSync(resolve(root, "tests/fixtures/added-articles", name))) });

async function add(shown: ShownArticle[], files: { name: string; bytes: Uint8Array }[], send = createExtractor({ loadGazetteer: async () => gazetteer, post: (m) => posted.push(m) })) {
  posted.length = 0;
  await send({ type: "add", request: 1, shown, files });
  const assembled = posted.find((m) => m.type === "assembled");
  if (assembled?.type !== "assembled") throw new Error(`no timeline: ${JSON.stringify(posted.at(-1))}`);
  return assembled.timeline;
}
const posted: FromExtractor[] = [];

describe("adding articles to the shown timeline", () => {
  it.each(["seeds", "tests/fixtures/web-pages"])("gives back the served timeline of %s when nothing is added", async (folder) => {
    const timeline = served.get(folder)!;
    const again = await add(shownOf(timeline), []);
    expect(again.events).toEqual(timeline.events);
    expect(again.actors).toEqual(timeline.actors);
    expect(again.locations).toEqual(timeline.locations);
    expect(again.articles).toEqual(timeline.articles);
  });

  it("merges an added report of the Kremlin meeting into the shown event, and keeps every shown id", async () => {
    const timeline = served.get("seeds")!;
    const added = await add(shownOf(timeline), [fixture("kremlin-talks.txt"), fixture("harbour-vote.html")]);
    const kremlin = added.events.find((e) => e.id === "2025-12-02-meeting-8ce8ae9153");
    expect(kremlin?.reportedBy.articles).toContain("added/kremlin-talks");
    expect(added.articles.map((a) => a.id)).toEqual(expect.arrayContaining(["added/kremlin-talks", "added/harbour-vote"]));
    const ids = new Set(added.events.flatMap((e) => [e.id, ...(e.formerIds ?? [])]));
    for (const e of timeline.events) expect(ids).toContain(e.id);
    const actorIds = new Set(added.actors.map((a) => a.id));
    for (const a of timeline.actors) expect(actorIds).toContain(a.id);
    expect(added.events.some((e) => e.reportedBy.articles.includes("added/harbour-vote"))).toBe(true);
    expect(added.actors.find((a) => a.id === "steve-witkoff")?.mentions.some((m) => m.articleId === "added/kremlin-talks")).toBe(true);
  });

  it("re-analyzes the shown articles once, and a file it has read once, across requests", async () => {
    const timeline = served.get("seeds")!;
    const send = createExtractor({ loadGazetteer: async () => gazetteer, post: (m) => posted.push(m) });
    const first = performance.now();
    await add(shownOf(timeline), [fixture("kremlin-talks.txt")], send);
    const cold = performance.now() - first;
    const second = performance.now();
    const again = await add(shownOf(timeline), [fixture("kremlin-talks.txt")], send);
    expect(performance.now() - second).toBeLessThan(cold / 2);
    expect(again.articles).toHaveLength(timeline.articles.length + 1);
  });
});
