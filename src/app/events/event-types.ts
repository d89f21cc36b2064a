import type { EventType } from "../../model/timeline";

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  meeting: "Meeting",
  statement: "Statement",
  resignation: "Resignation",
  dismissal: "Dismissal",
  appointment: "Appointment",
  agreement: "Agreement or deal",
  visit: "Visit",
  military: "Military action or claim",
  legal: "Legal or police action",
  proposal: "Offer or proposal",
  vote: "Vote or election",
  strike: "Strike or protest",
  deadline: "Deadline",
  decision: "Decision",
  incident: "Incident",
  contest: "Match or contest",
  other: "Other",
};
