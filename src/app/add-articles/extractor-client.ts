import type { Diagnostic, Timeline } from "../../model/timeline";
import type { ArticleAnalysis } from "../../pipeline/articles/analyze-article";
import type { AddedFile, FromExtractor, ShownArticle, ToExtractor } from "./protocol";

// The page's side of the extractor worker: one worker, created on the first add and kept (it
// keeps the place names and every analysis it made), with a watchdog. An article that hangs the
// extractor (a pattern that backtracks, a loop) would hold the worker for ever: past its time
// budget the worker is ended and a new one started, the file reported, and the others read.

/** The least a worker must do: what `new Worker(...)` gives, and what a test can stand in for. */
export interface WorkerLike {
  postMessage(message: ToExtractor): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromExtractor>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** An article's budget, as the command line's (src/cli/article-pool.ts): 5 s, plus 1 s for
 *  every 100 KB. An ordinary article takes tens of milliseconds. */
export const ARTICLE_SECONDS = 5;
/** The place names' download and the shown articles' analysis, before the first file, and the
 *  corpus stage after the last: a second or two on the seeds; 1 s more for every 50 KB of text
 *  shown, which a thousand articles need. */
export const SETUP_SECONDS = 30;

export const articleSeconds = (file: AddedFile) => ARTICLE_SECONDS + Math.floor(file.bytes.length / 100_000);
const setupSeconds = (shown: ShownArticle[]) => SETUP_SECONDS + Math.floor(shown.reduce((n, a) => n + a.text.length, 0) / 50_000);

export type FileProgress = { index: number; state: "reading" } | { index: number; state: "read"; result: ArticleAnalysis | Diagnostic };

export interface AddResult {
  timeline: Timeline;
  /** Per file, in the order given: its analysis, or why it was skipped. */
  results: (ArticleAnalysis | Diagnostic)[];
}

export interface Extractor {
  add(shown: ShownArticle[], files: AddedFile[], onProgress: (progress: FileProgress) => void): Promise<AddResult>;
}

export function createExtractorClient(createWorker: () => WorkerLike, secondsOf = { article: articleSeconds, setup: setupSeconds }): Extractor {
  let worker: WorkerLike | null = null;
  let nextRequest = 1;
  // one request at a time: a second add waits for the first
  let queue: Promise<unknown> = Promise.resolve();

  const once = (shown: ShownArticle[], files: AddedFile[], onProgress: (progress: FileProgress) => void) =>
    new Promise<{ timeline: Timeline; results: Map<number, ArticleAnalysis | Diagnostic> } | { hung: number; seconds: number }>((resolve, reject) => {
      const request = nextRequest++;
      const w = (worker ??= createWorker());
      const results = new Map<number, ArticleAnalysis | Diagnostic>();
      let timeline: Timeline | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let current = -1;
      const watch = (seconds: number, onOver: () => void) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          w.onmessage = w.onerror = null;
          w.terminate();
          if (worker === w) worker = null;
          onOver();
        }, seconds * 1000);
      };
      const overSetup = () => reject(new Error(`the extractor took longer than ${secondsOf.setup(shown)} s to prepare the articles shown; reload the page and try again`));
      watch(secondsOf.setup(shown), overSetup);
      w.onerror = (event) => {
        clearTimeout(timer);
        w.terminate();
        if (worker === w) worker = null;
        // a crash while reading a file is that file's; before or after, the request's
        if (current >= 0 && !results.has(current)) resolve({ hung: current, seconds: 0 });
        else reject(new Error(`the extractor stopped (${event.message || "no reason given"}); reload the page and try again`));
      };
      w.onmessage = ({ data }) => {
        if (data.request !== request) return;
        if (data.type === "reading") {
          current = data.index;
          const seconds = secondsOf.article(files[data.index]);
          watch(seconds, () => resolve({ hung: data.index, seconds }));
          onProgress({ index: data.index, state: "reading" });
        } else if (data.type === "read") {
          results.set(data.index, data.result);
          watch(secondsOf.setup(shown), overSetup);
          onProgress({ index: data.index, state: "read", result: data.result });
        } else if (data.type === "assembled") {
          timeline = data.timeline;
        } else if (data.type === "done") {
          clearTimeout(timer);
          if (timeline) resolve({ timeline, results });
          else reject(new Error("the extractor finished without a timeline; reload the page and try again"));
        } else if (data.type === "failed") {
          clearTimeout(timer);
          reject(new Error(data.message));
        }
      };
      w.postMessage({ type: "add", request, shown, files });
    });

  const add = async (shown: ShownArticle[], files: AddedFile[], onProgress: (progress: FileProgress) => void): Promise<AddResult> => {
    const hung = new Map<number, Diagnostic>();
    for (;;) {
      // the files still to read, by their place in the whole list
      const left = files.map((_, i) => i).filter((i) => !hung.has(i));
      const answer = await once(shown, left.map((i) => files[i]), (p) => onProgress({ ...p, index: left[p.index] }));
      if ("hung" in answer) {
        const i = left[answer.hung];
        const message = answer.seconds > 0 ? `skipped: took longer than ${answer.seconds} s; please report it with the file attached` : "skipped: the extractor crashed on this file; please report it with the file attached";
        const diagnostic: Diagnostic = { file: files[i].name, severity: "error", skipped: true, message };
        hung.set(i, diagnostic);
        onProgress({ index: i, state: "read", result: diagnostic });
        continue;
      }
      const results = files.map((_, i) => hung.get(i) ?? answer.results.get(left.indexOf(i))!);
      return { timeline: { ...answer.timeline, diagnostics: [...answer.timeline.diagnostics, ...hung.values()] }, results };
    }
  };

  return {
    add: (shown, files, onProgress) => {
      const run = queue.then(() => add(shown, files, onProgress));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** The extractor in its Web Worker, built by Vite as a chunk of its own (a module worker from
 *  'self', as the page's Content-Security-Policy allows). */
export const createBrowserExtractor = (): Extractor =>
  createExtractorClient(() => new Worker(new URL("./extractor.worker.ts", import.meta.url), { type: "module", name: "dateline-extractor" }) as unknown as WorkerLike);
