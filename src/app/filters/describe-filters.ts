import { EVENT_TYPE_LABELS } from "../events/event-types";
import type { Filters } from "../explorer-url/explorer-state";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { isolate } from "../ui/isolate";

/** The filters in words, one part each ("Actors: Vladimir Putin"), for a printed page, where
 *  the panel's controls do not print. Empty when nothing is filtered. */
export function describeFilters(filters: Filters, { actorsById, locationsById }: Pick<TimelineIndex, "actorsById" | "locationsById">): string[] {
  const names = (ids: readonly string[], byId: ReadonlyMap<string, { name: string }>) => ids.map((id) => isolate(byId.get(id)?.name ?? id)).join(", ");
  const parts: string[] = [];
  if (filters.q.trim()) parts.push(`Search: “${isolate(filters.q.trim())}”`);
  if (filters.types.length > 0) parts.push(`Types: ${filters.types.map((t) => EVENT_TYPE_LABELS[t]).join(", ")}`);
  if (filters.from || filters.to) parts.push(`Dates: ${filters.from ?? "…"} to ${filters.to ?? "…"}`);
  if (filters.minOutlets > 1) parts.push(`Reported by at least ${filters.minOutlets} outlets`);
  if (filters.actors.length > 0) parts.push(`Actors: ${names(filters.actors, actorsById)}`);
  if (filters.locations.length > 0) parts.push(`Places: ${names(filters.locations, locationsById)}`);
  return parts;
}
