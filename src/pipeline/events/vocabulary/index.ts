// The words and phrases that can announce an event, by kind, looked up in a sentence's tokens.
// The data is lexicon.generated.json (see README.md beside it); this module only reads it, and
// runs in the browser bundle as well as in Node.

import lexicon from "./lexicon.generated.json";
import type { LexiconEntry, LexiconFile } from "./lexicon";
import type { EventKindName } from "./senses";
import type { Token } from "../../text/tokens";

export type { EventKindName } from "./senses";
export { EVENT_KIND_NAMES } from "./senses";
export type { LexiconEntry, LexiconFile } from "./lexicon";

export interface TriggerWord extends LexiconEntry {
  /** Token indexes, `to` exclusive. */
  from: number;
  to: number;
  /** Character offsets of the first token's start and the last token's end. */
  start: number;
  end: number;
}

const POSSESSIVE_SLOT = "one's";
const POSSESSIVES = new Set(["my", "your", "his", "her", "its", "our", "their"]);

interface Phrase {
  tokens: string[];
  entries: LexiconEntry[];
}

let tables: { words: Map<string, LexiconEntry[]>; phrasesByFirst: Map<string, Phrase[]> } | null = null;

function load() {
  if (tables) return tables;
  const file = lexicon as LexiconFile;
  const words = new Map(Object.entries(file.words));
  const phrasesByFirst = new Map<string, Phrase[]>();
  for (const [key, entries] of Object.entries(file.phrases)) {
    const tokens = key.split(" ");
    const list = phrasesByFirst.get(tokens[0]) ?? [];
    list.push({ tokens, entries });
    phrasesByFirst.set(tokens[0], list);
  }
  // longest first, so "sat down with" wins over "sat down"
  for (const list of phrasesByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  tables = { words, phrasesByFirst };
  return tables;
}

// typographic apostrophes are folded so "one’s" and "one's" are one key
const normalize = (text: string) => text.toLowerCase().replace(/’/g, "'");

const isPossessive = (token: string) => POSSESSIVES.has(token) || /\p{L}'s$/u.test(token);

const matches = (pattern: string, token: string) =>
  pattern === token || (pattern === POSSESSIVE_SLOT && isPossessive(token));

/** Every trigger word or phrase in the tokens, with all its kinds (a word such as "strike" has
 *  entries of several; the caller chooses). Phrases are matched first, longest first, and the
 *  tokens of a matched phrase are not looked up again as single words. */
export function findTriggerWords(tokens: Token[]): TriggerWord[] {
  const { words, phrasesByFirst } = load();
  const texts = tokens.map((t) => normalize(t.text));
  const found: TriggerWord[] = [];
  const at = (entries: LexiconEntry[], from: number, to: number) => {
    for (const e of entries) found.push({ ...e, from, to, start: tokens[from].start, end: tokens[to - 1].end });
  };
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrasesByFirst
      .get(texts[i])
      ?.find((p) => p.tokens.every((pattern, k) => i + k < texts.length && matches(pattern, texts[i + k])));
    if (phrase) {
      at(phrase.entries, i, i + phrase.tokens.length);
      i += phrase.tokens.length - 1;
      continue;
    }
    // a possessive on an event noun ("the summit's agenda") is the noun
    const entries = words.get(texts[i]) ?? words.get(texts[i].replace(/'s$/, ""));
    if (entries) at(entries, i, i + 1);
  }
  return found;
}

/** The kinds a single word or phrase (as written, any case) can announce; for tests and tools. */
export function kindsOf(text: string): EventKindName[] {
  const { words } = load();
  const key = normalize(text);
  const file = lexicon as LexiconFile;
  const entries = words.get(key) ?? file.phrases[key] ?? [];
  return [...new Set(entries.map((e) => e.kind))];
}
