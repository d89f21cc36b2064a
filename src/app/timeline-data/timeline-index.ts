import type { ExplorerActor, ExplorerArticle, ExplorerEvent, ExplorerLocation, ExplorerTimeline } from "../../model/explorer-data";
import { sortEventsByDate } from "../events/event-period";

/** A timeline with the lookups every view needs, built once per load. */
export interface TimelineIndex {
  timeline: ExplorerTimeline;
  /** All events in date order, undated last. */
  events: ExplorerEvent[];
  eventsById: ReadonlyMap<string, ExplorerEvent>;
  actorsById: ReadonlyMap<string, ExplorerActor>;
  locationsById: ReadonlyMap<string, ExplorerLocation>;
  articlesById: ReadonlyMap<string, ExplorerArticle>;
}

export function indexTimeline(timeline: ExplorerTimeline): TimelineIndex {
  const events = sortEventsByDate(timeline.events);
  // the events by id are wanted only once one is opened: made then, not at every load
  let eventsById: Map<string, ExplorerEvent> | undefined;
  return {
    timeline,
    events,
    get eventsById() {
      return (eventsById ??= new Map(events.map((e) => [e.id, e])));
    },
    actorsById: new Map(timeline.actors.map((a) => [a.id, a])),
    locationsById: new Map(timeline.locations.map((l) => [l.id, l])),
    articlesById: new Map(timeline.articles.map((a) => [a.id, a])),
  };
}
