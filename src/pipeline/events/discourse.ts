import type { DatePrecision } from "../../model/timeline";
import { isFirstName, lexiconTag } from "../mentions/lexicon";
import type { Mention } from "../mentions/find-mentions";
import { foldName } from "../text/fold";

/** The day the narration is at, with the words that set it. */
export interface Focus {
  value: string;
  precision: DatePrecision;
  text: string;
  start: number;
  end: number;
}

// A pronoun or a description points back a few paragraphs at most, not to the top of a long
// document: 200 names is some ten paragraphs of wire copy.
const REACH = 200;
// "the pair", "they": the group named in one of the last two sentences.
export const GROUP_REACH = 2;

/** What the sentence-level passes over one article share as they read it in order: the day the
 *  story is at, who spoke last, and who has been named (for pronouns, descriptions and groups).
 *  One object, handed along, instead of state threaded through one long function. */
export class Discourse {
  focus: Focus | null = null;
  lastSpeaker: Mention | null = null;
  private readonly seen: Mention[] = [];
  private readonly bySentence = new Map<number, Mention[]>();

  constructor(mentions: readonly Mention[]) {
    for (const m of mentions) {
      const list = this.bySentence.get(m.sentence) ?? [];
      list.push(m);
      this.bySentence.set(m.sentence, list);
    }
  }

  /** The names of one sentence. */
  mentionsOf(sentence: number): Mention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** The names read so far, the latest last, as far back as a reference reaches. */
  recent(): Mention[] {
    return this.seen.slice(-REACH);
  }

  /** [D1] The person "he", "she" or "him" points to: the last speaker, else the last person
   *  named, skipping one whose given name says the pronoun does not fit ("She said" is not
   *  credited to a man named just before). */
  person(pronoun = ""): Mention | null {
    const fits = (m: Mention) => m.kind === "person" && agrees(m, pronoun);
    if (this.lastSpeaker && fits(this.lastSpeaker)) return this.lastSpeaker;
    return [...this.recent()].reverse().find(fits) ?? null;
  }

  /** [D1] The last person named whom the pronoun fits, whoever spoke last ("According to him"). */
  lastNamed(pronoun = ""): Mention | null {
    return [...this.recent()].reverse().find((m) => m.kind === "person" && agrees(m, pronoun)) ?? null;
  }

  /** [D5] The person a description the article has already used points to: "the head of the
   *  bureau" after "Ana Ruiz, head of the bureau". */
  describedAs(description: string): Mention | null {
    const key = fold(description);
    if (key.split(" ").length < 2) return null;
    return [...this.recent()].reverse().find((m) => (m.kind === "person" || m.kind === "organization") && (m.phrases ?? []).some((p) => fold(p).endsWith(key))) ?? null;
  }

  /** [D2] The group "they", "their" or "the pair" points to: the people and bodies named in the
   *  nearest of the last sentences that names two or more. */
  group(sentence: number): Mention[] {
    for (let k = sentence - 1; k >= Math.max(0, sentence - GROUP_REACH); k--) {
      const names = this.mentionsOf(k).filter((m) => (m.kind === "person" || m.kind === "organization") && !m.possessive && !m.weak);
      if (names.length >= 2) return names;
    }
    return [];
  }

  /** After a sentence: its names are seen; its speaker and day carry on. */
  read(sentence: number, speaker: Mention | null, focus: Focus | null): void {
    this.seen.push(...this.mentionsOf(sentence));
    if (speaker) this.lastSpeaker = speaker;
    if (focus) this.focus = focus;
  }
}

const fold = (text: string) => foldName(text).replace(/^(?:the|a|an|its|his|her|their) /, "");

/** A pronoun agrees with a person unless the person's given name is one the lexicon knows for
 *  the other sex. */
function agrees(m: Mention, pronoun: string): boolean {
  const given = m.name.split(" ")[0];
  if (!isFirstName(given)) return true;
  const tag = lexiconTag(given);
  if (/^(?:he|him|his)$/i.test(pronoun)) return tag !== "FemaleName";
  if (/^(?:she|her|hers)$/i.test(pronoun)) return tag !== "MaleName";
  return true;
}
