import type { ExplorerActor as Actor, ExplorerEvent as Event, ExplorerLocation as Location } from "../../model/explorer-data";
import { eventPeriod, type Period } from "../events/event-period";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { formatEventDate } from "../events/format-date";
import type { Lanes } from "../explorer-url/explorer-state";

/** One timeline item, DOM-free: the wrapper turns `label` into a text node, never HTML. */
export interface ItemSpec {
  id: string;
  eventId: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, exclusive; only for ranges (a month or a year). */
  end?: string;
  type: "box" | "range";
  className: string;
  label: string;
  tooltip: string;
  group?: string;
  /** "right": the box ends at its date instead of starting there, for a box whose label would
   *  otherwise run past the chart's right edge. */
  align?: "right";
}

export interface GroupSpec {
  id: string;
  label: string;
  order: number;
}

export interface TimelineItems {
  items: ItemSpec[];
  /** null when the timeline has a single lane. */
  groups: GroupSpec[] | null;
  /** Events without a date, for the "Undated" tray. */
  undated: Event[];
}

interface Lookups {
  actorsById: ReadonlyMap<string, Actor>;
  locationsById: ReadonlyMap<string, Location>;
}

const NO_ACTOR = "__none__";

/** Maps events to timeline items: classed by type, planned events marked, a month or a year
 *  drawn as a range over it, undated events set aside. With lanes, an event with several actors
 *  (or places) appears once in each of their lanes. */
export function toTimelineItems(events: readonly Event[], lanes: Lanes, lookups: Lookups): TimelineItems {
  // the same list of events (all of them, with no filter on) gives the same items, kept
  const known = madeForList.get(events)?.get(lanes);
  if (known && known.lookups === lookups) return known.items;
  const items = makeTimelineItems(events, lanes, lookups);
  if (!madeForList.has(events)) madeForList.set(events, new Map());
  madeForList.get(events)!.set(lanes, { lookups, items });
  return items;
}

const madeForList = new WeakMap<readonly Event[], Map<Lanes, { lookups: Lookups; items: TimelineItems }>>();

function makeTimelineItems(events: readonly Event[], lanes: Lanes, lookups: Lookups): TimelineItems {
  const items: ItemSpec[] = [];
  const undated: Event[] = [];
  const groupIds = new Set<string>();
  for (const event of events) {
    const base = itemOf(event);
    if (!base) {
      undated.push(event);
      continue;
    }
    const lanesOfEvent = laneIdsOf(event, lanes);
    if (!lanesOfEvent) {
      // the same object every time, so the chart can tell at once that it has not changed
      items.push(base);
      continue;
    }
    for (const group of lanesOfEvent) {
      groupIds.add(group);
      items.push(new EventItem(event, eventPeriod(event)!, `${event.id}@${group}`, group));
    }
  }
  return { items, groups: lanes === "none" ? null : groupsFor([...groupIds], lanes, lookups), undated };
}

/** An event's item. Its tooltip is written when something reads it: the chart draws a few
 *  hundred items at a time, and on tens of thousands of events writing every tooltip at load
 *  cost more than drawing the chart. */
class EventItem implements ItemSpec {
  readonly eventId: string;
  readonly start: string;
  readonly end?: string;
  readonly type: "box" | "range";
  readonly className: string;
  readonly label: string;
  readonly #event: Event;
  constructor(event: Event, period: Period, readonly id: string, readonly group?: string) {
    this.#event = event;
    this.eventId = event.id;
    this.start = period.start;
    this.type = period.unit === "day" ? "box" : "range";
    if (period.unit !== "day") this.end = period.end;
    this.className = classNameOf(event.type, event.status, period.unit);
    this.label = event.title;
  }
  get tooltip(): string {
    return tooltipFor(this.#event);
  }
}

// an event's item is the same under every filter: made once per event, not per change
const made = new WeakMap<Event, ItemSpec | null>();
function itemOf(event: Event): ItemSpec | null {
  let base = made.get(event);
  if (base !== undefined) return base;
  const period = eventPeriod(event);
  base = period && new EventItem(event, period, event.id);
  made.set(event, base);
  return base;
}

// a handful of combinations, each string made once
const classNames = new Map<string, string>();
function classNameOf(type: Event["type"], status: Event["status"], unit: Period["unit"]): string {
  const key = `${type} ${status} ${unit}`;
  let name = classNames.get(key);
  if (name === undefined) {
    name = [`type-${type}`, status === "planned" ? "is-planned" : "is-occurred", `precision-${unit}`].join(" ");
    classNames.set(key, name);
  }
  return name;
}

function laneIdsOf(event: Event, lanes: Lanes): string[] | null {
  switch (lanes) {
    case "none":
      return null;
    case "type":
      return [event.type];
    case "actor":
      return event.actorIds.length > 0 ? [...new Set(event.actorIds)] : [NO_ACTOR];
    case "location":
      return event.locationIds.length > 0 ? [...new Set(event.locationIds)] : [NO_ACTOR];
  }
}

function groupsFor(ids: string[], lanes: Lanes, { actorsById, locationsById }: Lookups): GroupSpec[] {
  const labelOf = (id: string): string => {
    if (id === NO_ACTOR) return lanes === "actor" ? "No actor named" : "No place named";
    if (lanes === "type") return EVENT_TYPE_LABELS[id as Event["type"]] ?? id;
    if (lanes === "actor") return actorsById.get(id)?.name ?? id;
    return locationsById.get(id)?.name ?? id;
  };
  // lanes in alphabetical order, the catch-all lane last
  return ids
    .map((id) => ({ id, label: labelOf(id) }))
    .sort((a, b) => Number(a.id === NO_ACTOR) - Number(b.id === NO_ACTOR) || a.label.localeCompare(b.label, "en"))
    .map((g, order) => ({ ...g, order }));
}

function tooltipFor(event: Event): string {
  const status = event.status === "planned" ? " (planned)" : "";
  return `${event.title}\n${EVENT_TYPE_LABELS[event.type]}${status}, ${formatEventDate(event)}`;
}
