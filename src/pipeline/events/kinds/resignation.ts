import { senses } from "../vocabulary/resignation";
import type { EventKind } from "./kind";

// Leaving an office or post of one's own accord.
export const resignation: EventKind = { type: "resignation", senses, roles: "agent", standaloneNouns: [] };
