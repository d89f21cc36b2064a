import { Worker } from "node:worker_threads";
import type { Diagnostic } from "../model/timeline";
import type { ArticleAnalysis, ArticleFile } from "../pipeline/articles/analyze-article";
import { articleWorkerUrl } from "./build-worker";

export type ArticleResult = ArticleAnalysis | Diagnostic;

/** How long one article may take before it is stopped and reported. */
export interface ArticleBudget {
  /** Seconds for any article, however small. */
  seconds: number;
}

// An ordinary article takes tens of milliseconds; five seconds is a hundred times that, so only
// a pathological file (a pattern that backtracks, a loop) reaches it. Documented in the README.
export const DEFAULT_ARTICLE_SECONDS = 5;
// Larger articles get more time: the extractor reads some 400 KB/s here, and a quarter of that
// speed on top of the base keeps a long but ordinary article (a 2 MB transcript) from being cut.
const BYTES_PER_SECOND_FLOOR = 100 * 1024;
// One article must not take the machine's memory with it; far above what any article needs.
const WORKER_HEAP_MB = 2048;
// A worker takes a second or two to start (compromise, the gazetteer): below this many articles
// per worker another one costs more than it saves.
const ARTICLES_PER_WORKER = 150;

export function secondsFor(file: ArticleFile, budget: ArticleBudget): number {
  return budget.seconds + file.bytes.length / BYTES_PER_SECOND_FLOOR;
}

/** Runs the per-article stage in worker threads, one article at a time per worker, each under a
 *  time budget. An article that runs over is stopped (its worker terminated and replaced) and
 *  reported by name; a worker that crashes or exits is replaced and its article reported; the
 *  other articles are read all the same. Results come back in the order of `files`, whichever
 *  thread finished first, so the output does not depend on timing. */
export async function analyzeInPool(files: ArticleFile[], options: { threads: number; budget?: ArticleBudget; worker?: URL }): Promise<ArticleResult[]> {
  const budget = options.budget ?? { seconds: DEFAULT_ARTICLE_SECONDS };
  const results: ArticleResult[] = new Array(files.length);
  if (!files.length) return results;
  // (a test may hand in a worker of its own that hangs or crashes on cue)
  const url = options.worker ?? (await articleWorkerUrl());
  const workers = Math.max(1, Math.min(options.threads, Math.ceil(files.length / ARTICLES_PER_WORKER)));
  let next = 0;
  let live = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    const skip = (i: number, message: string) => {
      results[i] = { file: files[i].path, severity: "error", message, skipped: true };
    };
    const slotDone = () => {
      live--;
      if (live === 0 && !failed) resolve(results);
    };
    const start = () => {
      live++;
      const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      let current: number | null = null;
      let timer: NodeJS.Timeout | undefined;
      let ready = false;
      let retired = false;
      // this worker is done with: stop it, and let a fresh one take over while articles remain
      const retire = (replace: boolean) => {
        if (retired) return;
        retired = true;
        clearTimeout(timer);
        void worker.terminate();
        if (replace && next < files.length && !failed) start();
        slotDone();
      };
      const give = () => {
        if (next >= files.length || failed) return retire(false);
        const i = next++;
        current = i;
        const seconds = secondsFor(files[i], budget);
        timer = setTimeout(() => {
          skip(i, `took longer than ${formatSeconds(seconds)}; skipped: please report it with the file attached`);
          current = null;
          retire(true);
        }, seconds * 1000);
        worker.postMessage({ i, file: files[i] });
      };
      worker.on("message", (message: "ready" | { i: number; result: ArticleResult }) => {
        if (retired) return;
        if (message === "ready") {
          ready = true;
          return give();
        }
        clearTimeout(timer);
        results[message.i] = message.result;
        current = null;
        give();
      });
      const lost = (why: string) => {
        if (retired) return;
        if (!ready) {
          // a worker that cannot even start will not start next time either: the run fails
          failed = true;
          retired = true;
          reject(new Error(`the article worker did not start (${why}); run \`npm ci\` and try again`));
          return;
        }
        if (current !== null) skip(current, `the extractor stopped while reading this file (${why}); skipped: please report it with the file attached`);
        current = null;
        retire(true);
      };
      worker.on("error", (error: Error) => lost(error.message));
      worker.on("exit", (code) => lost(`its thread exited with code ${code}`));
    };
    for (let k = 0; k < workers; k++) start();
  });
}

const formatSeconds = (s: number) => `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
