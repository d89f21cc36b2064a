import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { DataSet } from "vis-data/peer";
import { Timeline, type TimelineGroup, type TimelineItem, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { GroupSpec, ItemSpec } from "./to-timeline-items";

export interface TimelineControls {
  zoomIn(): void;
  zoomOut(): void;
  /** Moves the window by a fraction of its width: -0.25 is a quarter to the left. */
  pan(fraction: number): void;
  fit(): void;
}

interface Props {
  items: ItemSpec[];
  groups: GroupSpec[] | null;
  selectedEventId: string | null;
  onSelectEvent(eventId: string): void;
  /** Changes whenever the set of items is a new selection (new filters): the view refits. */
  fitKey: string;
  ref?: Ref<TimelineControls>;
}

type VisItem = TimelineItem & { eventId: string; key: string };
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
  margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
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
 *  DataSets, never through a new Timeline. */
export function VisTimeline({ items, groups, selectedEventId, onSelectEvent, fitKey, ref }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const [data] = useState(() => ({ items: new DataSet<VisItem>(), groups: new DataSet<VisGroup>() }));
  const onSelectRef = useRef(onSelectEvent);
  useEffect(() => {
    onSelectRef.current = onSelectEvent;
  });

  useEffect(() => {
    const timeline = new Timeline(containerRef.current!, data.items as never, OPTIONS);
    timeline.on("select", ({ items: ids }: { items: string[] }) => {
      // a tap on empty space selects nothing; that keeps the open event rather than closing it
      const item = ids.length > 0 ? data.items.get(ids[0]) : null;
      if (item) onSelectRef.current(item.eventId);
    });
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
  }, [data]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (groups) syncDataSet(data.groups, groups.map(toVisGroup));
    syncDataSet(data.items, items.map(toVisItem));
    timeline?.setGroups(groups ? (data.groups as never) : (null as never));
    if (!groups) data.groups.clear();
  }, [data, items, groups]);

  useEffect(() => {
    if (timelineRef.current) fitAll(timelineRef.current);
  }, [fitKey, groups]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const ids = selectedEventId ? data.items.getIds({ filter: (item) => item.eventId === selectedEventId }) : [];
    timeline.setSelection(ids);
    const first = ids.length > 0 ? data.items.get(ids[0]) : null;
    if (!first) return;
    const window = timeline.getWindow();
    const start = new Date(first.start).getTime();
    if (start < window.start.getTime() || start > window.end.getTime()) timeline.moveTo(first.start, { animation: false });
  }, [data, selectedEventId, items]);

  useImperativeHandle(
    ref,
    () => ({
      zoomIn: () => timelineRef.current?.zoomIn(0.5, { animation: false }),
      zoomOut: () => timelineRef.current?.zoomOut(0.5, { animation: false }),
      fit: () => timelineRef.current && fitAll(timelineRef.current),
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

/** Fits every item, with room on the right for the labels of the last ones: a box starts at
 *  its date and runs right, which vis's fit does not allow for. */
function fitAll(timeline: Timeline) {
  timeline.fit({ animation: false });
  const { start, end } = timeline.getWindow();
  const span = end.getTime() - start.getTime();
  timeline.setWindow(start.getTime() - span * 0.02, end.getTime() + span * 0.3, { animation: false });
}

/** Brings a DataSet to exactly `next`, touching only the entries that changed, so vis redraws
 *  the least and keeps its scroll and selection. */
function syncDataSet<T extends { id: string | number; key: string }>(dataSet: DataSet<T>, next: T[]) {
  const nextIds = new Set(next.map((entry) => entry.id));
  dataSet.remove(dataSet.getIds().filter((id) => !nextIds.has(id)));
  const changed = next.filter((entry) => dataSet.get(entry.id)?.key !== entry.key);
  if (changed.length > 0) dataSet.update(changed as never);
}

function toVisItem(spec: ItemSpec): VisItem {
  return {
    id: spec.id,
    eventId: spec.eventId,
    key: JSON.stringify(spec),
    start: spec.start,
    end: spec.end,
    type: spec.type,
    className: spec.className,
    group: spec.group,
    content: textElement(spec.label, spec.tooltip),
  };
}

function toVisGroup(spec: GroupSpec): VisGroup {
  return { id: spec.id, key: JSON.stringify(spec), order: spec.order, content: textElement(spec.label, spec.label) };
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
