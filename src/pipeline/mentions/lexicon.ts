import nlp from "compromise";

// compromise's English lexicon tells a word's usual part of speech, which settles whether a
// capitalized word is a name or just the first word of a sentence.
const LEXICON = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }).world().model.one.lexicon;

export const lexiconTag = (word: string): string | undefined => LEXICON[word.toLowerCase()];
export const isFirstName = (word: string) => /^(MaleName|FemaleName|FirstName)$/.test(lexiconTag(word) ?? "");
export const isNameWord = (word: string) => /Name$|^(Person|Place|Country|City|Region|Organization|ProperNoun)$/.test(lexiconTag(word) ?? "");
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
