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

/** How a number of events of each type reads in a sentence ("1 meeting", "60 meetings"): a
 *  count bar's accessible name says its mix of types in these words. */
export const EVENT_TYPE_NOUNS: Record<EventType, readonly [one: string, many: string]> = {
  meeting: ["meeting", "meetings"],
  statement: ["statement", "statements"],
  resignation: ["resignation", "resignations"],
  dismissal: ["dismissal", "dismissals"],
  appointment: ["appointment", "appointments"],
  agreement: ["agreement or deal", "agreements or deals"],
  visit: ["visit", "visits"],
  military: ["military action or claim", "military actions or claims"],
  legal: ["legal or police action", "legal or police actions"],
  proposal: ["offer or proposal", "offers or proposals"],
  vote: ["vote or election", "votes or elections"],
  strike: ["strike or protest", "strikes or protests"],
  deadline: ["deadline", "deadlines"],
  decision: ["decision", "decisions"],
  incident: ["incident", "incidents"],
  contest: ["match or contest", "matches or contests"],
  other: ["other event", "other events"],
};
