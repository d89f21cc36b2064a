import { senses } from "../vocabulary/incident";
import type { EventKind } from "./kind";

// A death, a disaster or an accident.
export const incident: EventKind = { type: "incident", senses, roles: "agent", standaloneNouns: [] };
