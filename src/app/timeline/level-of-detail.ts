import { EVENT_TYPES, type EventType } from "../../model/timeline";
import { EVENT_TYPE_LABELS, EVENT_TYPE_NOUNS } from "../events/event-types";
import { formatDate } from "../events/format-date";
import type { ItemSpec } from "./to-timeline-items";

// vis-timeline lays out, measures and stacks every item it holds that falls in view, one DOM
// read at a time: a few hundred boxes cost milliseconds, tens of thousands cost minutes. So the
// chart never holds more than it can draw: the items in and around the window when they are
// few enough, and otherwise one bar with its count of events per lane and calendar period, which a click
// opens (VisTimeline's openCount). Working this out is a binary search and one pass over what
// is in range, whatever the size of the corpus.

/** The most items the chart holds at once before it draws counts instead. */
export const MOST_ITEMS = 200;

/** The most rows of boxes a lane stacks before it draws counts instead: four rows of two-line
 *  labels are some 200 px, under half the chart's 440, so a busy lane leaves the next ones in
 *  sight rather than pushing them below the fold. */
export const LANE_ROWS = 4;

/** The items of the current filters, ordered by start, with their times worked out once. */
export interface PlacedItems {
  specs: readonly ItemSpec[];
  starts: Float64Array;
  ends: Float64Array;
  /** Calendar year and month (0–11) of each start, for the clusters' periods. */
  years: Int32Array;
  months: Int8Array;
  /** Each item's event type, for the clusters' mix of types. */
  types: readonly EventType[];
  /** The longest item (a year-long range), so the search can start early enough. */
  longest: number;
  /** The earliest end of any item: every item overlaps the day of the last start when that day
   *  begins before this (see withinOneDay). */
  firstEnd: number;
  /** Whether the items are in lanes. */
  grouped: boolean;
}

export interface Window {
  start: number;
  end: number;
}

/** A count bar: the events of one lane in one calendar period, too many to draw one by one. */
export interface PeriodCount {
  /** The period's first instant and the next period's (UTC milliseconds). */
  start: number;
  end: number;
  count: number;
  /** How many events of each type, the most frequent first. */
  types: readonly (readonly [EventType, number])[];
  /** What the bar is, in words, for its accessible name: "1 Dec 2025: 110 events, 60
   *  meetings, 50 statements". */
  name: string;
  /** Set on a day's "+N more": the chart draws what it can of a day that holds more events
   *  than it draws and cannot be narrowed further, and leaves the rest to the event list,
   *  starting at this event. */
  inList?: string;
}

export interface ClusterSpec extends ItemSpec {
  cluster: PeriodCount;
}

export type ViewItem = ItemSpec | ClusterSpec;

export const isCluster = (item: ViewItem): item is ClusterSpec => "cluster" in item;

const DAY = 86_400_000;

/** A calendar day as the chart places it. */
interface Day {
  time: number;
  year: number;
  month: number;
}

// tens of thousands of items start on a few thousand days: each day and each class name is
// read once, not once per item
const days = new Map<string, Day>();
function dayOf(iso: string): Day {
  let day = days.get(iso);
  if (!day) {
    const year = Number(iso.slice(0, 4));
    const month = Number(iso.slice(5, 7)) - 1;
    day = { time: utc(year, month, Number(iso.slice(8, 10))), year, month };
    days.set(iso, day);
  }
  return day;
}

const typesByClass = new Map<string, EventType>();
function typeOf(className: string): EventType {
  let type = typesByClass.get(className);
  if (type === undefined) {
    const named = /\btype-(\w+)/.exec(className)?.[1];
    type = EVENT_TYPES.find((t) => t === named) ?? "other";
    typesByClass.set(className, type);
  }
  return type;
}

/** Date.UTC, without its reading of years 0–99 as 1900–1999. */
function utc(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

// the same items (the whole timeline's, kept by toTimelineItems) are placed once
const placedFor = new WeakMap<readonly ItemSpec[], PlacedItems>();

export function placeItems(specs: readonly ItemSpec[]): PlacedItems {
  let placed = placedFor.get(specs);
  if (!placed) {
    placed = place(specs);
    placedFor.set(specs, placed);
  }
  return placed;
}

function place(specs: readonly ItemSpec[]): PlacedItems {
  // the items come in date order from the event list; sort only when they do not
  let order = specs;
  for (let i = 1; i < specs.length; i++) {
    if (specs[i].start < specs[i - 1].start) {
      order = [...specs].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      break;
    }
  }
  const n = order.length;
  const placed = { specs: order, starts: new Float64Array(n), ends: new Float64Array(n), years: new Int32Array(n), months: new Int8Array(n), types: new Array<EventType>(n), longest: 0, firstEnd: Infinity, grouped: false };
  for (let i = 0; i < n; i++) {
    const spec = order[i];
    const day = dayOf(spec.start);
    placed.starts[i] = day.time;
    // a box is a point; give it a day so that a window inside its day still holds it
    placed.ends[i] = spec.end ? dayOf(spec.end).time : day.time + DAY;
    placed.years[i] = day.year;
    placed.months[i] = day.month;
    placed.types[i] = typeOf(spec.className);
    if (placed.ends[i] - placed.starts[i] > placed.longest) placed.longest = placed.ends[i] - placed.starts[i];
    if (placed.ends[i] < placed.firstEnd) placed.firstEnd = placed.ends[i];
    if (spec.group !== undefined) placed.grouped = true;
  }
  return placed;
}

/** Whether every item overlaps one day: then no count bar can narrow them (its click would
 *  filter to that day and leave the same items), so the day is drawn item by item. */
function withinOneDay({ starts, firstEnd }: PlacedItems): boolean {
  if (starts.length === 0) return false;
  const lastDay = Math.floor(starts[starts.length - 1] / DAY) * DAY;
  return lastDay < firstEnd;
}

/** Calendar periods a cluster can span, finest first: each numbers the period an item starts
 *  in, and gives that period's first and next instants. */
const UNITS = [
  { name: "day", key: (p: PlacedItems, i: number) => Math.floor(p.starts[i] / DAY), start: (k: number) => k * DAY, next: (k: number) => (k + 1) * DAY, approx: DAY },
  { name: "month", key: (p: PlacedItems, i: number) => p.years[i] * 12 + p.months[i], start: (k: number) => utc(Math.floor(k / 12), k % 12, 1), next: (k: number) => utc(Math.floor(k / 12), (k % 12) + 1, 1), approx: 30.4 * DAY },
  { name: "year", key: (p: PlacedItems, i: number) => p.years[i], start: (k: number) => utc(k, 0, 1), next: (k: number) => utc(k + 1, 0, 1), approx: 365.25 * DAY },
  { name: "decade", key: (p: PlacedItems, i: number) => Math.floor(p.years[i] / 10), start: (k: number) => utc(k * 10, 0, 1), next: (k: number) => utc(k * 10 + 10, 0, 1), approx: 3652.5 * DAY },
] as const;

/** At most about this many periods across the window, so that each cluster has room for its label. */
const PERIODS_PER_WINDOW = 40;

export interface ViewOptions {
  /** The most items the chart holds at once before it draws counts instead. */
  limit: number;
  /** Events always drawn on their own, even among counts: the selected one. */
  keep?: ReadonlySet<string>;
  /** The time a box's label covers at this zoom: its widest in pixels, in the window's time per
   *  pixel. A box whose label would run past the window's right edge is turned to end at its
   *  date. 0 (the default) turns none. */
  labelSpan?: number;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * What the chart should hold for `window`: every item overlapping the window widened by half
 * its width on each side (so a drag shows items before the next update), or, when those are
 * more than `limit`, one count bar per lane and period. In lanes, a lane whose boxes would
 * stack more than LANE_ROWS deep is counted too, while the others are drawn. When every item
 * lies in one day, no count bar could lead anywhere narrower: such a lane draws its share and
 * one "+N more" for the rest, which the event list shows. The items of `keep` are always there
 * individually, so the selection can be shown.
 */
export function itemsForWindow(placed: PlacedItems, window: Window, options: ViewOptions): ViewItem[] {
  const view = viewFor(placed, window, options);
  return options.labelSpan ? alignEnds(view, window, options.labelSpan) : view;
}

/** itemsForWindow without turning the boxes at the right edge (alignEnds): the costly part,
 *  which reads `labelSpan` only in lanes, so that the chart can keep it while only the label's
 *  width changes. */
export function viewFor(placed: PlacedItems, window: Window, { limit, keep = NONE, labelSpan = 0 }: ViewOptions): ViewItem[] {
  const margin = (window.end - window.start) / 2;
  const from = window.start - margin;
  const to = window.end + margin;
  const first = lowerBound(placed.starts, from - placed.longest);
  let count = 0;
  let end = first;
  for (; end < placed.starts.length && placed.starts[end] < to; end++) if (placed.ends[end] > from) count++;
  const range = { first, end, from };
  if (count <= limit && !placed.grouped) return itemsInRange(placed, range);

  let counted: (lane: string | undefined) => boolean = () => true;
  let share: (lane: string | undefined) => number;
  if (count > limit) {
    const lanes = new Set<string | undefined>();
    for (let i = first; i < end; i++) if (placed.ends[i] > from) lanes.add(placed.specs[i].group);
    // one place in each lane's share is the "+N more"
    const each = Math.max(1, Math.floor(limit / lanes.size)) - 1;
    share = () => each;
  } else {
    const crowded = crowdedLanes(placed, range, labelSpan);
    if (crowded.size === 0) return itemsInRange(placed, range);
    counted = (lane) => crowded.has(lane);
    share = (lane) => (crowded.has(lane) ? LANE_ROWS - 1 : Infinity);
  }
  if (withinOneDay(placed)) return dayInShares(placed, range, share, keep);
  const width = window.end - window.start;
  const unit = UNITS.find((u) => width / u.approx <= PERIODS_PER_WINDOW) ?? UNITS[UNITS.length - 1];
  return countsByPeriod(placed, range, unit, counted, keep);
}

/** The lanes whose boxes would stack more than LANE_ROWS deep: a box covers `labelSpan` from its
 *  date, a range its period, and each takes the first row free at its start, as vis stacks them. */
function crowdedLanes(placed: PlacedItems, { first, end, from }: Range, labelSpan: number): Set<string | undefined> {
  const rowsByLane = new Map<string | undefined, number[]>();
  const crowded = new Set<string | undefined>();
  for (let i = first; i < end; i++) {
    if (placed.ends[i] <= from) continue;
    const spec = placed.specs[i];
    if (crowded.has(spec.group)) continue;
    let rows = rowsByLane.get(spec.group);
    if (!rows) rowsByLane.set(spec.group, (rows = []));
    const start = placed.starts[i];
    const stop = spec.type === "box" ? start + Math.max(labelSpan, 1) : placed.ends[i];
    const free = rows.findIndex((rowEnd) => rowEnd <= start);
    if (free >= 0) rows[free] = stop;
    else if (rows.length < LANE_ROWS) rows.push(stop);
    else crowded.add(spec.group);
  }
  return crowded;
}

type Unit = (typeof UNITS)[number];

/** One count bar per period in each lane `counted` names; the other lanes' items as they are. */
function countsByPeriod(placed: PlacedItems, { first, end, from }: Range, unit: Unit, counted: (lane: string | undefined) => boolean, keep: ReadonlySet<string>): ViewItem[] {
  const lanes = new Map<string | undefined, Map<number, Tally>>();
  const view: ViewItem[] = [];
  const kept: ItemSpec[] = [];
  for (let i = first; i < end; i++) {
    if (placed.ends[i] <= from) continue;
    const spec = placed.specs[i];
    if (!counted(spec.group)) {
      view.push(spec);
      continue;
    }
    if (keep.has(spec.eventId)) kept.push(spec);
    let periods = lanes.get(spec.group);
    if (!periods) lanes.set(spec.group, (periods = new Map()));
    const key = unit.key(placed, i);
    const tally = periods.get(key);
    if (tally) add(tally, placed.types[i]);
    else periods.set(key, { count: 1, only: spec, types: new Map([[placed.types[i], 1]]) });
  }
  for (const [group, periods] of lanes) {
    for (const [key, tally] of periods) {
      if (tally.count === 1) {
        if (!keep.has(tally.only.eventId)) view.push(tally.only);
        continue;
      }
      const start = unit.start(key);
      const mix = mixOf(tally);
      view.push({
        ...periodItem(`cluster:${unit.name}:${group ?? ""}:${start}`, start, unit.next(key), group),
        // the bar may be narrow: the count alone, the tooltip says the rest
        label: tally.count.toLocaleString("en"),
        tooltip: `${tally.count} events ${periodPhrase(unit.name, start)} (${mix.map(([type, n]) => `${EVENT_TYPE_LABELS[type]}: ${n}`).join(", ")}). Click or zoom in to see them.`,
        cluster: { start, end: unit.next(key), count: tally.count, types: mix, name: `${periodName(unit.name, start)}: ${countName(tally.count, mix)}` },
      });
    }
  }
  return [...view, ...kept];
}

/** The boxes near the window's right edge, turned to end at their date, so that no label runs
 *  off the chart (on a phone, most of the last day's stack did). A box turns only where its
 *  label fits on the left; on a chart narrower than two labels the middle ones fit neither way. */
export function alignEnds(view: readonly ViewItem[], window: Window, labelSpan: number): ViewItem[] {
  return view.map((item) => {
    if (item.type !== "box" || isCluster(item)) return item;
    const start = dayOf(item.start).time;
    const runsOff = start < window.end && start + labelSpan > window.end && start - labelSpan >= window.start;
    if (!runsOff) return item;
    // the tooltip is a getter on an event's item (written when read): copied by name
    return { ...item, tooltip: item.tooltip, align: "right", className: `${item.className} is-end-aligned` };
  });
}

interface Range {
  /** The items first..end-1 that end after `from` are in range. */
  first: number;
  end: number;
  from: number;
}

interface Tally {
  count: number;
  /** The first item counted. */
  only: ItemSpec;
  types: Map<EventType, number>;
}

function add(tally: Tally, type: EventType) {
  tally.count++;
  tally.types.set(type, (tally.types.get(type) ?? 0) + 1);
}

const mixOf = ({ types }: Tally) => [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

function itemsInRange(placed: PlacedItems, { first, end, from }: Range): ItemSpec[] {
  const view: ItemSpec[] = [];
  for (let i = first; i < end; i++) if (placed.ends[i] > from) view.push(placed.specs[i]);
  return view;
}

/** One day's items, when a lane holds more than it draws: each lane its `share`, in the order
 *  they come (the event list's), and one "+N more" for the rest. */
function dayInShares(placed: PlacedItems, range: Range, share: (lane: string | undefined) => number, keep: ReadonlySet<string>): ViewItem[] {
  const lanes = new Map<string | undefined, { drawn: number; more: Tally | null }>();
  const view: ViewItem[] = [];
  for (let i = range.first; i < range.end; i++) {
    if (placed.ends[i] <= range.from) continue;
    const spec = placed.specs[i];
    let lane = lanes.get(spec.group);
    if (!lane) lanes.set(spec.group, (lane = { drawn: 0, more: null }));
    if (lane.drawn < share(spec.group) || keep.has(spec.eventId)) {
      view.push(spec);
      lane.drawn++;
    } else if (lane.more) add(lane.more, placed.types[i]);
    else lane.more = { count: 1, only: spec, types: new Map([[placed.types[i], 1]]) };
  }
  const day = Math.floor(placed.starts[placed.starts.length - 1] / DAY) * DAY;
  for (const [group, { more }] of lanes) {
    if (!more) continue;
    if (more.count === 1) {
      view.push(more.only);
      continue;
    }
    const mix = mixOf(more);
    const date = periodName("day", day);
    view.push({
      ...periodItem(`more:${group ?? ""}:${day}`, day, day + DAY, group),
      className: "is-cluster is-more",
      label: `+${more.count.toLocaleString("en")}`,
      tooltip: `${more.count} more events on ${date} than the chart draws (${mix.map(([type, n]) => `${EVENT_TYPE_LABELS[type]}: ${n}`).join(", ")}). Click to see them in the event list.`,
      cluster: { start: day, end: day + DAY, count: more.count, types: mix, name: `${date}: ${more.count.toLocaleString("en")} more in the event list (${countName(more.count, mix)})`, inList: more.only.eventId },
    });
  }
  return view;
}

/** The parts every count bar shares: a range over its period, in its lane. */
function periodItem(id: string, start: number, end: number, group: string | undefined) {
  return {
    id,
    eventId: "",
    start: new Date(start).toISOString().slice(0, 10),
    end: new Date(end).toISOString().slice(0, 10),
    type: "range" as const,
    className: "is-cluster",
    ...(group !== undefined && { group }),
  };
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


/** "1 Dec 2025", "December 2025", "2025", "2020–2029". */
function periodName(unit: Unit["name"], start: number): string {
  const iso = new Date(start).toISOString();
  const year = Number(iso.slice(0, 4));
  switch (unit) {
    case "day":
      return formatDate(iso.slice(0, 10));
    case "month":
      return formatDate(iso.slice(0, 7));
    case "year":
      return String(year);
    case "decade":
      return `${year}–${year + 9}`;
  }
}

/** "on 1 Dec 2025", "in December 2025". */
const periodPhrase = (unit: Unit["name"], start: number) => `${unit === "day" ? "on" : "in"} ${periodName(unit, start)}`;

/** "110 events, 60 meetings, 50 statements"; of one type, just "60 meetings". */
function countName(count: number, mix: PeriodCount["types"]): string {
  const parts = mix.map(([type, n]) => `${n.toLocaleString("en")} ${EVENT_TYPE_NOUNS[type][n === 1 ? 0 : 1]}`);
  return mix.length === 1 ? parts[0] : [`${count.toLocaleString("en")} events`, ...parts].join(", ");
}
