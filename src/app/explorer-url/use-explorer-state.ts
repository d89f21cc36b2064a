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
}

/** The explorer's state, kept in the URL so a view can be shared and back/forward work. */
export function useExplorerState(): [ExplorerState, (patch: Partial<ExplorerState>, options?: UpdateOptions) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = readState(search);
  const update = useCallback((patch: Partial<ExplorerState>, options: UpdateOptions = {}) => {
    const next = formatExplorerState({ ...readState(window.location.search), ...patch });
    if (next === window.location.search) return;
    const url = `${window.location.pathname}${next}${window.location.hash}`;
    if (options.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    window.dispatchEvent(new Event(NAVIGATE));
  }, []);
  return [state, update];
}
