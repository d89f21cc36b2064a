import { senses } from "../vocabulary/agreement";
import type { EventKind } from "./kind";

// An agreement or deal signed, reached or ratified, between its parties.
export const agreement: EventKind = { type: "agreement", senses, roles: "agent-patient", standaloneNouns: [] };
