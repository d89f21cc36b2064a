import type { Timeline } from "../model/timeline";
import type { Gold } from "./score-events";

// A timeline used as the gold: a reader's corrected timeline says what the events of their own
// articles are, so scoring the extractor's output against it measures the extractor there.
// Hidden events are not events, so predicting them costs precision; the gold's actors are its
// actors with every spelling (a rename keeps the extractor's name among them, a merge the
// merged actor's), so the extractor's actors are matched to them by name.

/** Whether parsed JSON is a timeline document rather than a gold annotation. */
export function isTimelineDocument(data: unknown): boolean {
  return typeof data === "object" && data !== null && "schemaVersion" in data && "articles" in data;
}

/** A timeline as a gold annotation in the shape of shared/gold/seeds.gold.json. */
export function goldFromTimeline(timeline: Timeline): Gold {
  const actorName = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const locationName = new Map(timeline.locations.map((l) => [l.id, l.name]));
  return {
    actors: timeline.actors.map((a) => ({ name: a.name, aliases: a.aliases })),
    locations: timeline.locations.map((l) => ({ name: l.name, aliases: l.aliases })),
    events: timeline.events.map((e) => ({
      id: e.id,
      // the scorer's types: meeting, statement, and the rest as one
      type: e.type === "meeting" || e.type === "statement" ? e.type : "other",
      date: e.date,
      date_precision: e.datePrecision,
      status: e.status,
      actors: e.actorIds.map((id) => actorName.get(id)!),
      location: e.locationIds.length ? locationName.get(e.locationIds[0])! : null,
      mentions: e.sources.map((s) => ({ article: s.articleId, evidence: s.text, start: s.start })),
    })),
  };
}
