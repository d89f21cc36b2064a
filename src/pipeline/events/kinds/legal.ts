import { senses } from "../vocabulary/legal";
import type { EventKind } from "./kind";

// A legal or police action: a charge, search, arrest, verdict, ruling, suspension or suit.
export const legal: EventKind = { type: "legal", senses, roles: "agent-patient", standaloneNouns: [],
  cues: [
    { lemma: "rule", after: /^\s{1,3}(?:that|on|in favou?r|against|out)\b/i, why: "a court rules that or on something; 'ruled Gaza' is governing" },
    { lemma: "charge", after: /^\s{1,3}(?:him|her|them|the|an?|with|\p{Lu})/u, why: "charging someone; 'in charge', 'took charge' are posts" },
  ],
};
