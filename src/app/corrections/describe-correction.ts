import type { CorrectionOperation } from "../../model/corrections";
import type { ExplorerEvent } from "../../model/explorer-data";
import type { CorrectableEventField } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { formatDate } from "../events/format-date";
import type { TimelineIndex } from "../timeline-data/timeline-index";

// How a correction reads in the page: "Hid “Talks in Velmora”", "Corrected: date (the
// extractor said 2 Dec 2025)".

const FIELD_NAMES: Record<CorrectableEventField, string> = {
  date: "date",
  datePrecision: "precision",
  type: "type",
  status: "status",
  title: "title",
  actorIds: "actors",
  locationIds: "places",
};

const PRECISION_NAMES = { day: "day", month: "month", year: "year", unknown: "unknown" } as const;

/** An event by id, shown or hidden, through its former ids. */
export function findEvent(index: TimelineIndex, id: string): ExplorerEvent | undefined {
  const current = index.formerIds.events.get(id) ?? id;
  return index.eventsById.get(current) ?? index.timeline.hiddenEvents?.find((e) => e.id === current || e.formerIds?.includes(id));
}

export function actorName(index: TimelineIndex, id: string): string {
  return index.actorsById.get(index.formerIds.actors.get(id) ?? id)?.name ?? id;
}

/** A field's value as a reader reads it. */
export function fieldValue(index: TimelineIndex, field: CorrectableEventField, value: unknown): string {
  if (field === "date") return typeof value === "string" ? formatDate(value) : "no date";
  if (field === "datePrecision") return PRECISION_NAMES[value as keyof typeof PRECISION_NAMES] ?? String(value);
  if (field === "type") return EVENT_TYPE_LABELS[value as keyof typeof EVENT_TYPE_LABELS] ?? String(value);
  if (field === "status") return value === "planned" ? "planned" : "occurred";
  if (field === "title") return `“${String(value)}”`;
  const ids = value as string[];
  if (ids.length === 0) return "none";
  if (field === "actorIds") return ids.map((id) => actorName(index, id)).join(", ");
  return ids.map((id) => index.locationsById.get(id)?.name ?? id).join(", ");
}

/** "date (the extractor said 2 Dec 2025); title (the extractor said “Talks”)". */
export function describeCorrected(index: TimelineIndex, event: ExplorerEvent): string {
  if (!event.corrected) return "";
  const { fields, original } = event.corrected;
  // a date and its precision are one correction
  const shown = fields.includes("date") ? fields.filter((f) => f !== "datePrecision") : fields;
  return shown.map((f) => `${FIELD_NAMES[f]} (the extractor said ${fieldValue(index, f, original[f])})`).join("; ");
}

/** One operation in words. */
export function describeOperation(index: TimelineIndex, op: CorrectionOperation): string {
  const eventTitle = (id: string, label?: string) => `“${findEvent(index, id)?.title ?? label ?? id}”`;
  switch (op.op) {
    case "hide-event":
      return `Hid ${eventTitle(op.event, op.label)}`;
    case "set-event": {
      const fields = (Object.keys(FIELD_NAMES) as CorrectableEventField[]).filter((f) => op[f] !== undefined && !(f === "datePrecision" && op.date !== undefined));
      return `Set the ${fields.map((f) => `${FIELD_NAMES[f]} to ${fieldValue(index, f, op[f])}`).join(", ")} of ${eventTitle(op.event, op.label)}`;
    }
    case "rename-actor":
      return `Renamed ${op.label ?? actorName(index, op.actor)} to ${op.name}`;
    case "retype-actor":
      return `Made ${op.label ?? actorName(index, op.actor)} ${op.kind === "person" ? "a person" : "an organization"}`;
    case "merge-actors":
      return `Merged ${op.label ?? op.actor} into ${actorName(index, op.into)}`;
  }
}
