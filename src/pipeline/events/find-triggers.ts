import type { EventType } from "../../model/timeline";
import { lexiconTag } from "../mentions/lexicon";
import { inRanges, tokenize, type Token } from "../text/tokens";
import { KIND_BY_NAME, KINDS, type EventKind } from "./kinds";
import { CONDITIONAL, NOT_AN_EVENT } from "./triggers";
import { findTriggerWords, type TriggerWord } from "./vocabulary";

/** A word or phrase that announces an event of some kind, with how it was found. */
export interface Trigger {
  type: EventType;
  kind: EventKind;
  start: number;
  end: number;
  word: string;
  pos: "verb" | "noun";
  /** A past participle after a form of "be": the subject is who it happened to. */
  passive: boolean;
  /** A noun backed by a verb that reports the act ("submitted his resignation", "held talks",
   *  "the meeting took place"). */
  supported: boolean;
  /** The rule's short code, kept on the event: "<kind>/<verb|noun|grammar>:<lemma or rule>". */
  rule: string;
}

const DETERMINERS = new Set("the a an this that these those his her its their our my your any no every each another".split(" "));
// verbs that report an act named by a noun: "held talks", "submitted his resignation", "issued a
// statement", "reached a deal", "called a strike", "filed a lawsuit", "set a deadline"
const SUPPORT_BEFORE = new Set(
  ("hold held holds holding reach reached reaches reaching sign signed signs signing announce announced announces announcing " +
    "submit submitted submits tender tendered issue issued issues issuing release released make made makes stage staged " +
    "begin began begins call called calls launch launched launches win won lose lost file filed files bring brought impose imposed " +
    "set sets open opened order ordered conduct conducted carry carried host hosted hosts attend attended strike struck seal sealed " +
    "complete completed conclude concluded approve approved accept accepted reject rejected go went").split(" "),
);
// …or follow it: "the meeting took place", "talks were held", "the strike began"
const SUPPORT_AFTER = /^\s{1,3}(?:took place|takes place|was held|were held|is held|are held|began|begins|started|starts|ended|ends|opened|resumed|continued|lasted|came|comes|went ahead|got under way)\b/i;
const BE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|gets|got)\s{1,3}(?:\w{1,20}ly\s{1,3})?$/i;
// "calls for his resignation", "urged her to resign", "pressure is mounting for him to step
// down": asked for, not done
const ASKED_FOR = /\b(?:calls?|called|calling|urged?|urging|asked|asking|pressed|pressing|pressure|demands?|demanded|demanding|pushed|pushing|appeals?|appealed)\b[^.;:]{0,60}$/i;
const INFINITIVE = /\b(?:to|for)\s{1,3}(?:[\p{L}’'.-]{1,30}\s{1,3}){0,4}$/iu;
// "took charge", "made a call": after a light verb the word is its noun
const LIGHT_VERBS = new Set("take took taken takes taking make made makes making have has had give gave given".split(" "));
// "X called the talks a productive continuation", "described the meeting as useful": a
// judgement said aloud, reported without quotation marks
const RATE_MOVE = /\b(?:cut|cuts|raised|raises|lowered|lowers|hiked|hikes|trimmed|trims|reduced|reduces|increased|increases|held|holds|kept|keeps|left|leaves)\s{1,3}(?:its|their|the|a)?\s{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}rates?\b/giu;
const CALLED_A = /^\s{1,3}(?:[\p{L}’'-]{1,30}\s{1,3}){1,6}?(?:a|an|as)\s/iu;

/** The triggers of one sentence: words and phrases of the event vocabulary read in context
 *  ([K1] one kind per word, the registry's order settling a word of several kinds; [K2] a
 *  noun after a determiner, before "of", or where the word cannot be a verb is read as a noun;
 *  [K3] none inside a quotation, negated, wished for, asked for, or qualifying a noun), plus
 *  reported speech that no single word announces ([S1] "according to X"; [S2] "X called the
 *  talks a productive continuation"). */
export function findTriggers(text: string, quotes: [number, number][]): Trigger[] {
  const tokens = tokenize(text);
  const found: Trigger[] = [];
  for (const group of groupBySpan(findTriggerWords(tokens))) {
    const trigger = readTrigger(text, tokens, group);
    if (trigger && !inRanges(trigger.start, quotes) && !blocked(text, trigger)) found.push(trigger);
  }
  // [S4] "cut its key rate", "left interest rates unchanged": a rate decision, whatever words
  // stand between the verb and "rate"
  for (const m of text.matchAll(RATE_MOVE)) {
    if (inRanges(m.index, quotes) || NOT_AN_EVENT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const kind = KIND_BY_NAME.get("decision")!;
    found.push({ type: kind.type, kind, start: m.index, end: m.index + m[0].length, word: m[0], pos: "verb", passive: false, supported: true, rule: "decision/grammar:rate-move" });
  }
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].text.toLowerCase();
    if (lower === "according" && tokens[i + 1]?.text.toLowerCase() === "to" && !inRanges(tokens[i].start, quotes)) {
      found.push(grammarTrigger(tokens[i].start, tokens[i + 1].end, text, "statement/grammar:according-to"));
    } else if ((lower === "called" || lower === "calls" || lower === "describing" || lower === "dubbed") && CALLED_A.test(text.slice(tokens[i].end, tokens[i].end + 120))) {
      const prev = tokens[i - 1]?.text.toLowerCase() ?? "";
      // "so-called", "was called", "a man called Smith": a name given, not a judgement said
      if (/^(?:so|was|were|is|are|be|been|being|a|an|the)$/.test(prev) || inRanges(tokens[i].start, quotes)) continue;
      found.push(grammarTrigger(tokens[i].start, tokens[i].end, text, "statement/grammar:called-it"));
    }
  }
  return dropOverlaps(found).sort((a, b) => a.start - b.start);
}

function grammarTrigger(start: number, end: number, text: string, rule: string): Trigger {
  const kind = KIND_BY_NAME.get("statement")!;
  return { type: kind.type, kind, start, end, word: text.slice(start, end), pos: "verb", passive: false, supported: true, rule };
}

/** The entries the vocabulary gives one span, together. */
function groupBySpan(words: TriggerWord[]): TriggerWord[][] {
  const groups = new Map<string, TriggerWord[]>();
  for (const w of words) {
    const key = `${w.from}:${w.to}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  return [...groups.values()];
}

function readTrigger(text: string, tokens: Token[], entries: TriggerWord[]): Trigger | null {
  const { from, to, start, end } = entries[0];
  const word = text.slice(start, end);
  const prev = tokens[from - 1]?.text.toLowerCase() ?? "";
  const next = tokens[to]?.text.toLowerCase() ?? "";
  const phrase = to - from > 1;
  const hasVerb = entries.some((e) => e.pos === "verb");
  const hasNoun = entries.some((e) => e.pos === "noun");
  // [K2] "the visit", "a strike", "his resignation", "the sacking of": nouns; "X visited": a verb
  // ("14 ballot boxes", "two strikes": after a number, a noun)
  const nounContext = DETERMINERS.has(prev) || /[’']s$/.test(prev) || next === "of" || isAdjective(prev) || (!phrase && LIGHT_VERBS.has(prev)) || /^\d[\d,.]*$|^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(prev);
  const cannotBeVerb = !phrase && hasNoun && !/Verb|Infinitive|PastTense|Gerund|Participle/.test(lexiconTag(tokens[from].text) ?? "Verb");
  const pos: "verb" | "noun" = hasVerb && (!hasNoun || (!nounContext && !cannotBeVerb)) ? "verb" : "noun";
  const candidates = entries.filter((e) => e.pos === pos);
  // [K1] the registry's order settles a word of several kinds
  // [K5] a lemma that is of the kind only with certain words after it ("ruled that", not "ruled Gaza")
  const fits = (k: EventKind, lemma: string) => k.cues?.find((c) => c.lemma === lemma)?.after.test(text.slice(end, end + 40)) ?? true;
  const kind = KINDS.find((k) => candidates.some((e) => e.kind === k.senses.kind && fits(k, e.lemma)));
  if (!kind) return null;
  const entry = candidates.find((e) => e.kind === kind.senses.kind && fits(kind, e.lemma))!;
  const before = text.slice(0, start);
  const passive = pos === "verb" && (entry.form === "pastParticiple" || entry.form === "past") && BE_BEFORE.test(before);
  const supported =
    pos === "verb" ||
    kind.standaloneNouns.includes(word.toLowerCase()) ||
    tokens.slice(Math.max(0, from - 4), from).some((t) => SUPPORT_BEFORE.has(t.text.toLowerCase())) ||
    SUPPORT_AFTER.test(text.slice(end, end + 30));
  return { type: kind.type, kind, start, end, word, pos, passive, supported, rule: `${kind.senses.kind}/${pos}:${entry.lemma}` };
}

/** [K3] Triggers that announce no event of their own. */
function blocked(text: string, t: Trigger): boolean {
  const lead = text.slice(Math.max(0, t.start - 60), t.start);
  if (NOT_AN_EVENT.test(lead.slice(-40)) || CONDITIONAL.test(lead)) return true;
  // "calls for his resignation", "urged her to resign"
  if (t.type !== "statement" && ASKED_FOR.test(lead) && (t.pos === "noun" || INFINITIVE.test(lead))) return true;
  // "flooded homeowners", "the acquired company": a participle qualifying a noun
  if (t.type !== "statement" && t.pos === "verb" && /ed$/i.test(t.word) && !t.passive && qualifiesNoun(text, t.end)) return true;
  // "was criticized", "were described": nobody speaks
  if (t.type === "statement" && t.passive) return true;
  // "before the summit", "ahead of talks": a time mark, not the event itself
  if (t.type === "meeting" && /\b(?:before|ahead of)\s{1,3}(?:the\s|a\s|an\s)?\s{0,2}(?:[\p{L}-]{1,30}\s{1,3}){0,3}$/iu.test(lead)) return true;
  return false;
}

/** Where two triggers overlap (a phrase of the grammar over a word of the vocabulary), the
 *  longer one stays. */
function dropOverlaps(triggers: Trigger[]): Trigger[] {
  const sorted = [...triggers].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Trigger[] = [];
  for (const t of sorted) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept;
}

function isAdjective(word: string): boolean {
  const tag = lexiconTag(word) ?? "";
  return /Adjective/.test(tag) && !/Verb/.test(tag);
}

/** "a Commonwealth Games medallist": the word qualifies the noun after it. */
export function qualifiesNoun(text: string, end: number): boolean {
  const next = /^\s{1,3}([a-z][\p{L}-]{0,40})/u.exec(text.slice(end))?.[1];
  if (!next) return false;
  const tag = lexiconTag(next);
  if (tag) return /Noun|Singular|Plural/.test(tag) && !/Verb/.test(tag);
  return /(?:ist|ists|er|ers|or|ors|ian|ians|ment|tion|ship|hood|ity)$/.test(next) && !/(?:ed|ing)$/.test(next);
}
