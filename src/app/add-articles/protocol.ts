import type { Article, Diagnostic, Timeline } from "../../model/timeline";
import type { ArticleAnalysis } from "../../pipeline/articles/analyze-article";

// The messages between the page and the extractor's Web Worker (extractor.worker.ts). The page
// sends files; the worker answers per file, in order, so the page can show each file's progress.

/** A file a reader chose or dropped on the page. */
export interface AddedFile {
  /** The file's name, which becomes the article's path (and, without .txt or .html, its id). */
  name: string;
  bytes: Uint8Array;
}

export interface ExtractRequest {
  type: "extract";
  /** Chosen by the page, to tell the answers to one request from another's. */
  request: number;
  files: AddedFile[];
}

/** An article the page already shows, with its text: analyzed again in the worker, so that the
 *  corpus stage runs over the shown articles and the new ones together. */
export interface ShownArticle {
  article: Omit<Article, "text">;
  text: string;
}

/** Add articles to those shown: the articles stage on each file (with per-file answers, as for
 *  "extract"), then the corpus stage over the shown articles and the files' together, answered
 *  with "assembled". The shown articles' analyses are kept between requests. */
export interface AddRequest {
  type: "add";
  request: number;
  shown: ShownArticle[];
  files: AddedFile[];
}

export type ToExtractor = ExtractRequest | AddRequest;

export type FromExtractor =
  /** The first request waits while the place names load (once per worker). */
  | { type: "loading-places"; request: number }
  | { type: "reading"; request: number; index: number; file: string }
  /** A file's articles stage: its analysis, or the diagnostic that says why it was skipped. */
  | { type: "read"; request: number; index: number; file: string; result: ArticleAnalysis | Diagnostic }
  /** The timeline of the shown articles and the added ones ("add" only), before "done". */
  | { type: "assembled"; request: number; timeline: Timeline }
  | { type: "done"; request: number }
  /** The request could not be served at all (no place names, a message that is not a request). */
  | { type: "failed"; request: number | null; message: string };
