// One measurement in a fresh process, so that peak memory is its own. Prints JSON.
//   tsx bench/measure-child.ts extract|compromise|chrono DIR
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [what, dir] = process.argv.slice(2);
const texts = () => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8"));
const t0 = performance.now();
let detail: Record<string, number> = {};
if (what === "extract") {
  const { buildTimelineFromFolder } = await import("../src/cli/extract");
  const { timeline } = await buildTimelineFromFolder(dir);
  detail = { events: timeline.events.length, actors: timeline.actors.length };
} else if (what === "compromise") {
  const nlp = (await import("compromise")).default;
  const all = texts();
  const start = performance.now();
  for (const t of all) nlp(t);
  detail = { workMs: performance.now() - start };
} else if (what === "chrono") {
  const chrono = await import("chrono-node");
  const all = texts();
  const start = performance.now();
  for (const t of all) chrono.parse(t, new Date("2024-01-01T12:00:00Z"));
  detail = { workMs: performance.now() - start };
} else throw new Error(`unknown measurement "${what}"`);
console.log(JSON.stringify({ ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024, ...detail }));
