import type { Actor, Article, Event, Location, Timeline } from "../../model/timeline";
import { sortEventsByDate } from "../events/event-period";

/** A timeline with the lookups every view needs, built once per load. */
export interface TimelineIndex {
  timeline: Timeline;
  /** All events in date order, undated last. */
  events: Event[];
  eventsById: ReadonlyMap<string, Event>;
  actorsById: ReadonlyMap<string, Actor>;
  locationsById: ReadonlyMap<string, Location>;
  articlesById: ReadonlyMap<string, Article>;
}

export function indexTimeline(timeline: Timeline): TimelineIndex {
  const events = sortEventsByDate(timeline.events);
  return {
    timeline,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById: new Map(timeline.actors.map((a) => [a.id, a])),
    locationsById: new Map(timeline.locations.map((l) => [l.id, l])),
    articlesById: new Map(timeline.articles.map((a) => [a.id, a])),
  };
}
