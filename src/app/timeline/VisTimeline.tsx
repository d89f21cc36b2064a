import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineGroup, type TimelineItem, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { isCluster, itemsForWindow, MOST_ITEMS, placeItems, type ClusterSpec, type PeriodCount, type PlacedItems, type ViewItem, type Window } from "./level-of-detail";
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
 *  (itemsForWindow), so the cost of a redraw does not grow with the corpus. */
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
  const showWindow = (window: Window | null) => showInWindow(stateRef.current!, window, window ? labelSpanOf(containerRef.current, window) : 0);
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
    // axis of days): the fit from the dates is put back just after it
    const options: TimelineOptions = {
      ...OPTIONS,
      onInitialDrawComplete: () => {
        if (timelineRef.current === timeline && data.fittedKey === fitKeyRef.current) fitAll(timeline, data.placed);
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
      } else handlers.current.onSelectEvent(item.eventId);
    });
    // after every pan and zoom, by hand or by code, the chart takes what the new window needs
    timeline.on("rangechanged", ({ start, end }: { start: Date; end: Date }) => showWindow({ start: start.getTime(), end: end.getTime() }));
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, []);

  useEffect(() => {
    const data = stateRef.current!;
    if (!timelineRef.current) return;
    data.fittedKey = fitKey;
    fitAll(timelineRef.current, data.placed);
    // vis reports the new window (rangechanged) only when it differs from the old one
    showWindow(currentWindow());
  }, [fitKey, groups]);

  useEffect(() => {
    const data = stateRef.current!;
    const selected = selectedEventId ? [selectedEventId] : [];
    if (selected.length !== data.selected.size || !selected.every((id) => data.selected.has(id))) data.selected = new Set(selected);
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
    if (start < window.start.getTime() || start > window.end.getTime()) timeline.moveTo(first.start, { animation: false });
  }, [selectedEventId, items]);

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: false }),
      zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: false }),
      fit: () => timelineRef.current && fitAll(timelineRef.current, stateRef.current!.placed),
      fitEverything: () => {
        const everything = fitItems(stateRef.current!.placed)?.everything;
        if (everything) timelineRef.current?.setWindow(everything.start, everything.end, { animation: false });
      },
      pan: (fraction) => {
        const timeline = timelineRef.current;
        if (!timeline) return;
        const { start, end } = timeline.getWindow();
        const shift = (end.getTime() - start.getTime()) * fraction;
        timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
      },
    }),
    [],
  );

  return <div ref={containerRef} className="vis-host" />;
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
}

function newWidgetState(): WidgetState {
  return {
    items: new DataSet<VisItem>(), groups: new DataSet<VisGroup>(), made: new Map(), madeGroups: new Map(),
    grouped: false, specs: [], placed: placeItems([]), selected: new Set(), fittedKey: null,
  };
}

/** Brings the DataSet to what `window` needs (the fitted window before the widget exists). */
function showInWindow(data: WidgetState, window: Window | null, labelSpan = 0) {
  const { placed, selected } = data;
  // a set of items asked for again at the window it was last shown at (the same request
  // twice, or the whole timeline once a filter is taken off) finds its view ready
  const last = window && lastView.get(placed);
  const reusable = last && window && last.selected === selected && last.start === window.start && last.end === window.end && last.labelSpan === labelSpan;
  const view = reusable ? last.view : window ? itemsForWindow(placed, window, { limit: MOST_ITEMS, keep: selected, labelSpan }) : [];
  if (window && !reusable) lastView.set(placed, { selected, start: window.start, end: window.end, labelSpan, view });
  syncDataSet(data.items, reuse(data.made, view, toVisItem));
}

/** How much of `window` a box's widest label covers: the label's width (the stylesheet's
 *  --label-width, and the box's borders) over the width of the chart's time axis. 0 before the
 *  chart is drawn. */
function labelSpanOf(host: HTMLElement | null, window: Window): number {
  const axis = host?.querySelector<HTMLElement>(".vis-panel.vis-center")?.clientWidth;
  if (!host || !axis) return 0;
  const width = getComputedStyle(host).getPropertyValue("--label-width").trim();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const pixels = width.endsWith("rem") ? parseFloat(width) * rem : parseFloat(width);
  if (!(pixels > 0)) return 0;
  return ((pixels + BOX_BORDERS) / axis) * (window.end - window.start);
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
function fitAll(timeline: Timeline, placed: PlacedItems) {
  const window = fitItems(placed)?.window;
  if (window) timeline.setWindow(window.start, window.end, { animation: false });
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

const lastView = new WeakMap<PlacedItems, { selected: ReadonlySet<string>; start: number; end: number; labelSpan: number; view: ViewItem[] }>();

const madeFrom = new WeakMap<object, { key: string }>();

/** The vis entries for `specs`, reusing the one made before for a spec that has not changed,
 *  so a filter change builds no label element for an item it merely keeps or brings back. */
function reuse<S extends { id: string }, T extends { key: string }>(made: Map<string, T>, specs: readonly S[], make: (spec: S, key: string) => T): T[] {
  return specs.map((spec) => {
    // the same spec object as last time: nothing to compare
    const known = madeFrom.get(spec);
    if (known && made.get(spec.id) === known) return known as T;
    const key = JSON.stringify(spec);
    const before = made.get(spec.id);
    if (before?.key === key) return before;
    const entry = make(spec, key);
    made.set(spec.id, entry);
    madeFrom.set(spec, entry);
    return entry;
  });
}

function toVisItem(spec: ViewItem, key: string): VisItem {
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
    ...(spec.align && { align: spec.align }),
    content: isCluster(spec) ? countElement(spec) : textElement(spec.label, spec.tooltip),
  };
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
  element.setAttribute("role", "button");
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
