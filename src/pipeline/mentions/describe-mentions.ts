import { foldName } from "../text/fold";
import { isCapitalized, tokenize, type Token } from "../text/tokens";
import type { Mention } from "./find-mentions";
import { isFirstName, mayBeVerb, wordClass } from "./lexicon";
import { because } from "./provenance";
import { DETERMINERS, HONORIFICS, NEVER_NAMES, ORG_NOUNS, ROLE_HEADS, ROLE_WORDS } from "./vocabulary";

export interface SentenceText {
  index: number;
  start: number;
  text: string;
}

/** Reads the noun phrases around the names of one article, the ways English describes a
 *  referent beside its name, and keeps them on the mention as `phrases` (the actor's aliases):
 *  [N1] premodifiers: "U.S. automaker GM", "Australian Prime Minister John Howard", "Mr Howard";
 *  [N2] a bracketed acronym: "Bank of America (BoA)", after which the article's "BoA" is that bank;
 *  [N3] an apposition after the name: "Dana Perino, the White House Press Secretary";
 *  [N4] an apposition before it: "the firm's chief executive officer, Alan Mulally".
 *  A role noun as the head makes the name a person, an organization noun an organization.
 *  The title phrase of an apposition is not a name of its own and its mention is dropped; [N5] a
 *  title the article attached to a person, met again alone, is that person (in this article only:
 *  "the chief executive" is someone else in the next one). */
export function describeMentions(mentions: Mention[], sentences: SentenceText[]): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const described = new Map<Mention, Mention>();
  const absorbed = new Set<Mention>();
  const titles = new Map<string, string | null>();
  const acronyms = new Map<string, string>();
  for (const [index, list] of bySentence) {
    const sentence = sentences[index];
    if (!sentence || sentence.index !== index) continue;
    const result = describeSentence(list, sentence);
    for (const [m, d] of result.described) described.set(m, d);
    for (const m of result.absorbed) absorbed.add(m);
    for (const [title, person] of result.titles) titles.set(title, titles.has(title) && titles.get(title) !== person ? null : person);
    for (const [acronym, name] of result.acronyms) if (!acronyms.has(acronym)) acronyms.set(acronym, name);
  }
  return mentions
    .filter((m) => !absorbed.has(m))
    .map((m) => {
      const d = described.get(m) ?? m;
      if (d.kind === "location") return d;
      const acronym = acronyms.get(d.name) ?? (/^\p{Lu}{2,}s$/u.test(d.name) ? acronyms.get(d.name.slice(0, -1)) : undefined);
      if (acronym && acronym !== d.name) return because(d, "describe/acronym", { kind: "organization", name: acronym });
      const person = d.name.includes(" ") && d.kind === "person" ? undefined : titles.get(foldName(d.surface)) ?? titles.get(foldName(d.name));
      if (person) return because(d, "describe/title-met-again", { kind: "person", name: person, place: undefined });
      return d;
    })
    .filter((m) => m.kind === "location" || !isTitleOnly(m.name));
}

// heads that also end the names of bodies ("Joint Chiefs of Staff", "Dollar General")
const BODY_HEADS = new Set(["staff", "member", "general"]);

/** "Chief Financial Officer", "White House Press Secretary", "Chief Executive Officer of General
 *  Motors": a title with no name in it (left over when no person of the article wears it). A
 *  given name first keeps a person whose surname is a title word ("Carole King"). */
function isTitleOnly(name: string): boolean {
  const words = name.split(" ");
  const of = words.indexOf("of");
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
  if (!ROLE_HEADS.has(head) || BODY_HEADS.has(head) || isFirstName(words[0]) || words.length < 2) return false;
  return of < 0 || words.slice(0, of).every((w) => isRoleWord(w) || /^\p{Lu}/u.test(w));
}

interface SentenceResult {
  described: Map<Mention, Mention>;
  absorbed: Mention[];
  titles: [string, string][];
  acronyms: [string, string][];
}

function describeSentence(mentions: Mention[], sentence: SentenceText): SentenceResult {
  const tokens = tokenize(sentence.text);
  const result: SentenceResult = { described: new Map(), absorbed: [], titles: [], acronyms: [] };
  const text = (from: number, toOffset: number) => sentence.text.slice(tokens[from].start, toOffset);
  // the title phrase of an apposition is not a name of its own ("the White House Press Secretary")
  const absorb = (phrase: Phrase, keep: Mention) => {
    const head = tokens[phrase.head];
    for (const other of mentions) {
      if (other === keep || other.kind === "location") continue;
      const start = other.start - sentence.start;
      const end = other.end - sentence.start;
      if (start >= tokens[phrase.from].start && start <= head.start && end >= head.end) result.absorbed.push(other);
    }
  };
  for (const m of mentions) {
    // a place may yet be an organization its phrase names ("the auto companies Toyota")
    if (m.kind === "location" && m.placeContext) continue;
    const localStart = m.start - sentence.start;
    const localEnd = m.end - sentence.start;
    const first = tokens.findIndex((t) => t.start === localStart);
    if (first < 0) continue;
    let last = first;
    while (tokens[last + 1] && tokens[last + 1].start < localEnd) last++;
    const phrases: string[] = [];
    let premodifier: Phrase | undefined;
    let kind = m.kind;
    let place = m.place;
    const personName = m.name.includes(" ") && isFirstName(m.name.split(" ")[0]);
    const settle = (p: Phrase) => {
      if (p.role && (kind === "unknown" || (kind === "organization" && personName))) kind = "person";
      else if (p.organization && (kind === "unknown" || kind === "person" || (kind === "location" && !m.placeContext))) {
        kind = "organization";
        place = undefined;
      }
    };
    const titled = (p: Phrase, phrase: string) => {
      if (p.role && p.specific) result.titles.push([foldName(phrase), m.name]);
    };

    // [N1] "Mr Howard", "Mr. Howard": the honorific is how the article names him
    const before = tokens[first - 1]?.text === "." ? first - 2 : first - 1;
    // ("DR Congo": an honorific is not written in capitals)
    if (before >= 0 && HONORIFICS.has(tokens[before].text.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(tokens[before].text)) {
      phrases.push(text(before, localEnd));
      kind = "person";
      place = undefined;
    } else if (first > 0 && (m.possessive || !modifiesNoun(tokens[last + 1]))) {
      // [N1] "U.S. automaker GM", "the vice president and chairman of Chrysler LLC Jim Press"
      const pre = phraseEndingAt(tokens, first - 1);
      // a bare common noun before a name is as often a verb's object as a description ("to end Ford's losses")
      // a title describes a person: before an organization's name it belongs to someone else
      // ("the president of Canadian Auto Workers")
      const fits = pre && (pre.organization || (pre.role && (kind === "person" || kind === "unknown" || personName)));
      if (pre && fits) {
        if (m.kind !== "location" || pre.organization) settle(pre);
        if (!pre.plural) phrases.push(text(pre.from, localEnd));
        if (pre.role && pre.specific) {
          const title = text(pre.from, tokens[first - 1].end);
          phrases.push(title);
          titled(pre, title);
        }
      }
      if (pre && fits && !pre.plural) premodifier = pre;
      // "the US Federal Reserve": the country the name was tied to, in front of it
      if (!pre && m.nationality && kind === "organization") {
        let k = first - 1;
        while (k >= 0 && first - k <= 3 && (isAbbreviationStop(tokens, k) || isNameToken(tokens[k].text))) k--;
        if (DETERMINERS.has(tokens[k]?.text.toLowerCase() ?? "")) k--;
        if (k < first - 1) phrases.push(text(k + 1, localEnd));
      }
    }
    if (kind === "location") continue;

    let after = last + 1;
    // [N2] "General Motors Corporation (GM)": the acronym the article will use for it
    const acronym = tokens[after]?.text === "(" && tokens[after + 2]?.text === ")" ? tokens[after + 1].text : undefined;
    if (kind === "organization" && !m.possessive && acronym && isAcronym(acronym)) {
      const inner = mentions.find((o) => o.start - sentence.start === tokens[after + 1].start);
      if (!inner || inner.kind !== "location") {
        result.acronyms.push([acronym, m.name]);
        const close = tokens[after + 2].end;
        phrases.push(text(first, close));
        if (premodifier) phrases.push(text(premodifier.from, close));
        after += 3;
      }
    }
    // "the United Auto Workers (UAW) union": an organization noun after the name
    const follower = tokens[after];
    // (not "Automobile manufacturer Ford": there the noun describes the next name)
    if (kind === "organization" && follower && ORG_NOUNS.has(follower.text) && !isNameToken(tokens[after + 1]?.text ?? "")) {
      const from = DETERMINERS.has(tokens[first - 1]?.text.toLowerCase() ?? "") ? first - 1 : first;
      phrases.push(text(from, follower.end));
    }
    if (m.possessive) {
      result.described.set(m, because(m, kind !== m.kind ? "describe/phrase" : "", { kind, place, phrases: unique(phrases) }));
      continue;
    }
    // [N3] "Jim Press, the Vice Chairman of Chrysler." / "Ford Motors Co., the automobile manufacturing firm,"
    if (tokens[after]?.text === "." && tokens[after - 1].end === tokens[after].start && tokens[after + 1]?.text === ",") after++;
    if (tokens[after]?.text === ",") {
      const end = appositionEnd(tokens, after + 1);
      const np = end > after + 1 ? phraseEndingAt(tokens, end - 1) : undefined;
      if (np && np.from === after + 1 && !np.plural && (np.role || np.noun || np.organization)) {
        settle(np);
        const close = tokens[end - 1].end;
        phrases.push(text(first, close));
        if (np.specific) phrases.push(text(np.from, close));
        titled(np, text(np.from, close));
        absorb(np, m);
      }
    }
    // [N4] "said the firm's chief executive officer, Alan Mulally."
    if (tokens[first - 1]?.text === "," && first >= 2 && isTerminator(tokens[last + 1])) {
      const np = phraseEndingAt(tokens, first - 2);
      // "the head of the Egyptian delegation, Mohammed Fathy": the noun after "of" is not the apposition
      const complement = tokens[(np?.from ?? 0) - 1]?.text === "of";
      if (np && !np.plural && (np.role || ((np.organization || (np.noun && np.specific)) && !complement))) {
        settle(np);
        const title = text(np.from, tokens[first - 2].end);
        phrases.push(text(np.from, localEnd));
        if (np.specific) phrases.push(title);
        titled(np, title);
        absorb(np, m);
      }
    }
    if (phrases.length || kind !== m.kind) result.described.set(m, because(m, kind !== m.kind ? "describe/phrase" : "", { kind, place, ...(phrases.length ? { phrases: unique([...(m.phrases ?? []), ...phrases]) } : {}) }));
  }
  return result;
}

interface Phrase {
  /** First token of the phrase (a determiner, a modifier or the head itself). */
  from: number;
  head: number;
  /** The head is a title ("minister", "CEO"). */
  role: boolean;
  /** The head is a common noun that classes an organization ("firm", "automaker"). */
  organization: boolean;
  /** The head is some other singular common noun ("plant", "czar"). */
  noun: boolean;
  plural: boolean;
  /** Names one referent in the article ("the White House Press Secretary"), not any of a kind
   *  ("a spokesman", "analyst"): capitals, a complement, a possessive or a definite article. */
  specific: boolean;
}

/** The noun phrase that ends at token `end`: its head, with "of" and a name after a title
 *  ("President of the United States"), and the modifiers before it back to a determiner. */
function phraseEndingAt(tokens: Token[], end: number): Phrase | undefined {
  let head = end;
  let complement = false;
  const t = tokens[end];
  if (!t || !isWord(t.text)) return undefined;
  // a capitalized class noun is a description only where capitals say nothing: "Automaker GM" opening a
  // heading, not "the European Central Bank"
  if (isCapitalized(t.text) && !isRoleWord(t.text) && !(end === 0 && ORG_NOUNS.has(t.text.toLowerCase()))) {
    // "General Motors" may hold a title word; "of" is what ends the complement
    let k = end;
    while (k >= 0 && (isNameToken(tokens[k].text) || tokens[k].text === "the" || isAbbreviationStop(tokens, k))) k--;
    if (tokens[k]?.text !== "of" || !isRoleHead(tokens[k - 1]?.text ?? "")) return undefined;
    head = k - 1;
    complement = true;
  }
  const word = tokens[head].text;
  if (POSSESSIVE.test(word)) return undefined;
  const lower = word.toLowerCase();
  const role = isRoleHead(word);
  const singular = lower.replace(/ies$/, "y").replace(/s$/, "");
  const cls = wordClass(lower);
  const organization = !role && (ORG_NOUNS.has(lower) || ORG_NOUNS.has(singular));
  const plural = !role && (cls === "plural" || (organization && !ORG_NOUNS.has(lower)));
  const noun = !role && !organization && !isCapitalized(word) && cls === "noun";
  if (!role && !organization && !noun && !plural) return undefined;
  if (!role && isCapitalized(word) && !organization) return undefined;
  let from = head;
  let specific = complement;
  for (let j = head - 1; j >= 0 && head - j <= 10; j--) {
    const w = tokens[j].text;
    const l = w.toLowerCase();
    if (isAbbreviationStop(tokens, j)) continue;
    if (DETERMINERS.has(l)) {
      from = j;
      if (l !== "a" && l !== "an" && l !== "another") specific = true;
      break;
    }
    if (!isWord(w) && w !== "&") break;
    if (POSSESSIVE.test(w)) {
      from = j;
      specific = true;
      continue;
    }
    // "vice president and chairman": two titles of one person
    if (l === "and" && isRoleWord(tokens[j - 1]?.text ?? "") && isRoleWord(tokens[j + 1]?.text ?? "")) continue;
    if (w === "&" && isCapitalized(tokens[j - 1]?.text ?? "")) continue;
    if (isCapitalized(w)) {
      if (NEVER_NAMES.has(l)) break;
      from = j;
      specific = true;
      continue;
    }
    const c = wordClass(l);
    if (isRoleWord(w) || c === "noun" || c === "adjective" || c === "gerund" || c === "plural" || /-/.test(w)) {
      from = j;
      continue;
    }
    break;
  }
  return { from, head, role, organization, noun, plural, specific };
}

/** An apposition runs to the next comma, full stop, bracket, dash or quotation mark. */
function appositionEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < 14) {
    if (isAbbreviationStop(tokens, k)) {
      k++;
      continue;
    }
    if (isTerminator(tokens[k])) return k;
    k++;
  }
  return k === tokens.length ? k : from;
}

// "an emergency City Council meeting", "traditional Toyota customers": the name modifies the noun after it
const modifiesNoun = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text) && (wordClass(t.text) === "noun" || wordClass(t.text) === "plural") && !mayBeVerb(t.text);
const isTerminator = (t: Token | undefined) => !t || /^[,.;:()"“”—–-]$/.test(t.text);
// "U.S." inside a phrase: the full stop of an abbreviation, not the end of the phrase
const isAbbreviationStop = (tokens: Token[], k: number) =>
  tokens[k].text === "." && k > 0 && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(tokens[k - 1].text) && tokens[k - 1].end === tokens[k].start && !!tokens[k + 1] && isWord(tokens[k + 1].text);
const isNameToken = (w: string) => isWord(w) && isCapitalized(w) && !NEVER_NAMES.has(w.toLowerCase());
const isRoleWord = (w: string) => w.toLowerCase().replace(/\.$/, "").split("-").every((part) => ROLE_WORDS.has(part));
const isRoleHead = (w: string) => {
  const parts = w.toLowerCase().split("-");
  return isRoleWord(w) && ROLE_HEADS.has(parts[parts.length - 1]) && !HONORIFICS.has(parts[0]);
};
// "BoA", "UAW", "AVAS": two capitals or more, no spaces
const isAcronym = (w: string) => /^\p{Lu}[\p{L}&]{1,7}$/u.test(w) && (w.match(/\p{Lu}/gu) ?? []).length >= 2;
const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);
const POSSESSIVE = /[’']s$/;
const unique = (list: string[]) => [...new Set(list)];
