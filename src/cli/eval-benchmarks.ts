import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { EVAL_SECTION } from "../eval/benchmarks-section";
import { timexesOf, type TimexDocument } from "../eval/timex-documents";
import { buildTimelineFromFolder } from "./extract";

// npm run eval:benchmarks [-- --dir ../shared/benchmarks] [--gate dates,actors] [--write]
// Runs the extractor's building blocks on the public annotated corpora, scores them with the
// scorers in ../shared/tools, prints one table (ours next to the published anchors) and exits
// 1 when a bar is missed. --gate names the groups whose bars decide the exit status (all by
// default); --write puts the table at the end of BENCHMARKS.md. The corpora are read where
// they are and never copied into the project.

interface Row {
  group: "dates" | "actors" | "statements";
  measure: string;
  ours: number;
  anchor: string;
  bar: number | null;
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const root = resolve(import.meta.dirname, "../..");
const benchmarks = resolve(option("--dir") ?? join(root, "../shared/benchmarks"));
const tools = resolve(benchmarks, "../tools");
const gate = new Set((option("--gate") ?? "dates,actors,statements").split(","));

if (!existsSync(benchmarks)) {
  console.error(`No benchmarks at ${benchmarks}: pass --dir <folder holding tempeval3-platinum/ and meantime/>.`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "dateline-benchmarks-"));
const rows: Row[] = [];
try {
  for (const [name, gold, anchor, valueBar, relaxedBar] of [
    ["TempEval-3 platinum", "tempeval3-platinum/te3_platinum.json", "chrono-node 0.33, HeidelTime 0.776", 0.8, 0.9],
    ["MEANTIME", "meantime/meantime_en_40.json", "chrono-node 0.37", 0.75, null],
  ] as const) {
    const docs = JSON.parse(readFileSync(join(benchmarks, gold), "utf8")) as TimexDocument[];
    const predicted = join(work, `${name}.timex.json`);
    writeFileSync(predicted, JSON.stringify(docs.map((doc) => ({ id: doc.id, timexes: timexesOf(doc) }))));
    const scored = JSON.parse(execFileSync("node", [join(tools, "score-timex.mjs"), join(benchmarks, gold), predicted, "--json"], { encoding: "utf8" }));
    rows.push({ group: "dates", measure: `${name}: timex value F1`, ours: scored.value.F1, anchor, bar: valueBar });
    rows.push({ group: "dates", measure: `${name}: timex relaxed F1`, ours: scored.relaxed.F1, anchor: "", bar: relaxedBar });
  }

  const { timeline } = await buildTimelineFromFolder(join(benchmarks, "meantime/articles"));
  const extracted = join(work, "meantime.timeline.json");
  writeFileSync(extracted, JSON.stringify(timeline));
  const actors = execFileSync("node", [join(tools, "score-actors.mjs"), join(benchmarks, "meantime/meantime_en_40.json"), extracted], { encoding: "utf8" });
  const [, P, , F1] = /P=([\d.]+) R=([\d.]+) F1=([\d.]+)/.exec(actors) ?? [];
  rows.push({ group: "actors", measure: "MEANTIME actors: B-cubed F1", ours: Number(F1), anchor: "every spelling its own actor 0.69", bar: 0.95 });
  rows.push({ group: "actors", measure: "MEANTIME actors: B-cubed precision", ours: Number(P), anchor: "", bar: 0.97 });
  const statements = execFileSync("node", [join(tools, "score-events.mjs"), extracted, join(benchmarks, "meantime/meantime_en_40.statements.silver.json"), "--types", "statement"], { encoding: "utf8" });
  const [, sP, sR, sF1] = /^events:.*P=([\d.]+) R=([\d.]+) F1=([\d.]+)/m.exec(statements) ?? [];
  rows.push({ group: "statements", measure: `MEANTIME statements (silver): F1 (P ${sP}, R ${sR})`, ours: Number(sF1), anchor: "silver, unchecked", bar: null });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const missed = rows.filter((r) => r.bar !== null && r.ours < r.bar);
const table = [
  "| measure | ours | anchors | bar | |",
  "|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.measure} | ${r.ours.toFixed(3)} | ${r.anchor} | ${r.bar ?? "reported"} | ${r.bar === null ? "" : r.ours >= r.bar ? "met" : "**missed**"} |`),
].join("\n");
console.log(table);
if (args.includes("--write")) {
  const file = join(root, "BENCHMARKS.md");
  const before = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const at = before.indexOf(EVAL_SECTION);
  const section = `${EVAL_SECTION}\n## Extraction on public benchmarks\n\nMeasured by \`npm run eval:benchmarks\` on ${new Date().toISOString().slice(0, 10)}: the extractor's date stage on TempEval-3 platinum and MEANTIME (scored by \`score-timex.mjs\`: value F1 counts a match only when the normalized value is right), and \`npm run extract\` on MEANTIME's 40 articles, scored by \`score-actors.mjs\` (B-cubed over proper-name mentions) and by \`score-events.mjs --types statement\` against the silver statements. The corpora are read from \`${relative(root, benchmarks)}\`.\n\n${table}\n`;
  writeFileSync(file, (at >= 0 ? before.slice(0, at) : before.trimEnd() + "\n\n") + section);
}
const failing = missed.filter((r) => gate.has(r.group));
if (missed.length > failing.length) console.log(`\nnot gating: ${missed.filter((r) => !gate.has(r.group)).map((r) => r.measure).join("; ")}`);
if (failing.length > 0) {
  console.error(`\nbelow the bar: ${failing.map((r) => r.measure).join("; ")}`);
  process.exit(1);
}
