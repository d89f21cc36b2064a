import type { Mention } from "../mentions/find-mentions";
import type { Gazetteer } from "../places/gazetteer";
import type { Sentence } from "../sentences/split-sentences";
import { daysBetween } from "../dates/calendar";
import { matchDateline } from "../text/dateline";
import type { LocalEvent } from "./find-events";

/** The wire dateline ("SANTIAGO (Reuters) -", "BEAUFORT, S.C. —") as a place mention. */
export function findDateline(sentences: Sentence[], gazetteer: Gazetteer): Mention | null {
  const first = sentences.find((s) => s.kind === "body");
  if (!first) return null;
  const m = matchDateline(first.text);
  if (!m) return null;
  const name = m.place;
  const place = gazetteer.lookup(name);
  if (!place || place.kind === "country") return null;
  return {
    start: first.start, end: first.start + name.length, surface: name, name: place.name, kind: "location",
    possessive: false, place, placeContext: true, agent: false, sentence: first.index, rules: ["location/dateline"],
  };
}

/** [E6] A dateline says where the story was reported from: events of the news day that the
 *  text places nowhere else happened there. Older and later events are left unplaced. */
export function placeByDateline(events: LocalEvent[], dateline: Mention | null, published: string | null): LocalEvent[] {
  if (!dateline || !published) return events;
  return events.map((e) =>
    e.locations.length === 0 && e.date && e.precision === "day" && Math.abs(daysBetween(published, e.date)) <= 2 ? { ...e, locations: [dateline] } : e,
  );
}
