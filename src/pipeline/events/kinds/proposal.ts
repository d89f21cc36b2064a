import { senses } from "../vocabulary/proposal";
import type { EventKind } from "./kind";

// An offer or proposal, and its rejection.
export const proposal: EventKind = { type: "proposal", senses, roles: "agent-patient", standaloneNouns: [],
  cues: [
    { lemma: "decline", after: /^\s{1,3}(?!to\b)\S/i, why: "declining an offer; 'declined to say' is no answer to one" },
    { lemma: "refuse", after: /^\s{1,3}(?!to\b)\S/i, why: "refusing an offer; 'refused to comment' is no answer to one" },
    { lemma: "submit", after: /^\s{1,3}(?:a|an|the|its|their|his|her|our)?\s{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:plan|proposal|bid|offer|draft|motion|amendment|counter-?proposal|request)s?\b/iu, why: "a proposal is submitted as a plan, a bid or an offer; 'submitted a resignation letter' is no proposal" },
  ],
};
