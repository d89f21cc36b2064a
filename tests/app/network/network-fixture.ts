import type { ExplorerActor, ExplorerEvent, ExplorerTimeline } from "../../../src/model/explorer-data";
import type { EventType } from "../../../src/model/timeline";

// Made-up people and bodies for the network's tests: small enough to count the links by hand.

export const actor = (id: string, name: string, kind: ExplorerActor["kind"] = "person"): ExplorerActor => ({ id, name, kind, aliases: [], roles: [] });

export const event = (id: string, type: EventType, actorIds: string[], date: string | null = "2025-03-01", title = `Event ${id}`): ExplorerEvent => ({
  id,
  type,
  title,
  date,
  datePrecision: date ? "day" : "unknown",
  status: "occurred",
  actorIds,
  locationIds: [],
  reportedBy: { articles: ["a1"], outlets: ["a1"] },
});

export const ACTORS = [
  actor("ada-brandt", "Ada Brandt"),
  actor("omar-sefu", "Omar Sefu"),
  actor("lena-koval", "Lena Koval"),
  actor("harbour-council", "Harbour Council", "organization"),
];

export const EVENTS = [
  event("e1", "meeting", ["ada-brandt", "omar-sefu"], "2025-03-01", "Brandt and Sefu meet in Portvale"),
  event("e2", "statement", ["ada-brandt", "omar-sefu", "lena-koval"], "2025-03-02", "Koval comments on the talks"),
  event("e3", "agreement", ["ada-brandt", "omar-sefu"], "2025-03-05", "Brandt and Sefu sign a ferry deal"),
  event("e4", "statement", ["harbour-council", "lena-koval"], "2025-03-07", "Harbour Council answers Koval"),
  event("e5", "statement", ["lena-koval"], null, "Koval speaks alone"),
];

export function timelineOf(actors: ExplorerActor[], events: ExplorerEvent[]): ExplorerTimeline {
  return { schemaVersion: 1, articles: [], actors, locations: [], events, diagnostics: [] };
}
