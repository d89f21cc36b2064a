import type { EventType } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import type { ItemSpec } from "./to-timeline-items";

// vis-timeline lays out, measures and stacks every item it holds that falls in view, one DOM
// read at a time: a few hundred boxes cost milliseconds, tens of thousands cost minutes. So the
// chart never holds more than it can draw: the items in and around the window when they are
// few enough, and otherwise one bar with its count of events per lane and calendar period, which a click
// opens by zooming into it. Working this out is a binary search and one pass over what is in
// range, whatever the size of the corpus.

/** The items of the current filters, ordered by start, with their times worked out once. */
export interface PlacedItems {
  specs: readonly ItemSpec[];
  starts: Float64Array;
  ends: Float64Array;
  /** The longest item (a year-long range), so the search can start early enough. */
  longest: number;
}

export interface Window {
  start: number;
  end: number;
}

export interface ClusterSpec extends ItemSpec {
  cluster: { start: number; end: number; count: number };
}

export type ViewItem = ItemSpec | ClusterSpec;

export const isCluster = (item: ViewItem): item is ClusterSpec => "cluster" in item;

const DAY = 86_400_000;

export function placeItems(specs: readonly ItemSpec[]): PlacedItems {
  const timed = specs.map((spec) => {
    const start = Date.parse(spec.start);
    // a box is a point; give it a day so that a window inside its day still holds it
    const end = spec.end ? Date.parse(spec.end) : start + DAY;
    return { spec, start, end };
  });
  timed.sort((a, b) => a.start - b.start || (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
  let longest = 0;
  for (const t of timed) longest = Math.max(longest, t.end - t.start);
  return {
    specs: timed.map((t) => t.spec),
    starts: Float64Array.from(timed, (t) => t.start),
    ends: Float64Array.from(timed, (t) => t.end),
    longest,
  };
}

/** Calendar periods a cluster can span, finest first. */
const UNITS = [
  { name: "day", floor: (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), next: (t: number) => t + DAY, approx: DAY },
  { name: "month", floor: (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), next: (t: number) => addUTC(t, 0, 1), approx: 30.4 * DAY },
  { name: "year", floor: (d: Date) => Date.UTC(d.getUTCFullYear(), 0, 1), next: (t: number) => addUTC(t, 1, 0), approx: 365.25 * DAY },
  { name: "decade", floor: (d: Date) => Date.UTC(d.getUTCFullYear() - (((d.getUTCFullYear() % 10) + 10) % 10), 0, 1), next: (t: number) => addUTC(t, 10, 0), approx: 3652.5 * DAY },
] as const;

function addUTC(t: number, years: number, months: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth() + months, 1);
}

/** At most about this many periods across the window, so that each cluster has room for its label. */
const PERIODS_PER_WINDOW = 40;

/**
 * What the chart should hold for `window`: every item overlapping the window widened by half
 * its width on each side (so a drag shows items before the next update), or, when those are
 * more than `limit`, one cluster per lane and period. The items of `keep` (the selected event)
 * are always there individually, so the selection can be shown.
 */
export function itemsForWindow(placed: PlacedItems, window: Window, limit: number, keep: ReadonlySet<string> = new Set()): ViewItem[] {
  const margin = (window.end - window.start) / 2;
  const from = window.start - margin;
  const to = window.end + margin;
  const inRange: number[] = [];
  for (let i = lowerBound(placed.starts, from - placed.longest); i < placed.starts.length && placed.starts[i] < to; i++) {
    if (placed.ends[i] > from) inRange.push(i);
  }
  if (inRange.length <= limit) return inRange.map((i) => placed.specs[i]);

  const width = window.end - window.start;
  const unit = UNITS.find((u) => width / u.approx <= PERIODS_PER_WINDOW) ?? UNITS[UNITS.length - 1];
  const clusters = new Map<string, { group?: string; start: number; members: ItemSpec[] }>();
  const kept: ItemSpec[] = [];
  for (const i of inRange) {
    const spec = placed.specs[i];
    if (keep.has(spec.eventId)) kept.push(spec);
    const start = unit.floor(new Date(placed.starts[i]));
    const key = `${spec.group ?? ""}\u0000${start}`;
    const cluster = clusters.get(key);
    if (cluster) cluster.members.push(spec);
    else clusters.set(key, { group: spec.group, start, members: [spec] });
  }
  const view: ViewItem[] = [];
  for (const { group, start, members } of clusters.values()) {
    if (members.length === 1) {
      if (!keep.has(members[0].eventId)) view.push(members[0]);
      continue;
    }
    const end = unit.next(start);
    view.push({
      id: `cluster:${unit.name}:${group ?? ""}:${start}`,
      eventId: "",
      start: new Date(start).toISOString().slice(0, 10),
      end: new Date(end).toISOString().slice(0, 10),
      type: "range",
      className: "is-cluster",
      // the bar may be narrow: the count alone, the tooltip says the rest
      label: members.length.toLocaleString("en"),
      tooltip: `${members.length} events ${describePeriod(unit.name, start)} (${countByType(members)}). Click or zoom in to see them.`,
      ...(group !== undefined && { group }),
      cluster: { start, end, count: members.length },
    });
  }
  return [...view, ...kept];
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function describePeriod(unit: (typeof UNITS)[number]["name"], start: number): string {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  switch (unit) {
    case "day":
      return `on ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year}`;
    case "month":
      return `in ${MONTHS[d.getUTCMonth()]} ${year}`;
    case "year":
      return `in ${year}`;
    case "decade":
      return `in ${year}–${year + 9}`;
  }
}

function countByType(members: readonly ItemSpec[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const type = (/\btype-(\w+)/.exec(m.className)?.[1] ?? "other") as EventType;
    const label = EVENT_TYPE_LABELS[type] ?? type;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, n]) => `${label}: ${n}`)
    .join(", ");
}
