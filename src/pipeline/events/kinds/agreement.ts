import { senses } from "../vocabulary/agreement";
import type { EventKind } from "./kind";

// An agreement or deal signed, reached or ratified, between its parties.
export const agreement: EventKind = { type: "agreement", senses, roles: "agent-patient", standaloneNouns: [],
  cues: [
    { lemma: "conclude", after: /^\s{1,3}(?:an?|the|its|their|his|her)?\s{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:deal|agreement|treaty|accord|pact|contract|truce|ceasefire|memorandum)s?\b/iu, why: "concluding a treaty or a deal; 'the meeting has concluded' is its end" },
  ],
};
