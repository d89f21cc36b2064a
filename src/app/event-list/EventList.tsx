import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from "@tanstack/react-virtual";
import { Fragment, useCallback, useEffect, useEffectEvent, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from "react";
import { flushSync } from "react-dom";
import type { ExplorerActor as Actor, ExplorerEvent as Event } from "../../model/explorer-data";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { plural } from "../events/sort-events";
import type { Sort } from "../explorer-url/explorer-state";
import { formatEventDate } from "../events/format-date";
import { Highlight } from "../ui/Highlight";
import { TypeSwatch } from "../ui/TypeSwatch";
import "./event-list.css";

export interface EventListHandle {
  /** Puts the keyboard focus on an event's row (after the details close, for instance). */
  focusEvent(eventId: string): void;
  /** Puts the keyboard focus on the list's tab stop (the skip link's target), or on the list
   *  itself when no event matches. */
  focus(): void;
}

interface Props {
  /** The filtered events, in the order `sort` names. */
  events: Event[];
  actorsById: ReadonlyMap<string, Actor>;
  /** The folded words to mark in an event's title and actors, while a search is on. */
  marksOf?(event: Event): readonly string[];
  /** Whether an article the reader added in the page reports the event. */
  isAdded?(event: Event): boolean;
  selectedEventId: string | null;
  /** The order the events are in; without onSortChange the list offers no choice. */
  sort?: Sort;
  onSortChange?(sort: Sort): void;
  onOpen(eventId: string): void;
  onClose(): void;
  ref?: Ref<EventListHandle>;
}

/** Above this many events only the rows in and near view are in the page; a short list is
 *  drawn whole. */
const VIRTUAL_ABOVE = 150;

/** A long list's rows all have this height (event-list.css clamps their text to fit): measuring
 *  each drawn row would make the virtualizer rework the place of every row after it, which on
 *  tens of thousands of events costs more than drawing them. */
const ROW_HEIGHT = 108;

/** The rows to draw: those the virtualizer places, or, while the list has no size yet (before
 *  layout, or where nothing is laid out), its first rows and the tab stop at estimated places. */
function virtualRows(items: readonly VirtualItem[], count: number, tabStopAt: number): { at: number; start: number }[] {
  if (items.length > 0) return items.map((item) => ({ at: item.index, start: item.start }));
  const first = Array.from({ length: Math.min(count, 20) }, (_, at) => at);
  if (tabStopAt >= first.length) first.push(tabStopAt);
  return first.map((at) => ({ at, start: at * ROW_HEIGHT }));
}

/** Every filtered event as a list item, the keyboard's way through the timeline: ↑ ↓ move,
 *  Home and End jump, Enter opens the details, Escape closes them. One row is in the tab order. */
export function EventList({ events, actorsById, marksOf, isAdded, selectedEventId, sort = "date", onSortChange, onOpen, onClose, ref }: Props) {
  const sortId = useId();
  const rows = useRef(new Map<string, HTMLButtonElement>());
  const [activeId, setActiveId] = useState<string | null>(null);
  // the row in the tab order: the one last moved to, else the selected one, else the first
  const tabStop = [activeId, selectedEventId].find((id) => id && events.some((e) => e.id === id)) ?? events[0]?.id;
  const tabStopAt = events.findIndex((e) => e.id === tabStop);

  const scroller = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement>(null);
  const printing = usePrinting();
  // a printed list has every row: a page has no scrolling to draw the rest
  const virtual = events.length > VIRTUAL_ABOVE && !printing;
  // the tab stop is always drawn, even when scrolled far out of view, so Tab still reaches the list
  const keep = useRef(tabStopAt);
  keep.current = tabStopAt;
  const rangeExtractor = useCallback((range: Range) => {
    const drawn = defaultRangeExtractor(range);
    const at = keep.current;
    if (at < 0 || at >= range.count || drawn.includes(at)) return drawn;
    return [...drawn, at].sort((a, b) => a - b);
  }, []);
  // eslint-disable-next-line react-hooks/incompatible-library -- a notice that the React Compiler would skip this component; the project does not use the compiler
  const virtualizer = useVirtualizer({
    count: virtual ? events.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (at) => events[at]?.id ?? at,
    rangeExtractor,
  });

  // a row asked for focus before it was drawn takes it once it is
  const pendingFocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    const row = id ? rows.current.get(id) : undefined;
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: virtual });
  });

  // an event chosen elsewhere (the timeline, a link) becomes the list's place, and is scrolled
  // into the list's own view without scrolling the page
  const reveal = useEffectEvent((eventId: string) => {
    const box = scroller.current;
    if (!box) return;
    const at = events.findIndex((e) => e.id === eventId);
    if (at < 0) return;
    setActiveId(eventId);
    if (virtual) {
      virtualizer.scrollToIndex(at, { align: "auto" });
      return;
    }
    const row = rows.current.get(eventId);
    if (!row) return;
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top) box.scrollTop -= b.top - r.top + 8;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 8;
  });
  // only a new selection moves the list, not a new filter
  useEffect(() => {
    if (selectedEventId) reveal(selectedEventId);
  }, [selectedEventId]);

  const focusRow = (eventId: string) => {
    setActiveId(eventId);
    const row = rows.current.get(eventId);
    const at = events.findIndex((e) => e.id === eventId);
    if (virtual && at >= 0) virtualizer.scrollToIndex(at, { align: "auto" });
    if (row) row.focus({ preventScroll: virtual });
    else pendingFocus.current = eventId;
  };
  useImperativeHandle(ref, () => ({
    focusEvent: focusRow,
    focus: () => (tabStop ? focusRow(tabStop) : section.current?.focus()),
  }));

  const onKeyDown = (e: KeyboardEvent, at: number) => {
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: events.length - 1 }[e.key];
    if (target !== undefined) {
      e.preventDefault();
      const next = events[Math.max(0, Math.min(events.length - 1, target))];
      if (next) focusRow(next.id);
    } else if (e.key === "Escape" && selectedEventId) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const drawn = virtual ? virtualRows(virtualizer.getVirtualItems(), events.length, tabStopAt) : events.map((_, at) => ({ at, start: 0 }));

  const row = (at: number, start: number) => {
    const event = events[at];
    const actors = event.actorIds.map((id) => actorsById.get(id)?.name).filter((name) => name !== undefined);
    const marks = marksOf?.(event) ?? [];
    return (
      <li
        key={event.id}
        // a drawn row of a long list says where it stands in the whole list
        aria-setsize={virtual ? events.length : undefined}
        aria-posinset={virtual ? at + 1 : undefined}
        data-index={virtual ? at : undefined}
        className={virtual ? "is-virtual" : undefined}
        style={virtual ? { transform: `translateY(${start}px)` } : undefined}
      >
        <button
          type="button"
          ref={(el) => {
            if (el) rows.current.set(event.id, el);
            else rows.current.delete(event.id);
          }}
          className={`event-row type-${event.type}`}
          tabIndex={event.id === tabStop ? 0 : -1}
          aria-current={event.id === selectedEventId ? "true" : undefined}
          onClick={() => {
            setActiveId(event.id);
            onOpen(event.id);
          }}
          onKeyDown={(e) => onKeyDown(e, at)}
        >
          <span className="event-row-meta">
            <span className="event-row-date">{formatEventDate(event)}</span>
            <span className="event-row-type">
              <TypeSwatch type={event.type} planned={event.status === "planned"} /> {EVENT_TYPE_LABELS[event.type]}
            </span>
            {event.status === "planned" && <span className="badge">Planned</span>}
            {isAdded?.(event) && (
              <span className="badge added-badge" title="Reported by an article you added">
                Added
              </span>
            )}
            {/* corroboration, compactly: "Reported by 3 articles from 2 outlets" in the details */}
            {event.reportedBy.articles.length > 1 && (
              <span className="event-row-outlets">
                {plural(event.reportedBy.articles.length, "article")}, {plural(event.reportedBy.outlets.length, "outlet")}
              </span>
            )}
          </span>
          <span className="event-row-title" dir="auto">
            <Highlight text={event.title} words={marks} />
          </span>
          {actors.length > 0 && (
            <span className="event-row-actors">
              {actors.map((name, i) => (
                <Fragment key={i}>
                  {i > 0 && ", "}
                  <bdi>
                    <Highlight text={name} words={marks} />
                  </bdi>
                </Fragment>
              ))}
            </span>
          )}
        </button>
      </li>
    );
  };

  return (
    // the skip link's target: focusable by script only, so it costs no Tab
    <section ref={section} id="event-list" tabIndex={-1} className="event-list" aria-labelledby="event-list-heading">
      <div className="event-list-header">
        <h2 id="event-list-heading">Event list</h2>
        {onSortChange && (
          <span className="event-list-sort">
            <label htmlFor={sortId}>Sort</label>
            <select id={sortId} value={sort} onChange={(e) => onSortChange(e.target.value as Sort)}>
              <option value="date">Date</option>
              <option value="reported">Most reported</option>
            </select>
          </span>
        )}
        <span className="event-list-keys">↑ ↓ move · Enter opens · Esc closes</span>
      </div>
      {events.length === 0 ? (
        <p className="event-list-empty">No events match these filters.</p>
      ) : (
        <div ref={scroller} className="event-list-scroll">
          <ol role="list" className={virtual ? "is-virtual" : undefined} style={virtual ? { height: virtualizer.getTotalSize() } : undefined}>
            {drawn.map(({ at, start }) => row(at, start))}
          </ol>
        </div>
      )}
    </section>
  );
}

/** Whether the page is being printed (or shown as print media). Chromium fires beforeprint
 *  before it lays the page out for print, and the rows must be in by then, so the change is
 *  rendered at once; the media query covers print emulation and browsers that skip the events. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof window !== "undefined" && window.matchMedia?.("print").matches === true);
  useEffect(() => {
    const media = window.matchMedia?.("print");
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => set(true);
    const after = () => set(media?.matches ?? false);
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    media?.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      media?.removeEventListener("change", change);
    };
  }, []);
  return printing;
}
