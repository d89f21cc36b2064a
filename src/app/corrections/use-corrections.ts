import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { CORRECTIONS_FILE, type CorrectionOperation, type Corrections } from "../../model/corrections";
import type { ExplorerTimeline } from "../../model/explorer-data";
import { indexTimeline, type TimelineIndex } from "../timeline-data/timeline-index";
import { correctExplorer, operationKey, operationsIn } from "./correct-explorer";
import { EMPTY, getDevCorrections, postDevCorrections, readKept, writeKept, type Kept } from "./corrections-store";

// The corrections layer of the page's data: served timeline → (added articles) → the reader's
// corrections → every view. One hook gives the corrected timeline's index and the controls
// that change the corrections; the controls reach the views that correct through a context.

interface Loaded {
  kept: Kept;
  /** The operations the served build carries, by operationKey. */
  fromBuild: ReadonlySet<string>;
  /** Whether a dev server keeps corrections.json beside the articles. */
  devServer: boolean;
  /** Whether this browser keeps them; when not, they last for this visit only. */
  canKeep: boolean;
  /** What went wrong reading the kept corrections or the dev server's. */
  problems: string[];
}

export interface SaveStatus {
  ok: boolean;
  message: string;
}

export interface CorrectionsControls {
  corrections: Corrections;
  /** Whether the operation came with the served timeline (the build's corrections.json). */
  isFromBuild(op: CorrectionOperation): boolean;
  /** Whether removing the operation restores what the extractor said in this page: not for a
   *  merge baked into the build (see correct-explorer.ts). */
  canUndo(op: CorrectionOperation): boolean;
  add(op: CorrectionOperation, done: string): void;
  /** Removes the operations `which` picks. */
  remove(which: (op: CorrectionOperation) => boolean, done: string): void;
  devServer: boolean;
  status: SaveStatus | null;
  problems: string[];
  /** Operations that no longer apply (their event or actor is gone), named. */
  warnings: string[];
}

const QUERY_KEY = ["corrections"];

/** The kept corrections, with the build's operations it has not met yet added. */
async function loadCorrections(served: ExplorerTimeline): Promise<Loaded> {
  const problems: string[] = [];
  let dev: Corrections | null = null;
  try {
    dev = await getDevCorrections();
  } catch (error) {
    problems.push(`The dev server's ${CORRECTIONS_FILE} could not be read: ${messageOf(error)}.`);
  }
  const buildOps = dev?.operations ?? operationsIn(served);
  let stored: Kept | null = null;
  let canKeep = true;
  try {
    stored = await readKept();
  } catch (error) {
    canKeep = false;
    problems.push(`Corrections cannot be kept in this browser: ${messageOf(error)}. They last until the page is closed: download them to keep them.`);
  }
  const kept = stored ?? { corrections: EMPTY, fromBuilds: [] };
  const met = new Set(kept.fromBuilds);
  const have = new Set(kept.corrections.operations.map(operationKey));
  const brought = buildOps.filter((op) => !met.has(operationKey(op)) && !have.has(operationKey(op)));
  const fromBuild = new Set(buildOps.map(operationKey));
  return {
    kept: { corrections: { ...kept.corrections, operations: [...kept.corrections.operations, ...brought] }, fromBuilds: [...new Set([...kept.fromBuilds, ...fromBuild])] },
    fromBuild,
    devServer: dev !== null,
    canKeep,
    problems,
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The served timeline with the reader's corrections applied, and the controls; `index` is
 *  undefined until the kept corrections are read. */
export function useCorrections(served: ExplorerTimeline): { index: TimelineIndex | undefined; controls: CorrectionsControls | undefined } {
  const client = useQueryClient();
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => loadCorrections(served), staleTime: Infinity, gcTime: Infinity, retry: false });
  const [status, setStatus] = useState<SaveStatus | null>(null);
  // one save at a time, in the order of the changes, so the last change is the one kept
  const saving = useRef(Promise.resolve());
  const loaded = query.data;
  const corrected = useMemo(() => (loaded ? correctExplorer(served, loaded.kept.corrections) : undefined), [served, loaded]);
  const index = useMemo(() => (corrected ? indexTimeline(corrected.timeline) : undefined), [corrected]);

  const change = useCallback(
    (next: (ops: CorrectionOperation[]) => CorrectionOperation[], done: string) => {
      const current = client.getQueryData<Loaded>(QUERY_KEY);
      if (!current) return;
      const kept: Kept = { ...current.kept, corrections: { ...current.kept.corrections, operations: next(current.kept.corrections.operations) } };
      client.setQueryData<Loaded>(QUERY_KEY, { ...current, kept });
      setStatus({ ok: true, message: `${done} Saving…` });
      saving.current = saving.current.then(() => save(kept, current)).then(setStatus);
      async function save(kept: Kept, { devServer, canKeep }: Loaded): Promise<SaveStatus> {
        const failed: string[] = [];
        if (canKeep) await writeKept(kept).catch((error: unknown) => failed.push(`could not be kept in this browser (${messageOf(error)})`));
        if (devServer) await postDevCorrections(kept.corrections).catch((error: unknown) => failed.push(`could not be written to ${CORRECTIONS_FILE} on the dev server (${messageOf(error)})`));
        if (failed.length) return { ok: false, message: `${done} The corrections ${failed.join(", and ")}: nothing is lost while this page is open; use “Download corrections” to keep a copy.` };
        const where = devServer ? `Saved in this browser and to ${CORRECTIONS_FILE} beside the articles; the next extraction applies them.` : !canKeep ? "Kept until the page is closed." : "Saved in this browser.";
        return { ok: true, message: `${done} ${where}` };
      }
    },
    [client],
  );

  const controls = useMemo((): CorrectionsControls | undefined => {
    if (!loaded || !corrected) return undefined;
    const isFromBuild = (op: CorrectionOperation) => loaded.fromBuild.has(operationKey(op));
    return {
      corrections: loaded.kept.corrections,
      isFromBuild,
      canUndo: (op) => !(op.op === "merge-actors" && isFromBuild(op)),
      add: (op, done) => change((ops) => [...ops, op], done),
      remove: (which, done) => change((ops) => ops.filter((op) => !which(op)), done),
      devServer: loaded.devServer,
      status,
      problems: loaded.problems,
      warnings: corrected.warnings,
    };
  }, [loaded, corrected, change, status]);

  return { index, controls };
}

export const CorrectionsContext = createContext<CorrectionsControls | undefined>(undefined);

/** The controls, where the page offers corrections (undefined elsewhere, e.g. in a view's own test). */
export const useCorrectionsControls = () => useContext(CorrectionsContext);
