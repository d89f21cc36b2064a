import type { Diagnostic } from "../../model/timeline";
import { analyzeReadArticle, isArticlePath, rereadArticle, type ArticleAnalysis } from "../../pipeline/articles/analyze-article";
import type { Gazetteer } from "../../pipeline/places/gazetteer";
import { analyzeSafely, extractFromResults } from "../../pipeline/recipe";
import type { AddedFile, AddRequest, ExtractRequest, FromExtractor, ShownArticle } from "./protocol";

export interface ExtractorHost {
  /** The place gazetteer, asked for on the first request (it is the worker's largest download). */
  loadGazetteer: () => Promise<Gazetteer>;
  post: (message: FromExtractor) => void;
}

/** The worker's side of the protocol, apart from the worker itself so that it runs in a test:
 *  requests are served one after another, each file read by the extractor's articles stage
 *  (analyzeSafely: a file that trips it is reported, and the others are read all the same). */
export function createExtractor(host: ExtractorHost): (message: unknown) => Promise<void> {
  let gazetteer: Promise<Gazetteer> | null = null;
  let queue = Promise.resolve();
  // the shown articles' analyses, by article id, with the text and metadata they were made from:
  // a second add re-analyzes none of them; and the added files', by name and bytes
  const shownAnalyses = new Map<string, { key: string; analysis: ArticleAnalysis }>();
  const fileResults = new Map<string, { bytes: Uint8Array; result: ArticleAnalysis | Diagnostic }>();

  const places = (request: number) => {
    if (!gazetteer) {
      host.post({ type: "loading-places", request });
      gazetteer = host.loadGazetteer();
      // a failed download is tried again on the next request
      gazetteer.catch(() => (gazetteer = null));
    }
    return gazetteer;
  };

  const serve = async (message: unknown) => {
    if (!isExtractRequest(message) && !isAddRequest(message)) {
      host.post({ type: "failed", request: requestOf(message), message: "the extractor was sent a message it does not read; reload the page and try again" });
      return;
    }
    const { request, files } = message;
    let gazetteer: Gazetteer;
    try {
      gazetteer = await places(request);
    } catch (error) {
      host.post({ type: "failed", request, message: `the place names did not load (${error instanceof Error ? error.message : String(error)}); check the connection and add the articles again` });
      return;
    }
    if (message.type === "extract") {
      files.forEach((file, index) => {
        host.post({ type: "reading", request, index, file: file.name });
        host.post({ type: "read", request, index, file: file.name, result: read(file, gazetteer) });
      });
      host.post({ type: "done", request });
      return;
    }
    const shown = message.shown.map((a) => analyzeShown(a, gazetteer));
    const results = files.map((file, index) => {
      host.post({ type: "reading", request, index, file: file.name });
      const result = readCached(file, gazetteer);
      host.post({ type: "read", request, index, file: file.name, result });
      return result;
    });
    host.post({ type: "assembled", request, timeline: extractFromResults([...shown, ...results], gazetteer).timeline });
    host.post({ type: "done", request });
  };

  const analyzeShown = ({ article, text }: ShownArticle, gazetteer: Gazetteer) => {
    const key = JSON.stringify(article) + "\u0000" + text;
    const cached = shownAnalyses.get(article.id);
    if (cached?.key === key) return cached.analysis;
    const analysis = analyzeReadArticle(rereadArticle(article, text), gazetteer);
    shownAnalyses.set(article.id, { key, analysis });
    return analysis;
  };

  const readCached = (file: AddedFile, gazetteer: Gazetteer) => {
    const cached = fileResults.get(file.name);
    if (cached && sameBytes(cached.bytes, file.bytes)) return cached.result;
    const result = read(file, gazetteer);
    fileResults.set(file.name, { bytes: file.bytes, result });
    return result;
  };

  return (message) => (queue = queue.then(() => serve(message)));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function read(file: AddedFile, gazetteer: Gazetteer): ArticleAnalysis | Diagnostic {
  if (!isArticlePath(file.name)) {
    return { file: file.name, severity: "error", skipped: true, message: "skipped: Dateline reads articles saved as text (.txt) or as web pages (.html, .htm); save the article as one of those" };
  }
  return analyzeSafely({ path: file.name, bytes: file.bytes }, gazetteer);
}

function isExtractRequest(message: unknown): message is ExtractRequest {
  const m = message as Partial<ExtractRequest> | null;
  return (
    m?.type === "extract" && Number.isInteger(m.request) && Array.isArray(m.files) &&
    m.files.every((f: Partial<AddedFile> | null) => typeof f?.name === "string" && f.bytes instanceof Uint8Array)
  );
}

function isAddRequest(message: unknown): message is AddRequest {
  const m = message as Partial<AddRequest> | null;
  return (
    m?.type === "add" && Number.isInteger(m.request) && Array.isArray(m.files) && Array.isArray(m.shown) &&
    m.files.every((f: Partial<AddedFile> | null) => typeof f?.name === "string" && f.bytes instanceof Uint8Array) &&
    m.shown.every((a: Partial<ShownArticle> | null) => typeof a?.text === "string" && typeof a.article?.id === "string" && typeof a.article.path === "string")
  );
}

function requestOf(message: unknown): number | null {
  const request = (message as { request?: unknown } | null)?.request;
  return Number.isInteger(request) ? (request as number) : null;
}
