import type { Diagnostic } from "../../model/timeline";
import { isArticlePath, type ArticleAnalysis } from "../../pipeline/articles/analyze-article";
import type { Gazetteer } from "../../pipeline/places/gazetteer";
import { analyzeSafely } from "../../pipeline/recipe";
import type { AddedFile, ExtractRequest, FromExtractor } from "./protocol";

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
    if (!isExtractRequest(message)) {
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
    files.forEach((file, index) => {
      host.post({ type: "reading", request, index, file: file.name });
      host.post({ type: "read", request, index, file: file.name, result: read(file, gazetteer) });
    });
    host.post({ type: "done", request });
  };

  return (message) => (queue = queue.then(() => serve(message)));
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

function requestOf(message: unknown): number | null {
  const request = (message as { request?: unknown } | null)?.request;
  return Number.isInteger(request) ? (request as number) : null;
}
