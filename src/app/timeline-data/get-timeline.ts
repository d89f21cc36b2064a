import { queryOptions, useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { ArticleTexts, readEvidence, readExplorerFile, type Evidence, type ExplorerEvent, type ExplorerTimeline, type Mention } from "../../model/explorer-data";
import { parseWith, type Span } from "../../model/timeline";
import { useTimelineLayers } from "./timeline-layers";
import { indexTimeline, type TimelineIndex } from "./timeline-index";

// the explorer's two files (src/model/explorer-data.ts): what the views need, loaded first, and
// the article texts with their mentions, loaded when something asks for words
export const TIMELINE_URL = `${import.meta.env.BASE_URL}timeline.explorer.json`;
export const TEXTS_URL = `${import.meta.env.BASE_URL}timeline.texts.json`;

/** A failed load, marked by whether trying again could help: a lost connection or a busy
 *  server may answer next time; a missing file, broken JSON or data off the schema will not. */
export class LoadError extends Error {
  constructor(message: string, readonly transient: boolean, options?: ErrorOptions) {
    super(message, options);
    this.name = "LoadError";
  }
}

// statuses a server gives while it is busy, restarting or behind a gateway that timed out;
// every other status (404, 500 from a failed extraction) says the same thing on every try
const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);

/** React Query's own count: three more tries, over some 7 s (1, 2 and 4 s apart). */
const MAX_RETRIES = 3;

/** Whether React Query tries a failed load again: only a transient failure, at most three
 *  times, so a lasting one is shown at once rather than after the retries' wait. */
export function retryTransient(failureCount: number, error: Error): boolean {
  return error instanceof LoadError && error.transient && failureCount < MAX_RETRIES;
}

/** Fetches JSON; every failure throws a LoadError that says what went wrong and what to do. */
async function getJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // fetch rejects only when no answer came: the network or the server is down
    throw new LoadError(`Could not reach ${url} (${error instanceof Error ? error.message : String(error)}). Check that the server is running and the network is up, then retry.`, true, { cause: error });
  }
  if (!response.ok) {
    // the dev server's timeline plugin answers a failed extraction with the reason as text
    const detail = (await response.text().catch(() => "")).trim().slice(0, 500);
    throw new LoadError(`Could not load ${url}: HTTP ${response.status}${detail ? `: ${detail}` : ""}. Check the articles folder and the dev server's log, then retry.`, TRANSIENT_STATUSES.has(response.status));
  }
  try {
    return await response.json();
  } catch (error) {
    throw new LoadError(`${url} is not valid JSON (${error instanceof Error ? error.message : String(error)}); restart the dev server or rebuild to extract it again.`, false, { cause: error });
  }
}

/** Fetches the explorer's timeline and validates it with the shared schema. */
export async function getTimeline(url = TIMELINE_URL): Promise<ExplorerTimeline> {
  return readExplorerFile(await getJson(url));
}

export async function getArticleTexts(url = TEXTS_URL): Promise<ArticleTexts> {
  return parseWith(ArticleTexts, await getJson(url), "The article texts");
}

export const timelineQueryOptions = () =>
  queryOptions({
    queryKey: ["timeline"],
    queryFn: () => getTimeline(),
    retry: retryTransient,
    // the data changes only when the articles do, and then the dev server reloads the page
    staleTime: Infinity,
  });

export const textsQueryOptions = () => queryOptions({ queryKey: ["article-texts"], queryFn: () => getArticleTexts(), staleTime: Infinity, retry: retryTransient });

/** The loaded timeline with its lookups, as the layers over the served data make it (the
 *  articles a reader added: src/app/add-articles); `select` with a stable function keeps the
 *  index memoized for as long as the data and the layers are the same. */
export const useTimeline = () => {
  const layers = useTimelineLayers();
  const select = useCallback((served: ExplorerTimeline) => indexTimeline(layers.timeline(served)), [layers]);
  return useQuery({ ...timelineQueryOptions(), select });
};

/** The article texts, by article, for the words at any span, and the events' evidence. */
export interface ArticleTextIndex {
  textOf(articleId: string): string | undefined;
  /** The words at a span, or undefined when its article has no text. */
  wordsAt(span: Span): string | undefined;
  /** The mentions of actors and locations in an article, in text order. */
  mentionsIn(articleId: string): readonly Mention[];
  /** An event's sources, quotes and date basis. */
  evidenceOf(event: Pick<ExplorerEvent, "id">): Evidence | undefined;
  /** The words of an event's excerpts and quotes, for a search. */
  wordsOf(event: Pick<ExplorerEvent, "id">): string[];
  /** The events with a source in an article, with that source. */
  sourcesIn(articleId: string): readonly { event: ExplorerEvent; source: Span }[];
}

/** The article texts, fetched the first time a view asks for them (`enabled`) and kept. */
export function useArticleTexts(index: TimelineIndex, enabled = true) {
  const layers = useTimelineLayers();
  const select = useCallback((texts: ArticleTexts) => indexTexts(layers.texts(texts), index), [index, layers]);
  return useQuery({ ...textsQueryOptions(), enabled, select });
}

/** The texts with their lookups; exported for the export's tests, which build one from a fixture. */
export function indexTexts(texts: ArticleTexts, { articlesById, timeline }: TimelineIndex): ArticleTextIndex {
  const textById = new Map<string, string>();
  for (const { id, text } of texts.articles) {
    const known = articlesById.get(id);
    // offsets into one extraction's texts are meaningless in another's
    if (known && known.length !== text.length)
      throw new Error(`${TEXTS_URL} does not belong with ${TIMELINE_URL}: article "${id}" has ${text.length} characters in one and ${known.length} in the other. Rebuild, or reload the dev server's page, so that both come from the same extraction.`);
    textById.set(id, text);
  }
  const mentions = new Map<string, Mention[]>();
  for (const mention of texts.mentions) {
    const list = mentions.get(mention.articleId);
    if (list) list.push(mention);
    else mentions.set(mention.articleId, [mention]);
  }
  for (const list of mentions.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  const evidenceOf = readEvidence(texts, timeline, `${TEXTS_URL} (the article texts)`);
  const wordsAt = (span: Span) => textById.get(span.articleId)?.slice(span.start, span.end);
  let sources: Map<string, { event: ExplorerEvent; source: Span }[]> | undefined;
  return {
    textOf: (articleId) => textById.get(articleId),
    wordsAt,
    mentionsIn: (articleId) => mentions.get(articleId) ?? [],
    evidenceOf: (event) => evidenceOf(event.id),
    wordsOf: (event) => {
      const evidence = evidenceOf(event.id);
      return evidence ? [...evidence.sources, ...evidence.quotes].map((span) => wordsAt(span) ?? "") : [];
    },
    sourcesIn: (articleId) => {
      // every event's sources, by article, gathered the first time the reader asks
      if (!sources) {
        sources = new Map();
        for (const event of timeline.events) {
          for (const source of evidenceOf(event.id)?.sources ?? []) {
            const list = sources.get(source.articleId);
            if (list) list.push({ event, source });
            else sources.set(source.articleId, [{ event, source }]);
          }
        }
      }
      return sources.get(articleId) ?? [];
    },
  };
}
