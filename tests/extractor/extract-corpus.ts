import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { parseTimeline } from "../../src/model/timeline";
import { extractTimeline, type ArticleFile } from "../../src/pipeline/recipe";

let gazetteer: ReturnType<typeof loadGazetteer> | undefined;

export function readFolder(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/** Runs the whole extractor on files, as the CLI does, and validates the result. */
export function extract(files: ArticleFile[]) {
  gazetteer ??= loadGazetteer();
  const { timeline } = extractTimeline(files, gazetteer);
  return parseTimeline(timeline);
}
