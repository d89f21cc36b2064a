import { senses } from "../vocabulary/meeting";
import type { EventKind } from "./kind";

// Talks, negotiations, summits and calls between parties. Its nouns (talks, summit) stand alone as events, as news uses them.
export const meeting: EventKind = { type: "meeting", senses, roles: "parties", standaloneNouns: ["meeting", "meetings", "talks", "summit", "summits", "discussions", "discussion"] };
