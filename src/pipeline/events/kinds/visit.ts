import { senses } from "../vocabulary/visit";
import type { EventKind } from "./kind";

// A visit or a journey to a place.
export const visit: EventKind = { type: "visit", senses, roles: "agent", standaloneNouns: [] };
