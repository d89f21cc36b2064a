import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../model/timeline";
import type { ArticleAnalysis, ArticleFile } from "../pipeline/articles/analyze-article";
import type { Gazetteer } from "../pipeline/places/gazetteer";
import { analyzeSafely } from "../pipeline/recipe";

export type ArticleResult = ArticleAnalysis | Diagnostic;

// A worker takes some 3–5 s to start (tsx, compromise, the gazetteer), the time this thread
// needs for about 1,000 articles: below this many the workers cost more than they save.
export const MIN_ARTICLES_FOR_WORKERS = 2000;

/** Runs the per-article stage on `threads` threads: this one and `threads - 1` workers.
 *  Articles are dealt out by index and the results put back in that order, so the output does
 *  not depend on which thread finished first. */
export async function analyzeInWorkers(files: ArticleFile[], gazetteer: Gazetteer, threads = Math.min(availableParallelism(), 4)): Promise<ArticleResult[]> {
  // a worker does not inherit tsx's loader from `--import tsx` on Node 20, so it registers it itself
  const url = new URL("./article-worker.ts", import.meta.url);
  const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  const indexed = files.map((f, i) => ({ f, i }));
  const chunks = Array.from({ length: threads }, (_, k) => indexed.filter(({ i }) => i % threads === k));
  const pending = Promise.all(
    chunks.slice(1).map(
      (chunk) =>
        new Promise<{ i: number; result: ArticleResult }[]>((resolve, reject) => {
          const worker = new Worker(bootstrap, { eval: true, workerData: chunk });
          worker.once("message", (message) => {
            resolve(message);
            void worker.terminate();
          });
          worker.once("error", reject);
        }),
    ),
  );
  // this thread takes the first share while the workers start
  const own = chunks[0].map(({ f, i }) => ({ i, result: analyzeSafely(f, gazetteer) }));
  const done = [own, ...(await pending)];
  const ordered: ArticleResult[] = new Array(files.length);
  for (const chunk of done) for (const { i, result } of chunk) ordered[i] = result;
  return ordered;
}
