import nlp from "compromise";

// compromise's English lexicon tells a word's usual part of speech, which settles whether a
// capitalized word is a name or just the first word of a sentence.
const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;

export const lexiconTag = (word: string): string | undefined => LEXICON[word.toLowerCase()];
const FIRST_NAME_TAG = /^(?:MaleName|FemaleName|FirstName)$/;
/** A given name the lexicon knows, written with or without its accents ("Rúben", "José"). */
export const isFirstName = (word: string) => FIRST_NAME_TAG.test(lexiconTag(word) ?? "") || (/\P{ASCII}/u.test(word) && FIRST_NAME_TAG.test(lexiconTag(word.normalize("NFD").replace(/\p{M}/gu, "")) ?? ""));
export const isNameWord = (word: string) => /Name$|^(?:Person|Place|Country|City|Region|Organization|ProperNoun)$/.test(lexiconTag(word) ?? "");
/** A word the lexicon knows as a common English word (not a name). */
export const isCommonWord = (word: string) => {
  const tag = lexiconTag(word);
  return tag !== undefined && !isNameWord(word);
};

const guessed = new Map<string, boolean>();

/** A word the lexicon lacks that compromise's tagger reads as a plural or a verb ("Members",
 *  "Delegates"): names are neither. Memoized, since the same words open many sentences. */
export function isCommonByForm(word: string): boolean {
  let answer = guessed.get(word);
  if (answer === undefined) {
    const tags: string[] = nlp(word).json()[0]?.terms[0]?.tags ?? [];
    answer = !tags.includes("ProperNoun") && (tags.includes("Plural") || tags.includes("Verb"));
    if (guessed.size < 50_000) guessed.set(word, answer);
  }
  return answer;
}

export type WordClass = "noun" | "plural" | "adjective" | "gerund" | "verb" | "other";

const NOUN_TAGS = /^(?:Singular|Noun|Actor|Uncountable|Unit)$/;
const PLURAL_TAGS = /^Plural/;
const ADJECTIVE_TAGS = /^(?:Adjective|Comparative|Superlative|Demonym)$/;
const VERB_TAGS = /PastTense|PresentTense|Infinitive|Participle|Modal|Copula|Verb|Imperative/;
const classes = new Map<string, WordClass>();

/** The part of speech a lower-case word usually has, as far as a noun phrase cares: the
 *  lexicon's entry, else compromise's guess from the word's form ("automaker" is a noun).
 *  Memoized, since the same few hundred words stand before names again and again. */
export function wordClass(word: string): WordClass {
  const lower = word.toLowerCase();
  let answer = classes.get(lower);
  if (answer === undefined) {
    const tag = LEXICON[lower];
    if (tag !== undefined) {
      answer = NOUN_TAGS.test(tag) ? "noun" : PLURAL_TAGS.test(tag) ? "plural" : ADJECTIVE_TAGS.test(tag) ? "adjective" : tag === "Gerund" ? "gerund" : VERB_TAGS.test(tag) ? "verb" : "other";
    } else {
      const tags: string[] = nlp(lower).json()[0]?.terms[0]?.tags ?? [];
      const has = (t: string) => tags.includes(t);
      answer = has("Plural") ? "plural" : has("Gerund") ? "gerund" : has("Verb") ? "verb" : has("Noun") ? "noun" : has("Adjective") ? "adjective" : "other";
    }
    if (classes.size < 50_000) classes.set(lower, answer);
  }
  return answer;
}

const verbs = new Map<string, boolean>();

/** A word compromise would read as a verb when it stands alone ("posts", "plans", "shares"):
 *  after a name, such a word may be what the name does rather than a noun it modifies. */
export function mayBeVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let answer = verbs.get(lower);
  if (answer === undefined) {
    answer = ((nlp(lower).json()[0]?.terms[0]?.tags ?? []) as string[]).includes("Verb");
    if (verbs.size < 50_000) verbs.set(lower, answer);
  }
  return answer;
}
