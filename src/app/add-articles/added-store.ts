import { createStore, get, set, type UseStore } from "idb-keyval";
import type { AddedFile } from "./protocol";

// The articles a reader added, kept in the browser's IndexedDB (through idb-keyval) as the files
// themselves: their names and bytes, read again on every load. Not the timeline they made: that
// is derived from the served articles too, and a new build (more articles, a better extractor)
// would leave a stored timeline stale, with ids the served data no longer has. The cost is the
// worker's download and a second or two of extraction on a load with added articles.

export interface AddedStore {
  load(): Promise<AddedFile[]>;
  save(files: AddedFile[]): Promise<void>;
}

const KEY = "files";

export function idbAddedStore(store: UseStore = createStore("dateline-added-articles", "added-articles")): AddedStore {
  return {
    load: async () => {
      const stored: unknown = await get(KEY, store);
      if (stored === undefined) return [];
      if (!Array.isArray(stored) || !stored.every((f) => typeof f?.name === "string" && f.bytes instanceof Uint8Array))
        throw new Error("the added articles kept in this browser are not in a form Dateline reads; remove them and add them again");
      return stored as AddedFile[];
    },
    save: (files) => set(KEY, files, store),
  };
}
