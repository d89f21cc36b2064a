import { EVENT_TYPES, type EventType, type Span } from "../../model/timeline";

export const LANES = ["none", "type", "actor", "location"] as const;
export type Lanes = (typeof LANES)[number];

/** The event list's order: by date (undated last), or the most reported first. */
export const SORTS = ["date", "reported"] as const;
export type Sort = (typeof SORTS)[number];

/** The explorer's views of the filtered events; the timeline when the URL names none. Their
 *  labels and components are registered in src/app/views/views.ts. */
export const VIEW_NAMES = ["timeline", "map", "network"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** The choices of "Reported by at least … outlets"; 1 is every event. */
export const MIN_OUTLETS = [1, 2, 3] as const;

/** Everything a shared link restores: the filters, the selected event, the timeline lanes and
 *  the passage open in the reader. The URL parameters are a public contract (links and outside
 *  tests rely on them): actor, location, type (repeatable), from, to (YYYY-MM-DD), q, event,
 *  sort (reported; date when absent), minOutlets (2 or 3; 1 when absent), view (map or
 *  network; timeline when absent); lanes, read (an
 *  article id) and at (start-end offsets in it) are ours. */
export interface ExplorerState {
  actors: string[];
  locations: string[];
  types: EventType[];
  from: string | null;
  to: string | null;
  q: string;
  /** Only events reported by at least this many distinct outlets (1: every event). */
  minOutlets: number;
  event: string | null;
  sort: Sort;
  lanes: Lanes;
  view: ViewName;
  /** The passage open in the article reader. */
  read: Span | null;
}

export type Filters = Omit<ExplorerState, "event" | "lanes" | "read" | "sort" | "view">;

export const EMPTY_FILTERS: Filters = { actors: [], locations: [], types: [], from: null, to: null, q: "", minOutlets: 1 };

/** Reads the state from a query string, dropping values that cannot mean anything (an unknown
 *  type, a date that is not YYYY-MM-DD) rather than failing on a hand-edited link. */
export function parseExplorerState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const lanes = params.get("lanes");
  const sort = params.get("sort");
  const view = params.get("view");
  const minOutlets = Number(params.get("minOutlets"));
  return {
    actors: unique(params.getAll("actor").filter(Boolean)),
    locations: unique(params.getAll("location").filter(Boolean)),
    types: unique(params.getAll("type").filter((t): t is EventType => (EVENT_TYPES as readonly string[]).includes(t))),
    from: validDay(params.get("from")),
    to: validDay(params.get("to")),
    q: params.get("q") ?? "",
    minOutlets: MIN_OUTLETS.find((n) => n === minOutlets) ?? 1,
    event: params.get("event") || null,
    sort: SORTS.find((s) => s === sort) ?? "date",
    lanes: LANES.find((l) => l === lanes) ?? "none",
    view: VIEW_NAMES.find((v) => v === view) ?? "timeline",
    read: passage(params.get("read"), params.get("at")),
  };
}

/** "?read=a1&at=120-180": the words 120..180 of article a1; a malformed `at` is dropped. */
function passage(articleId: string | null, at: string | null): Span | null {
  const offsets = /^(\d{1,9})-(\d{1,9})$/.exec(at ?? "");
  if (!articleId || !offsets || Number(offsets[1]) > Number(offsets[2])) return null;
  return { articleId, start: Number(offsets[1]), end: Number(offsets[2]) };
}

/** Writes the state as a query string ("" when empty), in a fixed parameter order so the same
 *  view always has the same link. */
export function formatExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const id of state.actors) params.append("actor", id);
  for (const id of state.locations) params.append("location", id);
  for (const type of state.types) params.append("type", type);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.q.trim()) params.set("q", state.q);
  if (state.minOutlets > 1) params.set("minOutlets", String(state.minOutlets));
  if (state.event) params.set("event", state.event);
  if (state.sort !== "date") params.set("sort", state.sort);
  if (state.lanes !== "none") params.set("lanes", state.lanes);
  if (state.view !== "timeline") params.set("view", state.view);
  if (state.read) {
    params.set("read", state.read.articleId);
    params.set("at", `${state.read.start}-${state.read.end}`);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasFilters(state: Filters): boolean {
  return state.actors.length + state.locations.length + state.types.length > 0 || !!state.from || !!state.to || state.q.trim() !== "" || state.minOutlets > 1;
}

function validDay(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  // reject 2025-02-31 and the like: a real date prints back as itself
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value ? value : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
