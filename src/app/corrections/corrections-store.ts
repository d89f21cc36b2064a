import { clear, createStore, get, set, type UseStore } from "idb-keyval";
import { z } from "zod";
import { Corrections, CORRECTIONS_FILE, CORRECTIONS_VERSION } from "../../model/corrections";

// Where the reader's corrections are kept: this browser's IndexedDB (through idb-keyval), so
// they survive reloads; and, under `npm start`, the dev server's corrections.json beside the
// articles, which the next extraction applies (src/cli/vite-timeline-plugin.ts).

/** What the browser keeps: the document, and the operations of the builds it has met (by
 *  operationKey), so that an operation the reader removed is not brought back by the build that
 *  carries it, while one a new build brings is added. */
export const Kept = z.object({ corrections: Corrections, fromBuilds: z.array(z.string()) });
export type Kept = z.infer<typeof Kept>;

export const EMPTY: Corrections = { version: CORRECTIONS_VERSION, operations: [] };

// one document per place the explorer is served from
const KEY = `dateline-corrections:${import.meta.env.BASE_URL}`;

let store: UseStore | undefined;
// (a database of its own: idb-keyval creates one object store per database, so two stores in one
// database leave the second one missing and every write to it failing)
const theStore = () => (store ??= createStore("dateline-corrections", "corrections"));

/** Forgets the kept corrections (for a fresh start, and between tests). */
export const clearKept = () => clear(theStore());

/** The kept document, or null when none is. Throws when the browser keeps no storage or what
 *  it keeps is off the schema, saying so. */
export async function readKept(): Promise<Kept | null> {
  if (typeof indexedDB === "undefined") throw new Error("this browser offers the page no storage (IndexedDB)");
  const data: unknown = await get(KEY, theStore());
  if (data === undefined) return null;
  const kept = Kept.safeParse(data);
  if (!kept.success) throw new Error(`the corrections kept in this browser are unreadable (${kept.error.issues[0]?.message}); they were left as they are`);
  return kept.data;
}

export async function writeKept(kept: Kept): Promise<void> {
  if (typeof indexedDB === "undefined") throw new Error("this browser offers the page no storage (IndexedDB)");
  await set(KEY, kept, theStore());
}

export const DEV_CORRECTIONS_URL = `${import.meta.env.BASE_URL}${CORRECTIONS_FILE}`;

/** The dev server's corrections.json, or null when the page has no dev server behind it (a
 *  static build). Only `npm start` serves the page in development mode; a static build is not
 *  asked, so its host sees no request for a file it does not have. */
export async function getDevCorrections(): Promise<Corrections | null> {
  if (import.meta.env.MODE !== "development") return null;
  const response = await fetch(DEV_CORRECTIONS_URL, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`the dev server did not give ${CORRECTIONS_FILE} (HTTP ${response.status}: ${(await response.text()).slice(0, 200)})`);
  const checked = Corrections.safeParse(await response.json());
  if (!checked.success) throw new Error(`the dev server's ${CORRECTIONS_FILE} is not a corrections document (${checked.error.issues[0]?.message}); fix or remove it`);
  return checked.data;
}

/** Writes the document to the dev server's corrections.json; throws with the server's reason. */
export async function postDevCorrections(corrections: Corrections): Promise<void> {
  const response = await fetch(DEV_CORRECTIONS_URL, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(corrections) });
  if (response.ok) return;
  const text = await response.text();
  let reason = text.slice(0, 300);
  try {
    reason = (JSON.parse(text) as { error?: string }).error ?? reason;
  } catch {
    // a proxy's HTML page: its first words say enough
  }
  throw new Error(`HTTP ${response.status}: ${reason}`);
}

/** The document as a file to save: checked against the schema first, so a download is always
 *  a file the extractor reads. */
export function correctionsFile(corrections: Corrections): Blob {
  const checked = Corrections.parse(corrections);
  return new Blob([`${JSON.stringify(checked, null, 1)}\n`], { type: "application/json" });
}
