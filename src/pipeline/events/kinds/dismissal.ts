import { senses } from "../vocabulary/dismissal";
import type { EventKind } from "./kind";

// Being removed from a post: the one who removes and the one removed.
export const dismissal: EventKind = { type: "dismissal", senses, roles: "agent-patient", standaloneNouns: [] };
