// npm run bench [-- --sizes 100,1000,10000] : the extractor's cost against corpus size, next to
// the NLP libraries it stands on, and the explorer's build size; checks the budgets and writes
// BENCHMARKS.md and bench/scaling.svg. Exits 1 when a budget is missed.
import { execFileSync } from "node:child_process";
import { EVAL_SECTION } from "../src/eval/benchmarks-section";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { writeCorpus } from "./generate-corpus";

const args = process.argv.slice(2);
const sizes = (args.includes("--sizes") ? args[args.indexOf("--sizes") + 1] : "100,1000,10000").split(",").map(Number);
const explorerArticles = Number(args.includes("--explorer-articles") ? args[args.indexOf("--explorer-articles") + 1] : sizes[sizes.length - 1]);
const BUDGET = { minKBps: 150, maxRatioToCompromise: 1.5, maxScaling: 1.5, maxFirstLoadGzipKB: 250, maxFirstTimelineMs: 1500, maxRepaintP95Ms: 100, maxTaskMs: 200, maxAddArticleMs: 3000, maxViewOpenMs: 1000 };

const measure = (what: string, dir: string) =>
  JSON.parse(execFileSync("npx", ["tsx", "bench/measure-child.ts", what, dir], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n").pop()!);

interface Row { articles: number; kb: number; extractMs: number; extractRssMb: number; events: number; actors: number; compromiseMs: number; chronoMs: number }
const rows: Row[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `dateline-bench-${n}-`));
  const bytes = writeCorpus(dir, n);
  const extract = measure("extract", dir);
  const compromise = measure("compromise", dir);
  const chrono = measure("chrono", dir);
  rows.push({ articles: n, kb: bytes / 1024, extractMs: extract.ms, extractRssMb: extract.maxRssMb, events: extract.events, actors: extract.actors, compromiseMs: compromise.workMs, chronoMs: chrono.workMs });
  rmSync(dir, { recursive: true, force: true });
  const r = rows[rows.length - 1];
  console.log(`${n} articles, ${r.kb.toFixed(0)} KB: extract ${(r.extractMs / 1000).toFixed(1)} s (${(r.kb / (r.extractMs / 1000)).toFixed(0)} KB/s, ${(n / (r.extractMs / 1000)).toFixed(0)} articles/s, peak ${r.extractRssMb.toFixed(0)} MB); compromise ${(r.compromiseMs / 1000).toFixed(1)} s; chrono ${(r.chronoMs / 1000).toFixed(1)} s`);
}

// the first page load: index.html's scripts and the modules it preloads
execFileSync("npx", ["vite", "build", "--outDir", "/tmp/dateline-bench-dist", "--emptyOutDir"], { stdio: "ignore" });
const html = readFileSync("/tmp/dateline-bench-dist/index.html", "utf8");
const firstLoad = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const firstLoadGzipKB = firstLoad.reduce((sum, f) => sum + gzipSync(readFileSync(join("/tmp/dateline-bench-dist", f))).length, 0) / 1024;
const allJsKB = readdirSync("/tmp/dateline-bench-dist/assets").filter((f) => f.endsWith(".js")).reduce((s, f) => s + statSync(join("/tmp/dateline-bench-dist/assets", f)).size, 0) / 1024;

// the explorer in Chromium, on the data of the largest corpus
let explorer: { articles: number; events: number; firstTimelineMs: number; firstTimelineLoadsMs: number[]; heapMb: number; filterRepaintMedianMs: number; filterRepaintP95Ms: number; longestTaskMs: number; views?: Record<string, { openMs: number; repaintMedianMs: number; repaintP95Ms: number }> } | null = null;
try {
  const out = execFileSync("npx", ["tsx", "bench/explorer.ts", String(explorerArticles)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 20 * 60_000 });
  explorer = JSON.parse(out.trim().split("\n").pop()!);
} catch (error) {
  console.error(`the explorer measurement did not finish: ${(error as Error).message.split("\n")[0]}`);
}

// adding a 5 KB article in the page, cold, on the seeds (bench/add-articles.ts)
let adding: { articleKB: number; addMs: number; workerGzipKB: number; workerFiles: string[]; longestTaskMs: number } | null = null;
try {
  const out = execFileSync("npx", ["tsx", "bench/add-articles.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10 * 60_000 });
  adding = JSON.parse(out.trim().split("\n").pop()!);
} catch (error) {
  console.error(`the add-articles measurement did not finish: ${(error as Error).message.split("\n")[0]}`);
}

const largest = rows[rows.length - 1];
const smallest = rows[0];
const kbps = largest.kb / (largest.extractMs / 1000);
const ratio = largest.extractMs / largest.compromiseMs;
// the cost of one more KB at the largest size against the middle one: 1 is linear
const perKb = (r: Row) => r.extractMs / r.kb;
const middle = rows.length > 2 ? rows[rows.length - 2] : smallest;
const scaling = rows.length > 1 ? perKb(largest) / perKb(middle) : 1;
const checks = [
  { name: `throughput ≥ ${BUDGET.minKBps} KB/s (${largest.articles} articles)`, value: `${kbps.toFixed(0)} KB/s`, ok: kbps >= BUDGET.minKBps },
  { name: `extractor ≤ ${BUDGET.maxRatioToCompromise}× compromise's own tagging`, value: `${ratio.toFixed(2)}×`, ok: ratio <= BUDGET.maxRatioToCompromise },
  { name: `linear: cost per KB at ${largest.articles} ≤ ${BUDGET.maxScaling}× that at ${middle.articles}`, value: `${scaling.toFixed(2)}×`, ok: scaling <= BUDGET.maxScaling },
  { name: `first-load JavaScript ≤ ${BUDGET.maxFirstLoadGzipKB} KB gzip`, value: `${firstLoadGzipKB.toFixed(0)} KB (all JS ${allJsKB.toFixed(0)} KB raw)`, ok: firstLoadGzipKB <= BUDGET.maxFirstLoadGzipKB },
  ...(explorer
    ? [
        { name: `explorer (${explorer.articles} articles, ${explorer.events} events): first timeline ≤ ${BUDGET.maxFirstTimelineMs} ms`, value: `${explorer.firstTimelineMs.toFixed(0)} ms (median of ${explorer.firstTimelineLoadsMs.length} loads: ${explorer.firstTimelineLoadsMs.join(", ")})`, ok: explorer.firstTimelineMs <= BUDGET.maxFirstTimelineMs },
        { name: `explorer: filter repaint p95 ≤ ${BUDGET.maxRepaintP95Ms} ms`, value: `${explorer.filterRepaintP95Ms.toFixed(0)} ms (median ${explorer.filterRepaintMedianMs.toFixed(0)} ms)`, ok: explorer.filterRepaintP95Ms <= BUDGET.maxRepaintP95Ms },
        { name: `explorer: no task over ${BUDGET.maxTaskMs} ms while filtering`, value: `${explorer.longestTaskMs.toFixed(0)} ms`, ok: explorer.longestTaskMs <= BUDGET.maxTaskMs },
        { name: "explorer: JS heap after load (reported)", value: `${explorer.heapMb.toFixed(0)} MB`, ok: true },
        ...Object.entries(explorer.views ?? {}).flatMap(([view, v]) => [
          { name: `explorer: the ${view} opens (its code loaded, drawn) in ≤ ${BUDGET.maxViewOpenMs} ms`, value: `${v.openMs.toFixed(0)} ms`, ok: v.openMs <= BUDGET.maxViewOpenMs },
          { name: `explorer: filter repaint with the ${view} shown, p95 ≤ ${BUDGET.maxRepaintP95Ms} ms`, value: `${v.repaintP95Ms.toFixed(0)} ms (median ${v.repaintMedianMs.toFixed(0)} ms)`, ok: v.repaintP95Ms <= BUDGET.maxRepaintP95Ms },
        ]),
      ]
    : [{ name: `explorer (${explorerArticles} articles) measured in Chromium`, value: "did not finish", ok: false }]),
  ...(adding
    ? [
        { name: "extractor worker download, code and gazetteer (reported)", value: `${adding.workerGzipKB.toFixed(0)} KB gzip (${adding.workerFiles.join(", ")})`, ok: true },
        { name: `adding a ${adding.articleKB.toFixed(0)} KB article in the page, cold, to its events on screen ≤ ${BUDGET.maxAddArticleMs} ms`, value: `${adding.addMs.toFixed(0)} ms`, ok: adding.addMs <= BUDGET.maxAddArticleMs },
        { name: `adding: no main-thread task over ${BUDGET.maxTaskMs} ms from choosing the file to its events on screen`, value: `${adding.longestTaskMs.toFixed(0)} ms`, ok: adding.longestTaskMs <= BUDGET.maxTaskMs },
      ]
    : [{ name: "adding an article in the page measured in Chromium", value: "did not finish", ok: false }]),
];

writeFileSync("bench/scaling.svg", plot(rows));
const table = [
  "| articles | KB | extract (s) | KB/s | articles/s | peak RSS (MB) | events | actors | compromise `nlp(text)` (s) | ratio | chrono `parse` (s) |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.articles} | ${r.kb.toFixed(0)} | ${(r.extractMs / 1000).toFixed(1)} | ${(r.kb / (r.extractMs / 1000)).toFixed(0)} | ${(r.articles / (r.extractMs / 1000)).toFixed(0)} | ${r.extractRssMb.toFixed(0)} | ${r.events} | ${r.actors} | ${(r.compromiseMs / 1000).toFixed(1)} | ${(r.extractMs / r.compromiseMs).toFixed(2)} | ${(r.chronoMs / 1000).toFixed(2)} |`),
];
const doc = `# Benchmarks

Measured by \`npm run bench\` (${sizes.join(", ")} articles) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
The corpus is synthetic (\`bench/generate-corpus.ts\`: invented people and organizations, real places, every date form, quotes, three header layouts, photo debris, embedded posts), seeded so that a size always gives the same articles.

## Extractor

Wall time of \`npm run extract\` on the corpus, in a fresh process (start-up, the gazetteer and writing included; folders of ${2000} articles or more are read on both cores). compromise and chrono-node are timed on the same texts, each in its own process, excluding their start-up.

${table.join("\n")}

![time against corpus size](bench/scaling.svg)

## Explorer

\`bench/explorer.ts\`: the app built on the data of ${explorerArticles} synthetic articles, served, and driven in headless Chromium (1280×800): navigation to the first timeline item on screen (the chart shown, not only its items in the page; the median of five loads, each in a fresh browser context), ten actor filters ticked and unticked (each timed from the click to two animation frames later), then the Map and the Network each chosen in the view switch (timed to their drawing on screen, their code loaded on first use) and the same ten actor filters ticked and unticked with each shown, long tasks from a \`PerformanceObserver\`, and \`performance.memory\` after load.

## Budgets

| budget | measured | |
|---|---|---|
${checks.map((c) => `| ${c.name} | ${c.value} | ${c.ok ? "met" : "**missed**"} |`).join("\n")}
`;
// the section `npm run eval:benchmarks -- --write` keeps stays as it is
const kept = (() => {
  try {
    const old = readFileSync("BENCHMARKS.md", "utf8");
    const at = old.indexOf(EVAL_SECTION);
    return at >= 0 ? `\n${old.slice(at)}` : "";
  } catch {
    return "";
  }
})();
writeFileSync("BENCHMARKS.md", doc.trimEnd() + "\n" + kept);
for (const c of checks) console.log(`${c.ok ? "ok    " : "MISSED"} ${c.name}: ${c.value}`);
process.exit(checks.every((c) => c.ok) ? 0 : 1);

function plot(data: Row[]): string {
  const W = 560, H = 320, L = 60, B = 40;
  const maxX = Math.max(...data.map((r) => r.kb)), maxY = Math.max(...data.flatMap((r) => [r.extractMs, r.compromiseMs])) / 1000;
  const x = (kb: number) => L + (kb / maxX) * (W - L - 20);
  const y = (s: number) => H - B - (s / maxY) * (H - B - 20);
  const line = (pick: (r: Row) => number, color: string) =>
    `<polyline fill="none" stroke="${color}" stroke-width="2" points="${data.map((r) => `${x(r.kb).toFixed(1)},${y(pick(r) / 1000).toFixed(1)}`).join(" ")}"/>` +
    data.map((r) => `<circle cx="${x(r.kb).toFixed(1)}" cy="${y(pick(r) / 1000).toFixed(1)}" r="3" fill="${color}"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<line x1="${L}" y1="${H - B}" x2="${W - 10}" y2="${H - B}" stroke="black"/><line x1="${L}" y1="10" x2="${L}" y2="${H - B}" stroke="black"/>
<text x="${W / 2}" y="${H - 8}" text-anchor="middle">corpus size (KB)</text><text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">seconds</text>
${data.map((r) => `<text x="${x(r.kb)}" y="${H - B + 15}" text-anchor="middle">${r.kb.toFixed(0)}</text>`).join("")}
<text x="${L - 5}" y="${y(maxY) + 4}" text-anchor="end">${maxY.toFixed(0)}</text><text x="${L - 5}" y="${H - B}" text-anchor="end">0</text>
${line((r) => r.extractMs, "#1d4ed8")}${line((r) => r.compromiseMs, "#c2410c")}
<text x="${L + 10}" y="24" fill="#1d4ed8">Dateline extract (wall)</text><text x="${L + 10}" y="40" fill="#c2410c">compromise nlp(text)</text>
</svg>
`;
}
