// The shape of lexicon.generated.json, shared by the generator that writes it and the lookup that reads it.

import type { EventKindName } from "./senses";

export interface LexiconEntry {
  kind: EventKindName;
  /** The WordNet lemma (spaces, lower case) or the phrase as written in the kind's file. */
  lemma: string;
  pos: "verb" | "noun";
  form: "base" | "s" | "past" | "pastParticiple" | "ing" | "plural" | "singular";
  /** The kind's WordNet sense that brought the form ("resign.v.02"), or "phrase". */
  sense: string;
}

export interface LexiconFile {
  /** Single tokens, lower case. */
  words: Record<string, LexiconEntry[]>;
  /** Several tokens, lower case, joined by one space; "one's" stands for any possessive. */
  phrases: Record<string, LexiconEntry[]>;
}
