import { senses } from "../vocabulary/statement";
import type { EventKind } from "./kind";

// Public speech, quoted or reported. Its nouns (statement, announcement) make an event only with a verb that issues them.
export const statement: EventKind = { type: "statement", senses, roles: "speaker", standaloneNouns: [],
  cues: [
    {
      lemma: "declare",
      after: /^(?!\s{1,3}(?:bankruptcy|insolvency|war\b|martial law|independence|an?\s{1,3}(?:state of )?emergency|a\s{1,3}(?:ceasefire|truce|holiday)))/i,
      why: "declaring that, or a position, is speech; declaring bankruptcy, war or an emergency is an act",
    },
  ],
};
