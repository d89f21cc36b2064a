import { senses } from "../vocabulary/contest";
import type { EventKind } from "./kind";

// A match and its result, between the sides it names ("beat West Ham", "a 2-1 defeat to Leicester").
export const contest: EventKind = { type: "contest", senses, roles: "agent-patient", standaloneNouns: [] };
