import { parentPort, workerData } from "node:worker_threads";
import type { ArticleFile } from "../pipeline/articles/analyze-article";
import { analyzeSafely } from "../pipeline/recipe";
import { loadGazetteer } from "./load-gazetteer";

// One worker of analyze-in-workers.ts: the per-article stage over its share of the files.
const gazetteer = loadGazetteer();
const chunk = workerData as { f: ArticleFile; i: number }[];
parentPort!.postMessage(chunk.map(({ f, i }) => ({ i, result: analyzeSafely(f, gazetteer) })));
