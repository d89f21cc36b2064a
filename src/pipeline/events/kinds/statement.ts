import { senses } from "../vocabulary/statement";
import type { EventKind } from "./kind";

// Public speech, quoted or reported. Its nouns (statement, announcement) make an event only with a verb that issues them.
export const statement: EventKind = { type: "statement", senses, roles: "speaker", standaloneNouns: [] };
