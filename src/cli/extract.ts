import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseTimeline } from "../model/timeline";
import { availableParallelism } from "node:os";
import { extractFromResults, extractTimeline, type RunReport } from "../pipeline/recipe";
import { analyzeInWorkers, MIN_ARTICLES_FOR_WORKERS } from "./analyze-in-workers";
import { loadGazetteer } from "./load-gazetteer";
import { readArticleFolder } from "./read-articles";

/** Reads a folder of articles and returns the validated timeline and the run report. Large
 *  folders are read on every core (see analyze-in-workers.ts). */
export async function buildTimelineFromFolder(dir: string, options: { threads?: number; minArticlesForWorkers?: number } = {}) {
  const { files, diagnostics } = await readArticleFolder(dir);
  const gazetteer = loadGazetteer();
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { timeline, report } =
    threads > 1 && files.length >= (options.minArticlesForWorkers ?? MIN_ARTICLES_FOR_WORKERS)
      ? extractFromResults(await analyzeInWorkers(ordered, gazetteer, threads), gazetteer)
      : extractTimeline(files, gazetteer);
  const merged = { ...timeline, diagnostics: [...diagnostics, ...timeline.diagnostics] };
  return { timeline: parseTimeline(merged), report: { ...report, diagnostics: [...diagnostics, ...report.diagnostics] } satisfies RunReport };
}

export function formatReport(report: RunReport, timeline: ReturnType<typeof parseTimeline>): string {
  const byType = new Map<string, number>();
  for (const e of timeline.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const lines = [
    `articles read: ${timeline.articles.length}`,
    `events: ${timeline.events.length} (${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(", ")})`,
    `undated events: ${timeline.events.filter((e) => !e.date).length}`,
    `actors: ${timeline.actors.length} (${timeline.actors.filter((a) => a.kind === "person").length} people, ${timeline.actors.filter((a) => a.kind === "organization").length} organizations)`,
    `locations: ${timeline.locations.length}`,
    `warnings: ${report.diagnostics.length}`,
    ...report.diagnostics.map((d) => `  ${d.severity}: ${d.file}: ${d.message}`),
    // per file, while that stays readable; the report file always has it
    ...(report.articles.length <= 100
      ? ["per file (sentences, events, warnings):", ...report.articles.map((a) => `  ${a.file}: ${a.sentences}, ${a.events}, ${a.warnings.length}`)]
      : [`per file: see the report written beside the output (${report.articles.length} files)`]),
  ];
  return lines.join("\n");
}

async function main(argv: string[]) {
  const args = [...argv];
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args.splice(outAt, 2)[1] : "public/timeline.json";
  if (!out) throw new Error("--out needs a file name, e.g. --out timeline.json");
  const dir = args.find((a) => !a.startsWith("--")) ?? "seeds";
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new Error(`${dir}: no such folder; name a folder of .txt articles, e.g. npm run extract -- seeds`);
  const { timeline, report } = await buildTimelineFromFolder(dir);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(timeline, null, 1)}\n`);
  const reportPath = out.replace(/\.json$/i, "") + ".report.json";
  await writeFile(reportPath, `${JSON.stringify(report, null, 1)}\n`);
  console.log(formatReport(report, timeline));
  console.log(`wrote ${out} and ${reportPath}`);
  // 0: every file read; 2: some files skipped or damaged (see the warnings); 1: the run failed
  return report.diagnostics.some((d) => d.severity === "error" || d.message.startsWith("skipped")) ? 2 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`extract failed: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
