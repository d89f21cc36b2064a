import type { EventType } from "../../../model/timeline";
import type { KindSenses } from "../vocabulary/senses";

/** Who takes part in an event of a kind, read from the clause of its trigger:
 *  - speaker: who said it (the subject, the name after the verb, or a pronoun or description
 *    resolved to someone named before);
 *  - parties: everyone the clause names (a meeting's sides), and those named in the next
 *    sentences that join it ("The delegation was led by …");
 *  - agent: the subject, or a passive's by-phrase ("was raided by the bureau");
 *  - agent-patient: the subject and the object ("the board fired the chief executive"); a
 *    passive's subject is the patient ("the chief executive was fired"). */
export type Roles = "speaker" | "parties" | "agent" | "agent-patient";

/** One kind of event: its type in the data, its vocabulary (written down once, from WordNet,
 *  in ../vocabulary/<kind>.ts) and how its participants are read. The registry (index.ts)
 *  lists the kinds; adding one is a file here, a vocabulary file, and a test. */
export interface EventKind {
  type: EventType;
  senses: KindSenses;
  roles: Roles;
  /** Nouns of the kind that name a happening on their own ("talks", "summit"). Any other noun
   *  ("resignation", "election", "strike") is an event only with a date of its own or a verb
   *  that reports the act ("submitted his resignation", "called a strike"): alone it is as
   *  often a topic ("calls for his resignation"). */
  standaloneNouns: readonly string[];
  /** Lemmas that are of the kind only with certain words after them: a court "ruled that", a
   *  regime "ruled Gaza for years". */
  cues?: readonly { lemma: string; after: RegExp; why: string }[];
}
