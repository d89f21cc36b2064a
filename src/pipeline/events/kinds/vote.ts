import { senses } from "../vocabulary/vote";
import type { EventKind } from "./kind";

// A vote or an election, and a body approving by vote.
export const vote: EventKind = { type: "vote", senses, roles: "agent", standaloneNouns: [] };
