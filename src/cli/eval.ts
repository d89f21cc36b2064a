import { readFile } from "node:fs/promises";
import { parseTimeline, parseWith, Timeline } from "../model/timeline";
import { scoreEvents, type Gold } from "../eval/score-events";
import { goldFromTimeline, isTimelineDocument } from "../eval/timeline-gold";

const USAGE = "usage: npm run eval -- <timeline.json> <gold.json> [--types statement,meeting] [--json]\n   or: npm run eval -- <timeline.json> --against <corrected timeline.json>";

// The gold is a hand annotation (shared/gold/seeds.gold.json's shape) or a timeline, such as
// one a reader corrected: then the extractor is measured on the reader's own articles.
async function main(argv: string[]) {
  const typesAt = argv.indexOf("--types");
  const types = typesAt >= 0 ? argv[typesAt + 1]?.split(",") : undefined;
  const againstAt = argv.indexOf("--against");
  const valued = new Set([typesAt + 1, againstAt + 1].filter((i) => i > 0));
  const files = argv.filter((a, i) => !a.startsWith("--") && !valued.has(i));
  const against = againstAt >= 0 ? argv[againstAt + 1] : undefined;
  if (againstAt >= 0 && (!against || against.startsWith("--"))) throw new Error(`--against needs a timeline file\n${USAGE}`);
  if (files.length !== (against ? 1 : 2)) throw new Error(USAGE);
  const [predPath, goldPath] = against ? [files[0], against] : files;
  const timeline = parseTimeline(JSON.parse(await readText(predPath)));
  const goldData: unknown = JSON.parse(await readText(goldPath));
  const gold = isTimelineDocument(goldData) ? goldFromTimeline(parseWith(Timeline, goldData, goldPath)) : (goldData as Gold);
  if (!Array.isArray(gold.events)) throw new Error(`${goldPath}: neither a gold file (no "events" list; see shared/gold/seeds.gold.json for the shape) nor a timeline`);
  const s = scoreEvents(timeline, gold, types);
  if (argv.includes("--json")) console.log(JSON.stringify(s, null, 2));
  else {
    console.log(`missed: ${s.missed.join(", ") || "none"}`);
    for (const u of s.unmatchedPredicted) console.log(`unmatched: ${u}`);
    console.log(`actors: P=${s.actorPrecision} R=${s.actorRecall} fragmented=[${s.fragmentedActors.join(", ")}]  location=${s.locationAccuracy}  status=${s.statusAccuracy}  multi-source=${s.multiSourceMerged.join("/")}  invalid excerpts=${s.invalidExcerpts.join("/")}`);
    console.log(`events: predicted=${s.predicted} required=${s.goldRequired} matched=${s.matchedRequired}  P=${s.precision} R=${s.recall} F1=${s.f1}`);
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`${path}: cannot read (${(error as Error).message}); check the path`);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`eval failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
