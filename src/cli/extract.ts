import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CORRECTIONS_FILE, readCorrections } from "../model/corrections";
import { parseTimeline, type Diagnostic, type Timeline } from "../model/timeline";
import { availableParallelism } from "node:os";
import { applyCorrections } from "../pipeline/corpus/apply-corrections";
import { extractFromResults, type RunReport } from "../pipeline/recipe";
import { analyzeInPool, DEFAULT_ARTICLE_SECONDS, type ArticleBudget } from "./article-pool";
import { loadGazetteer } from "./load-gazetteer";
import { readArticleFolder } from "./read-articles";

export interface FolderOptions {
  /** Worker threads for the per-article stage (default: the cores, at most 4). */
  threads?: number;
  /** How long one article may take before it is skipped (default 5 s, or $DATELINE_ARTICLE_SECONDS). */
  budget?: ArticleBudget;
  /** A corrections file to apply (default: corrections.json at the top of the folder, when there is one). */
  corrections?: string;
}

/** What became of a reader's corrections in a run. */
export interface CorrectionsSummary {
  /** The file, as the diagnostics name it. */
  file: string;
  applied: number;
  skipped: number;
  /** The file was malformed or unreadable, and the timeline was written without it. */
  refused: boolean;
}

export type FolderReport = RunReport & { corrections?: CorrectionsSummary };

/** The budget from the environment, so `npm start` and `npm run build` can be given one too. */
export function budgetFromEnv(env: Record<string, string | undefined> = process.env): ArticleBudget {
  const raw = env.DATELINE_ARTICLE_SECONDS;
  if (raw === undefined || raw === "") return { seconds: DEFAULT_ARTICLE_SECONDS };
  const seconds = Number(raw);
  if (!(seconds > 0)) throw new Error(`DATELINE_ARTICLE_SECONDS=${raw}: give the seconds one article may take, a number above 0 (default ${DEFAULT_ARTICLE_SECONDS})`);
  return { seconds };
}

/** Reads a folder of articles and returns the validated timeline and the run report. The
 *  per-article stage runs in worker threads under a time budget (see article-pool.ts), so a
 *  file that would hang the extractor is stopped and named, and the run goes on. A reader's
 *  corrections (corrections.json in the folder, or options.corrections) apply last. */
export async function buildTimelineFromFolder(dir: string, options: FolderOptions = {}): Promise<{ timeline: Timeline; report: FolderReport }> {
  const { files, diagnostics } = await readArticleFolder(dir);
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const analysed = analyzeInPool(ordered, { threads: options.threads ?? Math.min(availableParallelism(), 4), budget: options.budget ?? budgetFromEnv() });
  // the corpus stages need the gazetteer too: load it here while the workers read
  const gazetteer = loadGazetteer();
  const { timeline, report } = extractFromResults(await analysed, gazetteer);
  const fixes = await correct(timeline, dir, options.corrections);
  const all = [...diagnostics, ...report.diagnostics, ...fixes.diagnostics];
  const merged = { ...fixes.timeline, diagnostics: [...diagnostics, ...timeline.diagnostics, ...fixes.diagnostics] };
  return { timeline: parseTimeline(merged), report: { ...report, diagnostics: all, ...(fixes.summary ? { corrections: fixes.summary } : {}) } };
}

/** Applies the corrections file, if there is one; a file that cannot be read or is malformed is
 *  refused with an error that names it, and the timeline goes on uncorrected. */
async function correct(timeline: Timeline, dir: string, path: string | undefined): Promise<{ timeline: Timeline; diagnostics: Diagnostic[]; summary?: CorrectionsSummary }> {
  // the folder's own file is named as its articles are, relative to the folder
  const [file, shown] = path === undefined ? [join(dir, CORRECTIONS_FILE), CORRECTIONS_FILE] : [path, path];
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return { timeline, diagnostics: [] };
    const diagnostic: Diagnostic = { file: shown, severity: "error", skipped: true, message: `cannot read the corrections (${error instanceof Error ? error.message : String(error)}); check the path. The timeline was written without them` };
    return { timeline, diagnostics: [diagnostic], summary: { file: shown, applied: 0, skipped: 0, refused: true } };
  }
  const read = readCorrections(text, shown);
  if (read.diagnostic) return { timeline, diagnostics: [read.diagnostic], summary: { file: shown, applied: 0, skipped: 0, refused: true } };
  const outcome = applyCorrections(timeline, read.corrections, shown);
  return { timeline: outcome.timeline, diagnostics: outcome.diagnostics, summary: { file: shown, applied: outcome.applied, skipped: outcome.skipped, refused: false } };
}

/** The line of the run summary that says what became of the corrections. */
export function formatCorrections({ file, applied, skipped, refused }: CorrectionsSummary): string {
  if (refused) return `corrections: ${file} refused (see its error below); the timeline is uncorrected`;
  return `corrections: ${applied} applied, ${skipped} skipped (${file})`;
}

export function formatReport(report: FolderReport, timeline: Timeline): string {
  const byType = new Map<string, number>();
  for (const e of timeline.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const lines = [
    `articles read: ${timeline.articles.length}`,
    `events: ${timeline.events.length} (${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(", ")})`,
    `undated events: ${timeline.events.filter((e) => !e.date).length}`,
    ...(timeline.hiddenEvents ? [`hidden by corrections: ${timeline.hiddenEvents.length}`] : []),
    `actors: ${timeline.actors.length} (${timeline.actors.filter((a) => a.kind === "person").length} people, ${timeline.actors.filter((a) => a.kind === "organization").length} organizations)`,
    `locations: ${timeline.locations.length}`,
    ...(report.corrections ? [formatCorrections(report.corrections)] : []),
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
  const secondsAt = args.indexOf("--article-seconds");
  const seconds = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : undefined;
  if (seconds !== undefined && !(seconds > 0)) throw new Error("--article-seconds needs the seconds one article may take, e.g. --article-seconds 10");
  const correctionsAt = args.indexOf("--corrections");
  const corrections = correctionsAt >= 0 ? args.splice(correctionsAt, 2)[1] : undefined;
  if (correctionsAt >= 0 && (!corrections || corrections.startsWith("--"))) throw new Error("--corrections needs a file name, e.g. --corrections my-fixes.json");
  const dir = args.find((a) => !a.startsWith("--")) ?? "seeds";
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new Error(`${dir}: no such folder; name a folder of .txt articles, e.g. npm run extract -- seeds`);
  const { timeline, report } = await buildTimelineFromFolder(dir, { ...(seconds ? { budget: { seconds } } : {}), ...(corrections ? { corrections } : {}) });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(timeline, null, 1)}\n`);
  const reportPath = out.replace(/\.json$/i, "") + ".report.json";
  await writeFile(reportPath, `${JSON.stringify(report, null, 1)}\n`);
  console.log(formatReport(report, timeline));
  console.log(`wrote ${out} and ${reportPath}`);
  // 0: every file read; 2: some files skipped or damaged (see the warnings); 1: the run failed
  return report.diagnostics.some((d) => d.severity === "error" || d.skipped) ? 2 : 0;
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
