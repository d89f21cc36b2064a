import { useCallback, useSyncExternalStore } from "react";
import { formatExplorerState, parseExplorerState, type ExplorerState } from "./explorer-state";

// pushState fires no event of its own; this one tells every subscriber the URL moved
const NAVIGATE = "dateline:navigate";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

const getSearch = () => window.location.search;

// parsing on every render would hand React a new object each time; cache by the query string
let cached: { search: string; state: ExplorerState } | null = null;
function readState(search: string): ExplorerState {
  if (cached?.search !== search) cached = { search, state: parseExplorerState(search) };
  return cached.state;
}

export interface UpdateOptions {
  /** Replace the current history entry instead of adding one (typing in the search box). */
  replace?: boolean;
  /** Closing what opening added (the article reader): go back to the entry the current one was
   *  added from, when that is the view this update leads to; otherwise replace the current
   *  entry. Either way no entry is added, so Back after closing does not reopen it. */
  back?: boolean;
}

/** What the explorer keeps in the state of an entry it adds: the query string it was added
 *  from, so closing can tell whether going back lands on the same view. */
interface EntryState {
  addedFrom: string;
}

// an entry's state may be another script's, or from an older version of the explorer
const addedFrom = (state: unknown): string | undefined => (typeof (state as Partial<EntryState> | null)?.addedFrom === "string" ? (state as EntryState).addedFrom : undefined);

/** The explorer's state, kept in the URL so a view can be shared and back/forward work. */
export function useExplorerState(): [ExplorerState, (patch: Partial<ExplorerState>, options?: UpdateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = readState(search);
  const update = useCallback((patch: Partial<ExplorerState>, options: UpdateOptions = {}) => {
    const next = formatExplorerState({ ...readState(window.location.search), ...patch });
    if (next === window.location.search) return;
    if (options.back && addedFrom(window.history.state) === next) {
      // the popstate that follows tells the subscribers
      window.history.back();
      return;
    }
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options.replace || options.back) window.history.replaceState(window.history.state, "", url);
    else window.history.pushState({ addedFrom: window.location.search } satisfies EntryState, "", url);
    window.dispatchEvent(new Event(NAVIGATE));
  }, []);
  return [state, update];
}
