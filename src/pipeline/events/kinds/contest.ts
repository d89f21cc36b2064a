import { senses } from "../vocabulary/contest";
import type { EventKind } from "./kind";

// A match and its result, between the sides it names ("beat Harbour Town", "a 2-1 defeat to Riverside").
export const contest: EventKind = { type: "contest", senses, roles: "agent-patient", standaloneNouns: [] };
