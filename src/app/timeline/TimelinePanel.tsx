import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ExplorerEvent as Event } from "../../model/explorer-data";
import type { EventType } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { LANES, type Lanes } from "../explorer-url/explorer-state";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { TypeSwatch } from "../ui/TypeSwatch";
import { fitItems } from "./fit-window";
import { LANE_ROWS, MOST_ITEMS, placeItems, type Window } from "./level-of-detail";
import { narrowToPeriod, type DateRange } from "./period-range";
import { toTimelineItems } from "./to-timeline-items";
import type { TimelineControls } from "./VisTimeline";

// vis-timeline (with moment and its stylesheet) is most of the app's weight: out of the first
// load, and fetched as this module starts, beside the data, rather than once the data is in
type Chart = typeof import("./VisTimeline");
let loaded: Chart | null = null;
const chart = import("./VisTimeline").then((module) => (loaded = module));

/** The chart's module: at once when its code is in (as it usually is before the data), else
 *  when it arrives. Not React.lazy: a lazy component suspends even when its code is in, and
 *  React holds back what a Suspense boundary reveals for up to 300 ms. */
function useChart(): Chart | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!module) void chart.then(setModule);
  }, [module]);
  return module;
}
import "./timeline.css";

interface Props {
  index: TimelineIndex;
  /** The filtered events, in date order. */
  events: Event[];
  selectedEventId: string | null;
  onSelectEvent(eventId: string): void;
  lanes: Lanes;
  onLanesChange(lanes: Lanes): void;
  /** Identifies the current filters; a change refits the view. */
  filterKey: string;
  /** The date range the filters hold; a count bar narrows it to its period. */
  dateRange: DateRange;
  onDateRangeChange(range: { from: string; to: string }): void;
  /** Brings an event into view in the event list and focuses it. */
  onShowInList(eventId: string): void;
}

/** The tray shows this many undated events until asked for all: thousands of chips would cost
 *  the page more than the chart. The event list holds every one of them too. */
const UNDATED_SHOWN = 40;

const LANE_LABELS: Record<Lanes, string> = { none: "One lane", type: "By type", actor: "By actor", location: "By location" };

/** The timeline region: toolbar, legend, the vis-timeline chart and the "Undated" tray. */
export function TimelinePanel({ index, events, selectedEventId, onSelectEvent, lanes, onLanesChange, filterKey, dateRange, onDateRangeChange, onShowInList }: Props) {
  const controls = useRef<TimelineControls>(null);
  const [showAllUndated, setShowAllUndated] = useState(false);
  const { items, groups, undated } = useMemo(() => toTimelineItems(events, lanes, index), [events, lanes, index]);
  const Chart = useChart();
  const types = useMemo(() => [...new Set(index.events.map((e) => e.type))] as EventType[], [index]);
  // the same placing the chart works from (kept per set of items), so this costs one pass at most
  const far = useMemo(() => fitItems(placeItems(items))?.outside ?? 0, [items]);

  const showPeriod = (period: Window) => {
    const range = narrowToPeriod(dateRange, period);
    if (range) onDateRangeChange(range);
  };

  const onChartKey = (e: KeyboardEvent) => {
    const act: Record<string, () => void> = {
      ArrowLeft: () => controls.current?.pan(-0.2),
      ArrowRight: () => controls.current?.pan(0.2),
      "+": () => controls.current?.zoomIn(),
      "=": () => controls.current?.zoomIn(),
      "-": () => controls.current?.zoomOut(),
      "0": () => controls.current?.fit(),
    };
    const action = act[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return (
    <section className="timeline-panel" aria-label="Timeline">
      <div className="timeline-toolbar">
        <div className="toolbar-group" role="group" aria-label="Zoom and pan">
          <button type="button" onClick={() => controls.current?.pan(-0.3)} aria-label="Earlier" title="Earlier (←)">
            ←
          </button>
          <button type="button" onClick={() => controls.current?.zoomOut()} aria-label="Zoom out" title="Zoom out (−)">
            −
          </button>
          <button type="button" onClick={() => controls.current?.zoomIn()} aria-label="Zoom in" title="Zoom in (+)">
            +
          </button>
          <button type="button" onClick={() => controls.current?.pan(0.3)} aria-label="Later" title="Later (→)">
            →
          </button>
          <button type="button" onClick={() => controls.current?.fit()} title="Show where the events are (0)">
            Fit all
          </button>
          {far > 0 && (
            <button type="button" onClick={() => controls.current?.fitEverything()} title="Fit all leaves out the few events far from the rest, so the rest can be read; this shows them too">
              Include {far === 1 ? "1 far event" : `${far} far events`}
            </button>
          )}
        </div>
        <label className="lanes">
          Lanes
          <select value={lanes} onChange={(e) => onLanesChange(e.target.value as Lanes)}>
            {LANES.map((l) => (
              <option key={l} value={l}>
                {LANE_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <ul className="legend" aria-label="Legend">
        {types.map((type) => (
          <li key={type}>
            <TypeSwatch type={type} /> {EVENT_TYPE_LABELS[type]}
          </li>
        ))}
        <li>
          <span className="type-swatch legend-planned" aria-hidden="true" /> Planned
        </li>
        <li>
          <span className="type-swatch legend-range" aria-hidden="true" /> Month or year: a bar over it
        </li>
        {/* counts appear when the chart holds too many, or in lanes, when one stacks too deep */}
        {(index.events.length > MOST_ITEMS || (lanes !== "none" && index.events.length > LANE_ROWS)) && (
          <li>
            <span className="type-swatch legend-cluster" aria-hidden="true" /> Too many to draw: their count and types (click to list them and zoom in)
          </li>
        )}
      </ul>

      <div
        className="timeline-chart"
        tabIndex={0}
        role="group"
        aria-label="Timeline chart"
        aria-describedby="timeline-chart-keys"
        onKeyDown={onChartKey}
      >
        {Chart ? (
          <Chart.VisTimeline ref={controls} items={items} groups={groups} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} onShowPeriod={showPeriod} onShowInList={onShowInList} fitKey={filterKey} />
        ) : (
          <p className="chart-loading">Loading the chart…</p>
        )}
      </div>
      <p id="timeline-chart-keys" className="chart-hint">
        Drag or swipe to pan, scroll or pinch to zoom; with the chart focused, ← → pan, + − zoom, 0 fits all. Tab reaches its events and counts: arrows move between them, Enter opens one. The event list below has every event too.
      </p>

      <section className="undated" aria-labelledby="undated-heading">
        <h3 id="undated-heading">
          Undated <span className="count">{undated.length}</span>
        </h3>
        {undated.length === 0 ? (
          <p className="undated-none">None among these events.</p>
        ) : (
          <ul className="chips">
            {(showAllUndated ? undated : undated.slice(0, UNDATED_SHOWN)).map((e) => (
              <li key={e.id}>
                <button type="button" className={`undated-item type-${e.type}${e.status === "planned" ? " is-planned" : ""}`} aria-current={e.id === selectedEventId ? "true" : undefined} onClick={() => onSelectEvent(e.id)}>
                  <TypeSwatch type={e.type} planned={e.status === "planned"} /> <bdi>{e.title}</bdi>
                </button>
              </li>
            ))}
            {undated.length > UNDATED_SHOWN && (
              <li>
                <button type="button" className="undated-more" aria-expanded={showAllUndated} onClick={() => setShowAllUndated(!showAllUndated)}>
                  {showAllUndated ? "Show fewer" : `Show all ${undated.length}`}
                </button>
              </li>
            )}
          </ul>
        )}
      </section>
    </section>
  );
}
