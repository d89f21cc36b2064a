import { parentPort } from "node:worker_threads";
import type { ArticleFile } from "../pipeline/articles/analyze-article";
import { analyzeSafely } from "../pipeline/recipe";
import { loadGazetteer } from "./load-gazetteer";

// One worker of article-pool.ts: loads the gazetteer once, says it is ready, then reads one
// article per message, so the pool can time each article and stop one that runs too long.
const gazetteer = loadGazetteer();
parentPort!.on("message", ({ i, file }: { i: number; file: ArticleFile }) => {
  parentPort!.postMessage({ i, result: analyzeSafely(file, gazetteer) });
});
parentPort!.postMessage("ready");
