import { senses } from "../vocabulary/military";
import type { EventKind } from "./kind";

// A military action, or a claim of one (a town captured).
export const military: EventKind = { type: "military", senses, roles: "agent-patient", standaloneNouns: [] };
