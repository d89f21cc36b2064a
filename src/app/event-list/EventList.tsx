import { Fragment, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { Actor, Event } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { formatEventDate } from "../events/format-date";
import { TypeSwatch } from "../ui/TypeSwatch";
import "./event-list.css";

export interface EventListHandle {
  /** Puts the keyboard focus on an event's row (after the details close, for instance). */
  focusEvent(eventId: string): void;
}

interface Props {
  /** The filtered events, in date order, undated last. */
  events: Event[];
  actorsById: ReadonlyMap<string, Actor>;
  selectedEventId: string | null;
  onOpen(eventId: string): void;
  onClose(): void;
  ref?: Ref<EventListHandle>;
}

/** Every filtered event as a list item, the keyboard's way through the timeline: ↑ ↓ move,
 *  Home and End jump, Enter opens the details, Escape closes them. One row is in the tab order. */
export function EventList({ events, actorsById, selectedEventId, onOpen, onClose, ref }: Props) {
  const rows = useRef(new Map<string, HTMLButtonElement>());
  const [activeId, setActiveId] = useState<string | null>(null);
  // the row in the tab order: the one last moved to, else the selected one, else the first
  const tabStop = [activeId, selectedEventId].find((id) => id && events.some((e) => e.id === id)) ?? events[0]?.id;

  const scroller = useRef<HTMLOListElement>(null);

  // an event chosen elsewhere (the timeline, a link) becomes the list's place, and is scrolled
  // into the list's own view without scrolling the page
  useEffect(() => {
    const row = selectedEventId ? rows.current.get(selectedEventId) : undefined;
    const box = scroller.current;
    if (!row || !box) return;
    setActiveId(selectedEventId);
    const r = row.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top) box.scrollTop -= b.top - r.top + 8;
    else if (r.bottom > b.bottom) box.scrollTop += r.bottom - b.bottom + 8;
  }, [selectedEventId]);

  const focusRow = (eventId: string) => {
    setActiveId(eventId);
    rows.current.get(eventId)?.focus();
  };
  useImperativeHandle(ref, () => ({ focusEvent: focusRow }));

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

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <div className="event-list-header">
        <h2 id="event-list-heading">Event list</h2>
        <span className="event-list-keys">↑ ↓ move · Enter opens · Esc closes</span>
      </div>
      {events.length === 0 ? (
        <p className="event-list-empty">No events match these filters.</p>
      ) : (
        <ol ref={scroller}>
          {events.map((event, at) => {
            const actors = event.actorIds.map((id) => actorsById.get(id)?.name).filter(Boolean);
            return (
              <li key={event.id}>
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
                  </span>
                  <span className="event-row-title" dir="auto">
                    {event.title}
                  </span>
                  {actors.length > 0 && (
                    <span className="event-row-actors">
                      {actors.map((name, i) => (
                        <Fragment key={i}>
                          {i > 0 && ", "}
                          <bdi>{name}</bdi>
                        </Fragment>
                      ))}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
