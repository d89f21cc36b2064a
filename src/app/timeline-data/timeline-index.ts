import type { ExplorerActor, ExplorerArticle, ExplorerEvent, ExplorerLocation, ExplorerTimeline } from "../../model/explorer-data";
import { resolveIds, type FormerIdMaps } from "../../model/resolve-ids";
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
  /** The ids events and actors had before (merged, renamed), to their ids now: what a link's ids are read through. */
  formerIds: FormerIdMaps;
}

export function indexTimeline(timeline: ExplorerTimeline): TimelineIndex {
  const events = sortEventsByDate(timeline.events);
  // the events by id are wanted only once one is opened: made then, not at every load
  let eventsById: Map<string, ExplorerEvent> | undefined;
  // and the former ids only once a link names an event or an actor
  let formerIds: FormerIdMaps | undefined;
  return {
    timeline,
    events,
    get eventsById() {
      return (eventsById ??= new Map(events.map((e) => [e.id, e])));
    },
    get formerIds() {
      return (formerIds ??= resolveIds(timeline));
    },
    actorsById: new Map(timeline.actors.map((a) => [a.id, a])),
    locationsById: new Map(timeline.locations.map((l) => [l.id, l])),
    articlesById: new Map(timeline.articles.map((a) => [a.id, a])),
  };
}
