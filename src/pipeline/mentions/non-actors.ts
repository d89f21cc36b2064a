import nlp from "compromise";
import { isCapitalized, type Token } from "../text/tokens";
import { isFirstName, lexiconTag } from "./lexicon";
import { ORG_WORDS } from "./vocabulary";

// A name is an actor only where the text treats it as one. The rules here say which runs of
// capitals name something else: a date, a street or a landscape, an event, a document, an
// adjective, a stock ticker, a photo credit, a platform something was posted on, an outlet
// quoted as a source. Every word list is general English, not a name from any story.

/** Head words of an event or competition ("the World Cup", "a G20 Summit"). */
const EVENT_HEADS = new Set("cup cups summit championship championships olympics olympiad tournament festival expo trophy derby marathon".split(" "));
/** Head words of a document or law ("the Declaration of Principles", "Article 5", "Peace Agreement"). */
const DOCUMENT_HEADS = new Set(
  "declaration agreement accord accords treaty charter protocol memorandum communique communiqué constitution article articles resolution convention doctrine manifesto act".split(" "),
);
/** Holidays that are one word ("Christmas"); two-word ones end on a day word ("Boxing Day",
 *  "Whit Monday"), which compromise tags as a date. */
const HOLIDAYS = new Set("christmas easter thanksgiving ramadan eid hanukkah diwali passover whitsun pentecost lent advent halloween".split(" "));
const MONTHS = new Set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
/** Words after "Photo:" and the like: the name that follows is a credit, not a participant. */
const CREDIT_LABELS = new Set("photo photos photograph photographs photographer picture pictures image images credit credits illustration graphic video footage courtesy".split(" "));
/** Verbs and nouns of posting: "posted on Telegram", "a statement on X". */
const POSTING = /^(?:posted|posts|post|wrote|writes|write|said|says|shared|shares|published|publishes|announced|tweeted|tweets|statement|message|messages|video|videos|comment|comments|remarks|live|streamed|broadcast)$/i;
/** Nouns after a name that make it a platform or a channel ("his Telegram channel"). */
const PLATFORM_FOLLOWERS = /^(?:account|accounts|channel|channels|page|pages|feed|handle|app|apps|platform|profile|livestream|chatbot)$/i;
/** Nouns after a name that make it an outlet ("a TASS correspondent"). */
const OUTLET_FOLLOWERS = /^(?:correspondent|correspondents|reporter|reporters|journalist|journalists|columnist|editor|newspaper|broadcaster|interview)$/i;
/** Words that make a name an outlet wherever it stands ("Fox News", "the Daily Herald"). */
export const OUTLET_WORDS = new Set("news times post journal herald tribune gazette telegraph guardian television tv radio broadcasting newswire wire press".split(" "));

const ADJECTIVE_SUFFIX = /(?:ial|al|ive|ous|ic|ary|ly|ful|less|able|ible)$/;

export type NonActor = "date" | "place" | "event" | "document" | "adjective" | "ticker" | "credit" | "platform" | "affiliation";

const tagCache = new Map<string, string[][]>();

/** compromise's tags for each term of a name, memoized. */
export function termTags(name: string): string[][] {
  const cached = tagCache.get(name);
  if (cached) return cached;
  const tags: string[][] = (nlp(name).json()[0]?.terms ?? []).map((t: { tags: string[] }) => t.tags);
  if (tagCache.size < 50_000) tagCache.set(name, tags);
  return tags;
}

/** What a run of capitalized words names when it is not a person or an organization, judged by
 *  its own words: a date ("May", "Whit Monday", "Election Day"), a street or a landscape
 *  ("Harbor Road", "Silicon Valley": compromise tags the head a place), an event ("World Cup"), a
 *  document ("Article", "New Delhi Declaration"), an adjective ("US-brokered", "Gubernatorial"),
 *  a ticker ("XYZ.L"). `words` excludes titles. */
export function nonActorByForm(words: string[]): NonActor | undefined {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  const ofAt = lower.indexOf("of");
  const head = ofAt > 0 ? lower[ofAt - 1] : last;
  if (words.length === 1 && /^\p{Lu}{2,5}\.\p{Lu}{1,2}$/u.test(words[0])) return "ticker";
  // "D-N.J.", "R-Texas": a lawmaker's party and state, written after the name
  if (words.length === 1 && /^[DRI]-\p{Lu}/u.test(words[0])) return "affiliation";
  // "US-brokered", "First-team", "Kremlin-backed": a compound ending in a lower-case word is an adjective
  if (words.some((w) => /-\p{Ll}{3,}$/u.test(w) && !/-(?:in-law|de-|la-)/.test(w))) return "adjective";
  if (words.length === 1 && (HOLIDAYS.has(last) || (MONTHS.has(last) && last.length > 3))) return "date";
  if (EVENT_HEADS.has(head)) return "event";
  if (DOCUMENT_HEADS.has(head) && (words.length > 1 || ofAt < 0)) return "document";
  // a given name first or a surname the lexicon knows last is a person's name, none of what
  // follows; the tagger below is costly, and most names are people's
  if ((words.length > 1 && isFirstName(words[0])) || /^(?:LastName|FirstName|MaleName|FemaleName|Person)$/.test(lexiconTag(last) ?? "")) return undefined;
  const tags = termTags(words.join(" "));
  const lastTags = tags[tags.length - 1] ?? [];
  // "Bank of England": the head before "of" says what the name is
  const headTags = (ofAt > 0 && tags.length === words.length ? tags[ofAt - 1] : lastTags) ?? [];
  if (lastTags.includes("Date") && !lastTags.includes("Person")) return "date";
  const headWord = ofAt > 0 ? head : last;
  if (words.length > 1 && headTags.includes("Place") && !ORG_WORDS.has(headWord) && !tags.some((t) => t.includes("Person") || t.includes("Organization"))) return "place";
  // "Gubernatorial", "Highly": an adjective or adverb the lexicon lacks, standing alone
  // (by its suffix too: compromise guesses "Adjective" for surnames such as "-sky")
  if (words.length === 1 && !lexiconTag(words[0]) && ADJECTIVE_SUFFIX.test(lower[0]) && (tags[0] ?? []).some((t) => t === "Adjective" || t === "Adverb") && !(tags[0] ?? []).includes("ProperNoun")) return "adjective";
  return undefined;
}

/** What the words around a run of capitals make of it: a credit ("Jane Roe/Reuters",
 *  "Photo: John Doe"), a platform ("posted on Telegram", "his X account"). `from`/`to` are the
 *  run's token range. */
export function nonActorBySlot(tokens: Token[], from: number, to: number): NonActor | undefined {
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  const next = tokens[to];
  const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  // "Jane Roe/Reuters", "Reuters/Pool": a slash between names is a credit
  // (not "CDU/CSU", "AC/DC": two acronyms joined are one name)
  const acronym = (t: Token | undefined) => !!t && /^\p{Lu}{2,}$/u.test(t.text);
  const pairOfAcronyms = (a: Token | undefined, b: Token | undefined) => acronym(a) && acronym(b);
  if (next?.text === "/" && adjacent(tokens[to - 1], next) && isCapitalized(tokens[to + 1]?.text ?? "") && !pairOfAcronyms(tokens[to - 1], tokens[to + 1])) return "credit";
  if (prev?.text === "/" && adjacent(prev, tokens[from]) && isCapitalized(prev2?.text ?? "") && !pairOfAcronyms(prev2, tokens[from])) return "credit";
  if (prev && (prev.text === ":" || prev.text.toLowerCase() === "by") && CREDIT_LABELS.has(prev2?.text.toLowerCase() ?? "")) return "credit";
  if (prev && CREDIT_LABELS.has(prev.text.toLowerCase()) && prev.text.toLowerCase() === "courtesy") return "credit";
  if (prev?.text.toLowerCase() === "of" && prev2?.text.toLowerCase() === "courtesy") return "credit";
  if (prev?.text.toLowerCase() === "on" && POSTING.test(prev2?.text ?? "")) return "platform";
  // "#CityTalks2024": a hashtag of words run together is a tag, not a name
  if (prev?.text === "#" && adjacent(prev, tokens[from]) && to - from === 1 && /[\p{Ll}\d]\p{Lu}/u.test(tokens[from].text)) return "platform";
  // "took to X", "taking to Telegram"
  if (prev?.text.toLowerCase() === "to" && /^(?:took|take|takes|taking)$/i.test(prev2?.text ?? "")) return "platform";
  if (next && PLATFORM_FOLLOWERS.test(next.text)) return "platform";
  return undefined;
}

/** Where a name stands as the outlet a report came from: "told Reuters", "Fox News reported",
 *  "a TASS correspondent", "(AP) —"; "according to X" is a weaker slot, shared with the
 *  people and bodies that speak. */
export function sourceSlot(tokens: Token[], from: number, to: number): "outlet" | "according" | undefined {
  const prev = tokens[from - 1]?.text.toLowerCase() ?? "";
  const prev2 = tokens[from - 2]?.text.toLowerCase() ?? "";
  const prev3 = tokens[from - 3]?.text.toLowerCase() ?? "";
  const next = tokens[to]?.text ?? "";
  if (prev === "told" || (prev === "with" && prev2 === "interview") || (prev === "by" && /^(?:reported|quoted|cited|published)$/.test(prev2))) return "outlet";
  if (prev === "the" && (prev2 === "told" || (prev2 === "with" && prev3 === "interview"))) return "outlet";
  if (OUTLET_FOLLOWERS.test(next)) return "outlet";
  if (next === "news" && /^agency$/i.test(tokens[to + 1]?.text ?? "")) return "outlet";
  // "WASHINGTON (AP) —": a wire's name in brackets before a dash
  if (prev === "(" && next === ")" && /^[—–-]{1,2}$/.test(tokens[to + 1]?.text ?? "")) return "outlet";
  // ("Brightwater Foods reported a loss": a company reports too; only an outlet's name or one quoted as an outlet elsewhere)
  if (/^(?:reported|reports|quoted|cited)$/i.test(next)) return "according";
  if (prev === "to" && prev2 === "according") return "according";
  if (prev === "the" && prev2 === "to" && prev3 === "according") return "according";
  return undefined;
}

/** A name made of an outlet's words ("Fox News", "The Times"). */
export const hasOutletWord = (name: string) => name.split(" ").some((w) => OUTLET_WORDS.has(w.toLowerCase()));
