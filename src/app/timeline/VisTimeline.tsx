import { useEffect, useImperativeHandle, useRef, type FocusEvent, type KeyboardEvent, type Ref } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineGroup, type TimelineItem, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { alignEnds, isCluster, MOST_ITEMS, viewFor, placeItems, type ClusterSpec, type PeriodCount, type PlacedItems, type ViewItem, type Window } from "./level-of-detail";
import { fitItems } from "./fit-window";
import type { GroupSpec, ItemSpec } from "./to-timeline-items";

export interface TimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  /** Moves the window by a fraction of its width: -0.25 is a quarter to the left. */
  pan(fraction: number): void;
  /** Frames where the events are, leaving out the few far from the rest. */
  fit(): void;
  /** Frames every event, the far ones too. */
  fitEverything(): void;
}

interface Props {
  items: ItemSpec[];
  groups: GroupSpec[] | null;
  selectedEventId: string | null;
  onSelectEvent(eventId: string): void;
  /** A count bar was chosen: show the events of its period (the chart zooms there itself). */
  onShowPeriod(period: Window): void;
  /** A day's "+N more" was chosen: its events are in the event list, from this one on. */
  onShowInList(eventId: string): void;
  /** Changes whenever the set of items is a new selection (new filters): the view refits. */
  fitKey: string;
  ref?: Ref<TimelineControls>;
}

type VisItem = TimelineItem & { eventId: string; key: string; cluster?: PeriodCount };
type VisGroup = TimelineGroup & { key: string };

const DAY = 24 * 60 * 60 * 1000;

const OPTIONS: TimelineOptions = {
  // grows with the stack up to a limit, then scrolls inside
  minHeight: 180,
  maxHeight: 440,
  stack: true,
  selectable: true,
  multiselect: false,
  // the corpus is historical: a "now" line would read the clock and squash the old events
  showCurrentTime: false,
  zoomMin: DAY,
  zoomMax: 200 * 365 * DAY,
  // no gap between items side by side: with one, a lane's count bars for next days touched
  // within it and stacked in two rows, making the lane twice as tall
  margin: { item: { horizontal: 0, vertical: 6 }, axis: 6 },
  // items hang from the axis at the top, so the first lanes and the newest stack show first
  orientation: { axis: "top", item: "top" },
  // a box starts at its date (its coloured left edge marks the day) instead of centring on it
  align: "left",
  groupOrder: "order",
  verticalScroll: true,
  locale: "en",
  // vis-timeline parses a string `content` as HTML. Ours is always an element holding a text
  // node (textElement below), which it appends as is; the filter stays on for anything else
  xss: { disabled: false },
};

/** vis-timeline wrapped once: the widget is created in an effect and destroyed in its cleanup
 *  (so StrictMode's double mount leaves exactly one), and every later change goes through its
 *  DataSets, never through a new Timeline. The DataSet holds only what the window needs
 *  (viewFor), so the cost of a redraw does not grow with the corpus. */
export function VisTimeline({ items, groups, selectedEventId, onSelectEvent, onShowPeriod, onShowInList, fitKey, ref }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  // the widget's own state, changed by its effects and events, never read in render: a ref
  const stateRef = useRef<WidgetState>(null);
  if (stateRef.current === null) stateRef.current = newWidgetState();
  const handlers = useRef({ onSelectEvent, onShowPeriod, onShowInList });
  const fitKeyRef = useRef(fitKey);
  // declared first, so that every effect below sees this render's props
  useEffect(() => {
    handlers.current = { onSelectEvent, onShowPeriod, onShowInList };
    fitKeyRef.current = fitKey;
  });
  const showWindow = (window: Window | null) => showInWindow(stateRef.current!, window);
  const currentWindow = () => currentWindowOf(stateRef.current!, timelineRef.current);

  // declared before the widget's creation, so that the first widget is made with its items in place
  useEffect(() => {
    const data = stateRef.current!;
    data.specs = items;
    data.placed = placeItems(items);
    if (groups) syncDataSet(data.groups, reuse(data.madeGroups, groups, toVisGroup));
    // new filters refit the view just after (the effect below), which brings the items then
    if (timelineRef.current === null || data.fittedKey === fitKeyRef.current) showWindow(currentWindow());
    const timeline = timelineRef.current;
    // setGroups redraws everything; only a change between one lane and several needs it
    if (timeline && (groups !== null || data.grouped)) timeline.setGroups(groups ? (data.groups as never) : (null as never));
    data.grouped = groups !== null;
    if (!groups) data.groups.clear();
  }, [items, groups]);

  useEffect(() => {
    const data = stateRef.current!;
    // no start and end: given them, vis keeps the chart hidden until a later range change and
    // redraw (its resize check, up to a second on). It fits the few items it holds instead,
    // and the effect below then sets the window from the dates
    data.fittedKey = fitKeyRef.current;
    // vis fits the items it holds on its first draw, which can come a second after the effect
    // below has set the window (in lanes it did, leaving a day's items a day's window with no
    // axis of days): the window last chosen, by the app or the user, is put back just after it
    const options: TimelineOptions = {
      ...OPTIONS,
      onInitialDrawComplete: () => {
        if (timelineRef.current === timeline && data.chosen) timeline.setWindow(data.chosen.start, data.chosen.end, { animation: false });
      },
    };
    const timeline: Timeline = data.grouped ? new Timeline(containerRef.current!, data.items as never, data.groups as never, options) : new Timeline(containerRef.current!, data.items as never, options);
    timeline.on("select", ({ items: ids }: { items: string[] }) => {
      // a tap on empty space selects nothing; that keeps the open event rather than closing it
      const item = ids.length > 0 ? data.items.get(ids[0]) : null;
      if (!item) return;
      if (item.cluster) {
        // a count bar is not an event: it leads to its events
        timeline.setSelection([]);
        openCount(timeline, item.cluster, handlers.current);
        chose(data, timeline);
      } else handlers.current.onSelectEvent(item.eventId);
    });
    // after every pan and zoom, by hand or by code, the chart takes what the new window needs
    timeline.on("rangechanged", ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) chose(data, timeline);
      showWindow({ start: start.getTime(), end: end.getTime() });
    });
    // an item redrawn or dropped while it had the keyboard's focus gives it back to the chart;
    // without focus, the tab stop follows the window at once (vis reports the window's
    // change a moment after drawing it), so Tab right after a zoom lands on a drawn item
    timeline.on("changed", () => {
      if (data.focused) restoreFocus(data, containerRef.current);
      else if (data.order.length > 0) placeTabStop(data, currentWindowOf(data, timeline)!);
    });
    // the label's share of the axis, measured when the chart's size changes rather than at every
    // pan and filter change, where reading it would force a layout before vis's own
    const resized = new ResizeObserver(() => {
      const measured = measureLabel(containerRef.current);
      if (measured === data.labelShare) return;
      data.labelShare = measured;
      showWindow(currentWindowOf(data, timeline));
    });
    resized.observe(containerRef.current!);
    timelineRef.current = timeline;
    return () => {
      resized.disconnect();
      timeline.destroy();
      timelineRef.current = null;
    };
  }, []);

  useEffect(() => {
    const data = stateRef.current!;
    if (!timelineRef.current) return;
    data.fittedKey = fitKey;
    fitAll(timelineRef.current, data);
    // vis reports the new window (rangechanged) only when it differs from the old one
    showWindow(currentWindow());
  }, [fitKey, groups]);

  useEffect(() => {
    const data = stateRef.current!;
    const selected = selectedEventId ? [selectedEventId] : [];
    if (selected.length !== data.selected.size || !selected.every((id) => data.selected.has(id))) {
      data.selected = new Set(selected);
      // the chart's tab stop moves to the newly selected event (placeTabStop)
      data.tabStop = null;
    }
    const timeline = timelineRef.current;
    if (!timeline) return;
    // the selected event's items are drawn even where their neighbours are clustered
    showWindow(currentWindow());
    // the event's items, one per lane it is in
    const ids = selectedEventId ? data.specs.filter((spec) => spec.eventId === selectedEventId).map((spec) => spec.id) : [];
    timeline.setSelection(ids);
    const first = ids.length > 0 ? data.items.get(ids[0]) : null;
    if (!first) return;
    const window = timeline.getWindow();
    const start = new Date(first.start).getTime();
    if (start < window.start.getTime() || start > window.end.getTime()) {
      timeline.moveTo(first.start, { animation: false });
      chose(data, timeline);
    }
  }, [selectedEventId, items]);

  useImperativeHandle(ref, () => {
    /** Moves the window by `move`, and remembers the window it chose. */
    const moving = (move: (timeline: Timeline) => void) => () => {
      const timeline = timelineRef.current;
      if (!timeline) return;
      move(timeline);
      chose(stateRef.current!, timeline);
    };
    return {
      zoomIn: moving((timeline) => timeline.zoomIn(0.5, { animation: false })),
      zoomOut: moving((timeline) => timeline.zoomOut(0.5, { animation: false })),
      fit: moving((timeline) => fitAll(timeline, stateRef.current!)),
      fitEverything: moving((timeline) => {
        const everything = fitItems(stateRef.current!.placed)?.everything;
        if (everything) timeline.setWindow(everything.start, everything.end, { animation: false });
      }),
      pan: (fraction) =>
        moving((timeline) => {
          const { start, end } = timeline.getWindow();
          const shift = (end.getTime() - start.getTime()) * fraction;
          timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
        })(),
    };
  }, []);

  // the items are buttons in one tab stop: arrows move through them in time order (panning to
  // the next one when it lies outside the window), Enter or Space opens an event or a count
  const onItemKey = (e: KeyboardEvent) => {
    const data = stateRef.current!;
    const id = itemIdOf.get(e.target as Element);
    const timeline = timelineRef.current;
    if (id === undefined || !timeline) return;
    const at = data.order.indexOf(id);
    const step: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: data.order.length - 1 };
    if (e.key in step) {
      const next = data.order[Math.max(0, Math.min(data.order.length - 1, step[e.key]))];
      if (next !== undefined) focusItem(data, timeline, next);
    } else if (e.key === "Enter" || e.key === " ") {
      const item = data.items.get(id);
      if (item?.cluster) {
        openCount(timeline, item.cluster, handlers.current);
        chose(data, timeline);
      } else if (item) handlers.current.onSelectEvent(item.eventId);
    } else return;
    // the chart's own keys (← → pan) are for the chart, not an item
    e.preventDefault();
    e.stopPropagation();
  };
  const onFocus = (e: FocusEvent) => {
    const id = itemIdOf.get(e.target);
    if (id === undefined) return;
    setTabStop(stateRef.current!, id);
    stateRef.current!.focused = true;
  };
  const onBlur = (e: FocusEvent) => {
    // focus that leaves for elsewhere is the user's; an item dropped in a redraw takes focus to
    // nowhere (the page's body), and restoreFocus gives it back. Chromium tells of a removal
    // while the element is still in the page, so whether it was one is read once it is over
    const data = stateRef.current!;
    const to = e.relatedTarget;
    const from = e.target;
    if (to) {
      if (!containerRef.current?.contains(to)) data.focused = false;
    } else
      setTimeout(() => {
        if (from.isConnected && document.activeElement !== from) data.focused = false;
      });
  };

  return <div ref={containerRef} className="vis-host" onKeyDown={onItemKey} onFocus={onFocus} onBlur={onBlur} />;
}

/** Where each held item lies, and the held items in time order for the keyboard: by start,
 *  then lane, then as they came. */
function placeInTime(data: WidgetState, view: readonly ViewItem[]) {
  const laneOrder = (item: ViewItem) => (item.group === undefined ? 0 : (data.madeGroups.get(item.group)?.order ?? 0));
  data.spans = new Map();
  const entries = view.map((item, i) => {
    const start = isCluster(item) ? item.cluster.start : Date.parse(item.start);
    // a box is surely drawn while its date is in the window (its label may or may not reach in
    // from outside); a range while any of it is
    const end = isCluster(item) ? item.cluster.end : item.end ? Date.parse(item.end) : start + 1;
    data.spans.set(item.id, { start, end, eventId: item.eventId });
    return { id: item.id, start, lane: laneOrder(item), i };
  });
  data.order = entries.sort((a, b) => a.start - b.start || a.lane - b.lane || a.i - b.i).map((entry) => entry.id);
}

/** Makes `id` the chart's one tab stop among its items. */
function setTabStop(data: WidgetState, id: string | null) {
  const before = data.tabStop !== null && data.tabStop !== id ? data.made.get(data.tabStop)?.content : null;
  if (before instanceof HTMLElement) before.tabIndex = -1;
  data.tabStop = id;
  // the same item may have a new element (a count bar with a new count)
  const now = id !== null ? data.made.get(id)?.content : null;
  if (now instanceof HTMLElement && now.tabIndex !== 0) now.tabIndex = 0;
}

/** The tab stop after the held items or the window change: the same item while it has the
 *  focus or is drawn (vis draws only what is in the window), else the selected event's, else
 *  the first in the window. Runs at every redraw: it reads no DataSet and writes at most two
 *  attributes. */
function placeTabStop(data: WidgetState, window: Window) {
  const drawn = (id: string) => {
    const span = data.spans.get(id);
    return span !== undefined && span.start < window.end && span.end > window.start;
  };
  const current = data.tabStop !== null && data.spans.has(data.tabStop) && (data.focused || drawn(data.tabStop)) ? data.tabStop : undefined;
  const selected = () => data.order.find((id) => data.selected.has(data.spans.get(id)!.eventId) && drawn(id));
  setTabStop(data, current ?? selected() ?? data.order.find(drawn) ?? data.order[0] ?? null);
}

/** Moves the keyboard's focus to an item, bringing it into the window first when it is out. */
function focusItem(data: WidgetState, timeline: Timeline, id: string) {
  const span = data.spans.get(id);
  if (!span) return;
  setTabStop(data, id);
  data.focused = true;
  const { start } = span;
  const { start: from, end: to } = timeline.getWindow();
  if (start < from.getTime() || start >= to.getTime()) {
    timeline.moveTo(start, { animation: false });
    chose(data, timeline);
  }
  const content = data.made.get(id)?.content;
  // not yet in the page when the move brought it: restoreFocus focuses it once drawn
  if (content instanceof HTMLElement && content.isConnected) content.focus();
}

/** Puts the keyboard's focus on the tab stop once it is drawn, when the focus was on an item:
 *  a move to an item outside the window draws it a frame later, and a redraw can replace or
 *  drop the focused item's element. Focus the user took elsewhere in the page stays there. */
function restoreFocus(data: WidgetState, host: HTMLElement | null) {
  if (!data.focused || data.tabStop === null) return;
  const target = data.made.get(data.tabStop)?.content;
  const active = document.activeElement;
  if (!(target instanceof HTMLElement) || !target.isConnected || active === target) return;
  if (active && active !== document.body && !host?.contains(active)) return;
  target.focus({ preventScroll: true });
}

/** A count bar shows its period's events: the filters narrow to the period (the event list
 *  then holds them) and the chart zooms into it, where it draws them or counts finer periods.
 *  A day's "+N more" points into the list, where the events the chart leaves out are. */
function openCount(timeline: Timeline, count: PeriodCount, { onShowPeriod, onShowInList }: Pick<Props, "onShowPeriod" | "onShowInList">) {
  const period = { start: count.start, end: count.end };
  onShowPeriod(period);
  if (count.inList) onShowInList(count.inList);
  else timeline.setWindow(period.start, period.end, { animation: false });
}

interface WidgetState {
  items: DataSet<VisItem>;
  groups: DataSet<VisGroup>;
  /** The vis items last made, by id: an unchanged item keeps its object and its label element. */
  made: Map<string, VisItem>;
  madeGroups: Map<string, VisGroup>;
  grouped: boolean;
  specs: ItemSpec[];
  placed: PlacedItems;
  selected: Set<string>;
  /** The filters the view was last fitted to. */
  fittedKey: string | null;
  /** The held items' ids in time order, which the arrow keys follow, and where each lies. */
  order: string[];
  spans: Map<string, { start: number; end: number; eventId: string }>;
  /** The item that is the chart's tab stop, and whether it has the keyboard's focus. */
  tabStop: string | null;
  focused: boolean;
  /** The window last set by the app or the user (chose). */
  chosen: Window | null;
  /** A box's widest label as a share of the time axis (measureLabel). */
  labelShare: number;
}

function newWidgetState(): WidgetState {
  return {
    items: new DataSet<VisItem>(), groups: new DataSet<VisGroup>(), made: new Map(), madeGroups: new Map(),
    grouped: false, specs: [], placed: placeItems([]), selected: new Set(), fittedKey: null, order: [], spans: new Map(), tabStop: null, focused: false, chosen: null, labelShare: 0,
  };
}

/** Brings the DataSet to what `window` needs (the fitted window before the widget exists). */
function showInWindow(data: WidgetState, window: Window | null) {
  const { placed, selected } = data;
  const labelSpan = window ? data.labelShare * (window.end - window.start) : 0;
  // the label's width decides what is drawn only in lanes (how deep a lane stacks); a width
  // first measured after the first view leaves an unlaned view as it is
  const laneSpan = placed.grouped ? labelSpan : 0;
  // a set of items asked for again at the window it was last shown at (the same request
  // twice, or the whole timeline once a filter is taken off) finds its view ready
  const last = window && lastView.get(placed);
  const reusable = last && window && last.selected === selected && last.start === window.start && last.end === window.end && last.laneSpan === laneSpan;
  const view = reusable ? last.view : window ? viewFor(placed, window, { limit: MOST_ITEMS, keep: selected, labelSpan: laneSpan }) : [];
  if (window && !reusable) lastView.set(placed, { selected, start: window.start, end: window.end, laneSpan, view });
  const shown = window && labelSpan ? alignEnds(view, window, labelSpan) : view;
  syncDataSet(data.items, reuse(data.made, shown, toVisItem));
  placeInTime(data, shown);
  if (window) placeTabStop(data, window);
}

/** How much of the time axis a box's widest label covers: the label's width (the stylesheet's
 *  --label-width, and the box's borders) over the axis's width. 0 before the chart is drawn. */
function measureLabel(host: HTMLElement | null): number {
  const axis = host?.querySelector<HTMLElement>(".vis-panel.vis-center")?.clientWidth;
  if (!host || !axis) return 0;
  const width = getComputedStyle(host).getPropertyValue("--label-width").trim();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const pixels = width.endsWith("rem") ? parseFloat(width) * rem : parseFloat(width);
  return pixels > 0 ? (pixels + BOX_BORDERS) / axis : 0;
}

/** A box's left and right borders, beside its label (timeline.css). */
const BOX_BORDERS = 5;

function currentWindowOf(data: WidgetState, timeline: Timeline | null): Window | null {
  if (!timeline) return fitItems(data.placed)?.window ?? null;
  const { start, end } = timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

/** Frames where the items are (fitItems); the range is read from the dates, not from vis's
 *  fit, which measures every item's box in the DOM first. */
function fitAll(timeline: Timeline, data: WidgetState) {
  const window = fitItems(data.placed)?.window;
  if (!window) return;
  timeline.setWindow(window.start, window.end, { animation: false });
  chose(data, timeline);
}

/** Remembers the window the app or the user last chose, which vis's first fit must not undo. */
function chose(data: WidgetState, timeline: Timeline) {
  const { start, end } = timeline.getWindow();
  data.chosen = { start: start.getTime(), end: end.getTime() };
}

/** Brings a DataSet to exactly `next`, touching only the entries that changed, so vis redraws
 *  the least and keeps its scroll and selection. */
function syncDataSet<T extends { id: string | number; key: string }>(dataSet: DataSet<T>, next: T[]) {
  const nextIds = new Set(next.map((entry) => entry.id));
  const gone = dataSet.getIds().filter((id) => !nextIds.has(id));
  if (gone.length > 0) dataSet.remove(gone);
  const changed = next.filter((entry) => dataSet.get(entry.id)?.key !== entry.key);
  if (changed.length > 0) dataSet.update(changed as never);
}

const lastView = new WeakMap<PlacedItems, { selected: ReadonlySet<string>; start: number; end: number; laneSpan: number; view: ViewItem[] }>();

const madeFrom = new WeakMap<object, { key: string }>();

/** The vis entries for `specs`, reusing the one made before for a spec that has not changed,
 *  so a filter change builds no label element for an item it merely keeps or brings back. */
function reuse<S extends { id: string }, T extends { key: string }>(made: Map<string, T>, specs: readonly S[], make: (spec: S, key: string, before: T | undefined) => T): T[] {
  return specs.map((spec) => {
    // the same spec object as last time: nothing to compare
    const known = madeFrom.get(spec);
    if (known && made.get(spec.id) === known) return known as T;
    const key = JSON.stringify(spec);
    const before = made.get(spec.id);
    if (before?.key === key) return before;
    const entry = make(spec, key, before);
    made.set(spec.id, entry);
    madeFrom.set(spec, entry);
    return entry;
  });
}

function toVisItem(spec: ViewItem, key: string, before: VisItem | undefined): VisItem {
  // an event's box turned at the window's edge keeps its element, and with it the keyboard's
  // focus; a count bar's element says its count, so a new count makes a new one
  const keep = before && !before.cluster && !isCluster(spec) && before.content instanceof HTMLElement && before.content.textContent === spec.label;
  return {
    ...(isCluster(spec) && { cluster: spec.cluster }),
    id: spec.id,
    eventId: spec.eventId,
    key,
    start: spec.start,
    end: spec.end,
    type: spec.type,
    className: spec.className,
    group: spec.group,
    // always given: a DataSet update merges, so a box turned back would stay turned
    align: spec.align ?? "left",
    content: keep ? before.content : itemElement(spec),
  };
}

// each item's element, to the item: a key pressed on one names its item
const itemIdOf = new WeakMap<EventTarget, string>();

/** An item as a button in the chart's one tab stop (see onItemKey), named for assistive
 *  technology: an event by its title, type and date, a count bar by what it counts. */
function itemElement(spec: ViewItem): HTMLElement {
  // an event's tooltip is written when read: once
  const tooltip = spec.tooltip;
  const element = isCluster(spec) ? countElement(spec) : textElement(spec.label, tooltip);
  element.classList.add("item-label");
  element.setAttribute("role", "button");
  element.tabIndex = -1;
  if (!isCluster(spec)) element.setAttribute("aria-label", tooltip.replace("\n", ", "));
  itemIdOf.set(element, spec.id);
  return element;
}

function toVisGroup(spec: GroupSpec, key: string): VisGroup {
  return { id: spec.id, key, order: spec.order, content: textElement(spec.label, spec.label) };
}

/** A count bar: its count over a thin bar split by type in the types' colours, named in words
 *  ("1 Dec 2025: 110 events, 60 meetings, 50 statements") for those who cannot see the colours.
 *  The segments' widths go through the CSSOM, which the page's style-src policy allows. */
function countElement({ label, tooltip, cluster }: ClusterSpec): HTMLElement {
  const element = document.createElement("span");
  element.className = "count-bar";
  element.setAttribute("aria-label", cluster.name);
  element.title = tooltip;
  const count = document.createElement("span");
  count.textContent = label;
  const mix = document.createElement("span");
  mix.className = "count-mix";
  for (const [type, n] of cluster.types) {
    const segment = document.createElement("span");
    segment.className = `type-${type}`;
    segment.style.flexGrow = String(n);
    mix.append(segment);
  }
  element.append(count, mix);
  return element;
}

/** Article text is untrusted: it reaches the page as a text node, never as HTML, isolated so
 *  that a bidirectional override in it stays inside the label. */
function textElement(text: string, title: string): HTMLElement {
  const element = document.createElement("span");
  element.dir = "auto";
  element.textContent = text;
  element.title = title;
  return element;
}
