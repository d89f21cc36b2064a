import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { readExplorerFile, toExplorerData, type ArticleTexts, type ExplorerTimeline } from "../../model/explorer-data";
import { textsQueryOptions, timelineQueryOptions } from "../timeline-data/get-timeline";
import { TimelineLayersContext, type TimelineLayers } from "../timeline-data/timeline-layers";
import type { AddedStore } from "./added-store";
import type { Extractor } from "./extractor-client";
import type { AddedFile } from "./protocol";

// The articles a reader added in the page, as a layer over the served timeline: each add or
// removal runs the extractor's worker over the shown articles and every added file, and the
// timeline it gives replaces the served one (with its texts) for the whole app.

/** Added articles are read as if from this folder, so their ids ("added/talks") never clash with
 *  a built article's ("talks"): links, corrections and the served data name the built one. */
export const ADDED_FOLDER = "added/";

export interface AddedEntry {
  /** The file's name as the reader chose it (the article's id is ADDED_FOLDER + it, less its extension). */
  name: string;
  state: "waiting" | "reading" | "added" | "skipped";
  /** The extractor's own diagnostic, for a file it skipped. */
  message?: string;
}

export interface AddedArticles {
  entries: AddedEntry[];
  /** True while the extractor runs (an add, a removal, or the added articles read again on load). */
  busy: boolean;
  /** A run that failed as a whole (the place names did not load, the worker stopped). */
  error: string | null;
  add(files: AddedFile[]): void;
  remove(name: string): void;
}

const AddedArticlesContext = createContext<AddedArticles | null>(null);

/** The added articles' state and actions, or null where the app runs without them. */
export const useAddedArticles = () => useContext(AddedArticlesContext);

interface Shown {
  timeline: ExplorerTimeline;
  texts: ArticleTexts;
}

interface Props {
  store: AddedStore;
  /** The worker's boundary, loaded when first needed (it is not in the first-load JavaScript). */
  extractor: () => Promise<Extractor>;
  children: ReactNode;
}

export function AddedArticlesProvider({ store, extractor, children }: Props) {
  const client = useQueryClient();
  const [entries, setEntries] = useState<AddedEntry[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the latest run wins: an add while another runs makes the earlier one's answer stale
  const runs = useRef(0);
  const filesRef = useRef<AddedFile[]>([]);

  const run = useCallback(
    async (next: AddedFile[]) => {
      const id = ++runs.current;
      filesRef.current = next;
      setEntries((before) => next.map((f) => before.find((e) => e.name === f.name && e.state !== "reading") ?? { name: f.name, state: "waiting" }));
      setError(null);
      if (next.length === 0) {
        setShown(null);
        setBusy(false);
        return;
      }
      setBusy(true);
      try {
        const served = await client.ensureQueryData(timelineQueryOptions());
        const texts = await client.ensureQueryData(textsQueryOptions());
        const textOf = new Map(texts.articles.map((a) => [a.id, a.text]));
        const shownArticles = served.articles.map(({ length: _, added: __, ...article }) => ({ article, text: textOf.get(article.id) ?? "" }));
        const { timeline, results } = await (await extractor()).add(
          shownArticles,
          next.map((f) => ({ name: ADDED_FOLDER + f.name, bytes: f.bytes })),
          (progress) => {
            if (runs.current !== id) return;
            setEntries((list) => list.map((e, i) => (i !== progress.index ? e : progress.state === "reading" ? { name: e.name, state: "reading" } : entryOf(e.name, progress.result))));
          },
        );
        if (runs.current !== id) return;
        const data = toExplorerData(timeline);
        const explorer = readExplorerFile(data.timeline);
        explorer.articles = explorer.articles.map((a) => (a.id.startsWith(ADDED_FOLDER) ? { ...a, added: true } : a));
        setEntries(next.map((f, i) => entryOf(f.name, results[i])));
        setShown({ timeline: explorer, texts: data.texts });
      } catch (failure) {
        if (runs.current !== id) return;
        setError(`The articles could not be added: ${failure instanceof Error ? failure.message : String(failure)}`);
        setEntries((list) => list.map((e) => (e.state === "waiting" || e.state === "reading" ? { name: e.name, state: "waiting" } : e)));
      } finally {
        if (runs.current === id) setBusy(false);
      }
    },
    [client, extractor],
  );

  // the articles added before, read again on load
  useEffect(() => {
    let live = true;
    store.load().then(
      (stored) => live && stored.length > 0 && void run(stored),
      (failure) => live && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      live = false;
    };
  }, [store, run]);

  const save = useCallback(
    (next: AddedFile[]) => {
      store.save(next).catch((failure) => setError(`The added articles could not be kept in this browser (${failure instanceof Error ? failure.message : String(failure)}); they are shown until the page is closed.`));
      void run(next);
    },
    [store, run],
  );

  const added = useMemo<AddedArticles>(
    () => ({
      entries,
      busy,
      error,
      // a file of a name already added replaces it: the name is the article's id
      add: (more) => save([...filesRef.current.filter((f) => !more.some((m) => m.name === f.name)), ...more]),
      remove: (name) => save(filesRef.current.filter((f) => f.name !== name)),
    }),
    [entries, busy, error, save],
  );

  const layers = useMemo<TimelineLayers>(
    () => ({
      // the served data changes only with a new page (the dev server reloads it), which runs the
      // added articles again
      timeline: (served) => (shown ? shown.timeline : served),
      texts: (served) => (shown ? shown.texts : served),
    }),
    [shown],
  );

  return (
    <AddedArticlesContext.Provider value={added}>
      <TimelineLayersContext.Provider value={layers}>{children}</TimelineLayersContext.Provider>
    </AddedArticlesContext.Provider>
  );
}

function entryOf(name: string, result: { article: unknown } | { message: string; skipped?: boolean }): AddedEntry {
  return "article" in result ? { name, state: "added" } : { name, state: "skipped", message: result.message };
}
