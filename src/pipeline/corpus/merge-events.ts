import type { DateBasis, DatePrecision, EventType } from "../../model/timeline";

/** An event with corpus-wide actor and location ids, before it gets its own id. */
export interface CorpusEvent {
  type: EventType;
  status: "occurred" | "planned";
  date: string | null;
  precision: DatePrecision;
  dateBasis: DateBasis | null;
  actorIds: string[];
  locationIds: string[];
  quotes: { articleId: string; start: number; end: number; speakerId: string | null }[];
  sources: { articleId: string; start: number; end: number }[];
}

/** [M1] One real happening is one event, however many articles report it. Events are blocked
 *  by type and date, so only events of the same day are compared. Two statements merge when
 *  the speaker is the same; two meetings or other events when they share an actor and do not
 *  disagree on the place (or share the place and neither names an actor). An undated event
 *  stays apart: nothing says which day it would join. */
export function mergeEvents(events: CorpusEvent[]): CorpusEvent[] {
  const blocks = new Map<string, CorpusEvent[]>();
  const out: CorpusEvent[] = [];
  for (const e of events) {
    if (!e.date) {
      out.push(e);
      continue;
    }
    const key = `${e.type}|${e.date}|${e.status}`;
    const block = blocks.get(key) ?? [];
    const same = block.find((o) => sameHappening(o, e));
    if (same) absorb(same, e);
    else {
      block.push(e);
      blocks.set(key, block);
      out.push(e);
    }
  }
  return out;
}

function sameHappening(a: CorpusEvent, b: CorpusEvent): boolean {
  const sharedActor = a.actorIds.some((id) => b.actorIds.includes(id));
  const sharedPlace = a.locationIds.some((id) => b.locationIds.includes(id));
  const placesDisagree = a.locationIds.length > 0 && b.locationIds.length > 0 && !sharedPlace;
  if (a.type === "statement") return a.actorIds[0] !== undefined && a.actorIds[0] === b.actorIds[0];
  if (sharedActor) return !placesDisagree;
  return sharedPlace && (!a.actorIds.length || !b.actorIds.length);
}

function absorb(into: CorpusEvent, from: CorpusEvent) {
  for (const id of from.actorIds) if (!into.actorIds.includes(id)) into.actorIds.push(id);
  for (const id of from.locationIds) if (!into.locationIds.includes(id)) into.locationIds.push(id);
  into.quotes.push(...from.quotes);
  into.sources.push(...from.sources);
  // a stated date explains better than one read from context
  const rank = { stated: 0, relative: 1, context: 2, publication: 3 };
  if (from.dateBasis && (!into.dateBasis || rank[from.dateBasis.kind] < rank[into.dateBasis.kind])) into.dateBasis = from.dateBasis;
}
