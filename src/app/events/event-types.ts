import type { EventType } from "../../model/timeline";

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  meeting: "Meeting",
  statement: "Statement",
  resignation: "Resignation",
  appointment: "Appointment",
  military: "Military action",
  agreement: "Agreement",
  other: "Other",
};
