import { senses } from "../vocabulary/deadline";
import type { EventKind } from "./kind";

// A deadline or an ultimatum set.
export const deadline: EventKind = { type: "deadline", senses, roles: "agent", standaloneNouns: [] };
