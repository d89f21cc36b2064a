import { senses } from "../vocabulary/decision";
import type { EventKind } from "./kind";

// A policy decision: a rate changed, a ban imposed or lifted, a product recalled.
export const decision: EventKind = { type: "decision", senses, roles: "agent", standaloneNouns: [] };
