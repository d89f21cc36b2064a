import { readFile } from "node:fs/promises";
import { parseTimeline } from "../model/timeline";
import { scoreEvents, type Gold } from "../eval/score-events";

// npm run eval -- <timeline.json> <gold.json> [--types statement,meeting] [--json]
async function main(argv: string[]) {
  const typesAt = argv.indexOf("--types");
  const types = typesAt >= 0 ? argv[typesAt + 1]?.split(",") : undefined;
  const files = argv.filter((a, i) => !a.startsWith("--") && !(i > 0 && argv[i - 1] === "--types"));
  if (files.length !== 2) throw new Error("usage: npm run eval -- <timeline.json> <gold.json> [--types statement,meeting] [--json]");
  const [predPath, goldPath] = files;
  const timeline = parseTimeline(JSON.parse(await readText(predPath)));
  const gold = JSON.parse(await readText(goldPath)) as Gold;
  if (!Array.isArray(gold.events)) throw new Error(`${goldPath}: not a gold file (no "events" list); see shared/gold/seeds.gold.json for the shape`);
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
