import type { Gazetteer, Place } from "../places/gazetteer";
import { matchDateline } from "../text/dateline";
import { isCapitalized, tokenize, type Token } from "../text/tokens";
import { isCommonByForm, isCommonWord, isFirstName, isNameWord, lexiconTag, mayBeVerb, wordClass } from "./lexicon";
import { nonActorByForm, nonActorBySlot, sourceSlot, termTags } from "./non-actors";
import { AGENT_VERBS, HONORIFICS, NAME_CONNECTORS, NEVER_NAMES, ORG_FOLLOWERS, ORG_NOUNS, ORG_WORDS, ROLE_HEADS, ROLE_WORDS } from "./vocabulary";

export type MentionKind = "person" | "organization" | "location" | "unknown";

export interface Mention {
  /** Offsets into the article body of the name itself (titles excluded). */
  start: number;
  end: number;
  /** The name as written, without title or possessive: "(Donald) Trump". */
  surface: string;
  /** The name cleaned for display and matching: "Donald Trump". */
  name: string;
  kind: MentionKind;
  role?: string;
  /** Key of the country the text ties the name to ("Ukraine’s", "Russian"). */
  nationality?: string;
  /** "Trump’s son-in-law": the name modifies a noun and is not itself a participant. */
  possessive: boolean;
  place?: Place;
  /** Preceded by a place preposition ("in", "at", "from"). */
  placeContext: boolean;
  /** Followed by a verb that takes an agent ("said", "met"). */
  agent: boolean;
  sentence: number;
  /** Longer forms the article gives the same referent: the noun phrase with its premodifiers
   *  ("U.S. automaker GM"), an apposition and its title alone ("Dana Perino, the White House
   *  Press Secretary"), a bracketed acronym. See describe-mentions.ts. */
  phrases?: string[];
  /** Seen only in a heading or an embedded post: joins an actor named elsewhere, never makes one. */
  weak?: boolean;
  /** Stands where an outlet a report came from stands ("told Reuters", "according to TASS"). */
  source?: "outlet" | "according";
  /** The rules that found the name and settled its kind, in order: "person/title",
   *  "organization/org-word", then "resolve/surname-of" … (see provenance.ts). */
  rules?: string[];
}

// Labels that web pages and press releases print in capitals before the copy.
const PAGE_LABELS = new Set("SOURCE CONTACT CONTACTS ABOUT RELEASE UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION WATCH LIVE PHOTOS PHOTO VIDEO READ MORE ADVERTISEMENT SPONSORED".split(" "));
const TIME_ZONES = new Set("GMT UTC BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT AEST AEDT JST IST MSK".split(" "));

// Title words that are also ordinary words or parts of company names ("General Motors").
const AMBIGUOUS_ROLES = new Set("general major chief head justice speaker chair leader rep sen gov senior top former acting special national security".split(" "));
const VENUE_WORDS = new Set("hall palace house center centre square building headquarters stadium arena airport hotel crossing port bridge base embassy castle park street avenue road plaza tower cathedral church mosque temple campus courthouse school hospital auditorium".split(" "));
const SURNAME_PARTICLE = /^(?:van|von|ten|ter|der|den|du|de|da|di|le)$/;
const PLACE_PREPS = new Set("in at to from near between outside inside across via toward towards into around throughout within".split(" "));
const POSSESSIVE = /[’']s$/;
const WEEKDAYS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// the heads of the names of landforms and areas ("bank" is not one: "World Bank")
const LANDFORMS = new Set("strip heights valley peninsula island islands isles coast bay gulf sea river mountains hills desert basin corridor delta plateau canal strait lake ocean highlands lowlands horn plain plains steppe".split(" "));
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O['’])\p{Lu}\p{Ll}+$/u;
const isCamelCase = (word: string) => /^\p{Lu}\p{Ll}*\p{Lu}/u.test(word) && /\p{Ll}/u.test(word) && !SURNAME_PREFIX.test(word);
const PLURAL_NOUN_ENDING = /(?:ers|ors|ists|ics|ants|ents|ians|ions|ies|ings|men|ives|ees|ars|ites)$/;
// what people do in the news, after their name
const PERSON_VERBS = /^(?:said|says|told|tells|added|stressed|announced|urged|warned|claimed|stated|insisted|noted|argued|declared|confirmed|denied|met|visited|resigned)$/;
const MONTH_NAMES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Finds the names in one sentence and tells people, organizations and places apart by the
 *  gazetteer, the titles around them, their shape and compromise's lexicon. */
export function findMentions(text: string, offset: number, sentence: number, gazetteer: Gazetteer): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  // a wire dateline ("SANTIAGO (Reuters) -", "BEAUFORT, S.C. —") says where the copy was filed
  const dateline = matchDateline(text);
  let i = dateline ? tokens.findIndex((t) => t.start >= dateline.end) : 0;
  if (i < 0) i = tokens.length;
  while (i < tokens.length) {
    const span = readNameSpan(tokens, i);
    if (!span) {
      i++;
      continue;
    }
    const { to, possessive } = span;
    let { from } = span;
    i = to;
    // "but ten Hag has been unable to": a surname's particle, lower-case, opens the name
    if (from > 0 && SURNAME_PARTICLE.test(tokens[from - 1].text) && !isCapitalized(tokens[from - 2]?.text ?? "") && to - from === 1) from -= 1;
    // the full stop of an initial ("E. Dzhaksybekov") is not a word of the name
    let words = tokens.slice(from, to).filter((t) => t.text !== ".");
    // "Jane Roe/Reuters", "Photo: John Doe", "posted on Telegram": a credit or a platform, no actor
    if (nonActorBySlot(tokens, from, to)) continue;
    // "Whit Monday", "Easter Sunday": a name before a weekday is a holiday
    // (not "in Davos Thursday": a place, then the day)
    if (WEEKDAYS.test(tokens[to]?.text ?? "") && !PLACE_PREPS.has(tokens[from - 1]?.text.toLowerCase() ?? "") && !gazetteer.lookup(text.slice(tokens[from].start, tokens[to - 1].end))) continue;
    // "CLUB NAME HAVE AGREED": a heading in capitals runs on into its verb
    if (words.length > 1 && words.every((w) => /^\p{Lu}{2,}$/u.test(w.text))) {
      while (words.length > 1 && /^(?:verb|other)$/.test(wordClass(words[words.length - 1].text)) && isCommonWord(words[words.length - 1].text)) words = words.slice(0, -1);
    }
    if (possessive) words = [...words.slice(0, -1), { ...words[words.length - 1], text: words[words.length - 1].text.replace(POSSESSIVE, ""), end: words[words.length - 1].end - 2 }];
    // "Automaker GM" in a title-case heading: the class noun describes the name, it is not part of it
    while (words.length > 1 && ORG_NOUNS.has(words[0].text.toLowerCase()) && !ORG_WORDS.has(words[0].text.toLowerCase())) words = words.slice(1);
    // "Ford Motor Company CEO Alan Mulally", "Chrysler LLC Jim Press": the employer, a title, the person
    const employer = employerOf(words, (a, b) => !!gazetteer.lookup(text.slice(words[a].start, words[b - 1].end))) ?? employerAfterTitleOf(tokens, from, words);
    let employee = false;
    // an organization split off the front or the back of a run of capitals
    const organization = (orgWords: Token[], rule: string): Mention => {
      const surface = text.slice(orgWords[0].start, orgWords[orgWords.length - 1].end);
      // "African Union (AU) Chairperson …": the bracketed acronym is not part of the name
      const name = surface.replace(/(?<!\s)\s*\([^()]{1,12}\)$/, "").replace(/\s+/g, " ");
      return { start: offset + orgWords[0].start, end: offset + orgWords[orgWords.length - 1].end, surface, name, kind: "organization", possessive: false, placeContext: false, agent: false, sentence, rules: [rule] };
    };
    if (employer) {
      // ("Office of": what is left of a title run that ends in a connector is no one's name)
      const orgWords = words.slice(0, employer.org);
      if (!NAME_CONNECTORS.has(orgWords[orgWords.length - 1].text)) mentions.push(organization(orgWords, "organization/employer-before-title"));
      words = words.slice(employer.org);
      employee = true;
    }
    // "Analyst Dana Whitcombe of Ridgeway Capital": a person and where they work, not one
    // organization (a place after "of" is dealt with below: "Tomas Varga of Hungary")
    const affiliation = affiliationOf(words);
    if (affiliation && !gazetteer.lookup(text.slice(affiliation[0].start, affiliation[affiliation.length - 1].end))) {
      mentions.push(organization(affiliation, "organization/affiliation-after-of"));
      words = words.slice(0, words.length - affiliation.length - 1);
    }
    // "Former Ajax", "Ex-Minister": what someone was is never part of a name
    while (words.length > 1 && /^(?:former|ex|then)$/i.test(words[0].text)) words = words.slice(1);
    // "Union of Comoros and Chairperson": a second title after "and" ends the name before it
    const andRole = words.findIndex((w, k) => k > 1 && w.text === "and" && k === words.length - 2 && ROLE_HEADS.has(words[k + 1].text.toLowerCase()));
    if (andRole > 0) words = words.slice(0, andRole);
    // leading demonyms, countries and titles: "Russian President", "US special envoy", "Foreign Minister"
    let nationality: string | undefined;
    const roleWords: string[] = [];
    // an organization keeps its qualifiers: "Chilean National Truckers Association"
    const isOrgName = words.some((w) => ORG_WORDS.has(w.text.toLowerCase())) || (tokens[to] !== undefined && ORG_FOLLOWERS.has(tokens[to].text.toLowerCase()));
    // "United States Barack Obama", "Republic of Kazakhstan Erlan Dzhaksybekov": a country, then the person
    for (let n = Math.min(4, words.length - 2); n >= 2 && !isOrgName; n--) {
      const country = gazetteer.lookup(text.slice(words[0].start, words[n - 1].end));
      if (country?.kind === "country" && isCapitalized(words[n].text)) {
        nationality = country.key;
        words = words.slice(n);
        break;
      }
    }
    // "DR Congo": a country's name that opens with what reads as a title
    const wholeCountry = gazetteer.lookup(text.slice(words[0].start, words[words.length - 1].end))?.kind === "country";
    while (words.length > 1 && !isOrgName && !wholeCountry) {
      const w = words[0].text;
      const demonym = gazetteer.demonym(w);
      const country = gazetteer.lookup(w);
      if (demonym && demonym.kind === "country") nationality = demonym.key;
      else if (country?.kind === "country" && (ROLE_WORDS.has(words[1].text.toLowerCase()) || gazetteer.demonym(words[1].text))) nationality = country.key;
      else if (isRoleWord(w) && (!AMBIGUOUS_ROLES.has(w.toLowerCase()) || isFirstName(words[1].text) || words.length > 2)) {
        if (!HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""))) roleWords.push(w);
      } else break;
      words = words.slice(1);
    }
    // "Prime Minister of Canada": a role and its country, no name
    // "Prime Minister of Canada", "Minister of Ecology": a role and its country or portfolio, no name
    // "Secretary of State Dana Whitfield", "Minister of Defence Ana Ruiz": the portfolio, then the
    // person, whose given name opens the last two or three words
    if (roleWords.length && NAME_CONNECTORS.has(words[0].text)) {
      const given = words.findIndex((w, k) => k > 1 && k >= words.length - 3 && k < words.length - 1 && isFirstName(w.text));
      if (given < 0) continue;
      roleWords.push(...words.slice(0, given).map((w) => w.text));
      words = words.slice(given);
    }
    // "Special Envoy", "Chief Executive": a title standing alone
    if (words.every((w) => isRoleWord(w.text)) && (words.length > 1 || ROLE_HEADS.has(words[0].text.toLowerCase()) || HONORIFICS.has(words[0].text.toLowerCase().replace(/\.$/, "")))) continue;
    // "City Manager Tom Reyes": everything up to the last title word is the role
    if (!isOrgName && words.length > 2) {
      const lastHead = words.slice(0, -1).map((w) => ROLE_HEADS.has(w.text.toLowerCase())).lastIndexOf(true);
      if (lastHead >= 0 && lastHead < words.length - 1 && isCapitalized(words[lastHead + 1].text)) {
        roleWords.push(...words.slice(0, lastHead + 1).map((w) => w.text));
        words = words.slice(lastHead + 1);
      }
    }
    const before = lookBackForRole(tokens, from, gazetteer);
    nationality ??= before.nationality;
    const role = [...before.role, ...roleWords].join(" ") || undefined;
    // "Prime Minister Tomas Varga of Hungary": the country is the person's, not part of the name
    const ofAt = words.findIndex((w, k) => k > 0 && w.text === "of");
    if (ofAt > 0 && isFirstName(words[0].text)) {
      const country = gazetteer.lookup(text.slice(words[ofAt + 1].start, words[words.length - 1].end));
      if (country?.kind === "country") {
        nationality = country.key;
        words = words.slice(0, ofAt);
      }
    }
    const first = words[0];
    const last = words[words.length - 1];
    const surface = text.slice(first.start, last.end);
    // ("the Harbour Agency (HAVS)": its acronym is an alias, not a word of its name)
    const name = surface.replace(/(?<=\S)\s{0,3}\([^()]{1,12}\)$/, "").replace(/[()]/g, "").replace(/\s+/g, " ").trim();
    // a lone title word is no name, unless it is a word that cannot be a title alone ("said Press":
    // the surname of Jim Press; resolveMentions keeps it only as the surname of someone in the article)
    if (words.length === 1 && ((ROLE_WORDS.has(first.text.toLowerCase()) && (ROLE_HEADS.has(first.text.toLowerCase()) || HONORIFICS.has(first.text.toLowerCase()))) || NEVER_NAMES.has(first.text.toLowerCase()))) continue;
    const prev = tokens[from - 1]?.text.toLowerCase();
    const prev2 = tokens[from - 2]?.text.toLowerCase();
    // "in Lisbon", "at the Kremlin", "the city of Mendoza"
    // ("according to the State Department" names a source, not a place)
    const attributed = tokens.slice(Math.max(0, from - 3), from).some((t) => /^according$/i.test(t.text));
    // ("Port Melbourne, Victoria,": a name right after a place and its comma is where that place is)
    const previous = mentions[mentions.length - 1];
    // (not a list of countries: "from Egypt, Qatar and Turkey")
    const afterPlace = previous?.kind === "location" && previous.place?.kind !== "country" && prev === "," && /^,\s{0,2}$/.test(text.slice(previous.end - offset, tokens[from].start));
    const placeContext = !attributed && (afterPlace || PLACE_PREPS.has(prev ?? "") || (prev === "the" && PLACE_PREPS.has(prev2 ?? "")) || (prev === "of" && /^(?:city|town|village|province|state|region|capital|port|island|district|county)$/.test(prev2 ?? "")));
    const next = tokens[to];
    const agent = !possessive && next !== undefined && AGENT_VERBS.test(next.text);
    const mention: Mention = {
      start: offset + first.start, end: offset + last.end, surface, name, kind: "unknown", role, nationality,
      possessive, placeContext, agent, sentence,
    };
    let [kind, why] = employee ? (["person", "title-after-employer"] as const) : classify(mention, words, next, gazetteer, prev);
    // "played at Old Trafford", "protesters outside Harbour Gate": a run of capitals with nothing of
    // a body in it, where something happens, is a place (not "an analyst at Ridgeway Capital")
    if (why === "capitalized-run" && /^(?:at|outside|inside|near)$/.test(prev ?? "") && !personNoun(prev2)) [kind, why] = ["location", "place-slot"];
    mention.kind = kind;
    const rules = [`${kind}/${why}`];
    // a date, a street, an event, a document, an adjective or a ticker is no actor (a month
    // alone stays open: resolveMentions keeps "May" only as the surname of someone in the article)
    const formOf = mention.kind === "location" || mention.role ? undefined : nonActorByForm(words.map((w) => w.text));
    if (formOf === "place") {
      mention.kind = "location";
      rules.push("location/place-by-form");
    } else if (formOf === "date" && MONTH_NAMES.test(name)) {
      mention.kind = "unknown";
      mention.agent = false;
      rules.push("unknown/month-name");
    } else if (formOf) continue;
    const slot = sourceSlot(tokens, from, to);
    if (slot) mention.source = slot;
    if (gazetteer.demonym(name) && words.length === 1) continue; // "Ukrainian", "Americans": a nationality, not a name
    if (words.length > 1 && gazetteer.demonym(last.text) && next && /^[a-z]/.test(next.text)) continue; // "South American neighbours"
    // "at City Hall", "outside the Liberal headquarters", "at Christiansborg": a venue the gazetteer does not know
    if (mention.kind !== "location" && placeContext && (words.some((w) => VENUE_WORDS.has(w.text.toLowerCase())) || (mention.kind === "unknown" && /^(?:at|outside|inside)$/.test(prev ?? prev2 ?? "")))) {
      mention.kind = "location";
      rules.push("location/venue");
    }
    mention.rules = rules;
    mentions.push(mention);
  }
  return mentions;
}

/** The kind of a name and the short code of the rule that decided it. */
function classify(m: Mention, words: Token[], next: Token | undefined, gazetteer: Gazetteer, prevWord?: string): [MentionKind, string] {
  const lower = words.map((w) => w.text.toLowerCase().replace(/\.$/, ""));
  const place = gazetteer.lookup(m.name);
  const firstIsGiven = (isFirstName(words[0].text) || /^\p{Lu}$/u.test(words[0].text)) && words.length > 1;
  // "Obama", "Henderson": a surname the lexicon knows beats a small town of that name, unless
  // the sentence puts it in a place slot ("in Henderson")
  const surnameOverTown = place?.kind === "city" && place.rank < 1_000_000 && !m.placeContext && words.length === 1 && /^(?:LastName|Person)$/.test(lexiconTag(words[0].text) ?? "");
  // "Abu Dhabi", "San Jose": a place the gazetteer knows that opens with a given name is still the
  // place when compromise reads every word of it as one
  const namedPlace = !!place && place.kind !== "place" && words.length > 1 && termTags(m.name).every((t) => t.includes("Place")) && !termTags(m.name).some((t) => t.includes("Person"));
  // (a region or country stays a place after a title: "Director of Public Prosecutions: Gauteng")
  if (place && (!firstIsGiven || namedPlace) && (!m.role || place.kind === "region" || place.kind === "country") && !surnameOverTown) {
    if (place.kind === "place" && place.institution && !m.placeContext) return ["organization", "institution"];
    m.place = place;
    return ["location", "gazetteer"];
  }
  if (lower.some((w) => ORG_WORDS.has(w)) || (next && ORG_FOLLOWERS.has(next.text.toLowerCase()))) return ["organization", "org-word"];
  // "Gaza Strip", "Golan Heights", "Horn of Africa": a name whose head is a landform is a place
  if (words.length > 1 && LANDFORMS.has(lower[lower.includes("of") ? lower.indexOf("of") - 1 : lower.length - 1])) return ["location", "landform"];
  // "ChatGPT", "OpenAI", "YouTube": a word with capitals inside is a company or its product,
  // never a person (but "McAdams", "DeSantis", "O'Neil" are surnames)
  if (words.length === 1 && isCamelCase(words[0].text)) return ["organization", "capitals-inside"];
  // "Minister of Ecology and Natural Resources": capitalized common words after "of"/"and" are a portfolio
  if (/^(?:of|and|for)$/i.test(prevWord ?? "") && words.every((w) => isCommonWord(w.text) || isCommonByForm(w.text))) return ["unknown", "portfolio"];
  if (words.length === 1 && /^(?:[A-Z]\.?){2,6}$/.test(words[0].text) && !place) return ["organization", "acronym"];
  // "G20", "Group of 7": a name with a number in it is a body, never a person
  // ("Day-1", "Phase 2": a count, no name)
  if (words.some((w) => /\d/.test(w.text))) return words.every((w) => /^\p{Lu}{1,4}\d{1,3}$|^\p{Lu}/u.test(w.text)) && words.some((w) => /^\p{Lu}{1,4}\d{1,3}$/u.test(w.text)) ? ["organization", "numbered-name"] : ["unknown", "count"];
  // "Ruud van Nistelrooy": a nobiliary particle between capitalized words makes a person's name
  if (words.length >= 3 && words.slice(1, -1).some((w) => /^(?:van|von|ten|ter|bin|ibn|bint)$/.test(w.text)) && !lower.some((w) => ORG_WORDS.has(w))) return ["person", "particle"];
  // "Du Plessis said": a surname that opens with its particle, capitalized at the head of a sentence
  // (only particles no company or paper opens with: not "De Beers", "La Liga", "Le Monde", "Al Jazeera")
  if (words.length === 2 && /^(?:du|van|von|der|den|ter|ten|dos|das)$/i.test(words[0].text) && !lower.some((w) => ORG_WORDS.has(w)) && !place) return ["person", "particle-first"];
  // "Spokesperson, NPA Gauteng": an acronym and a place are a body's regional office, whatever
  // title comes before them
  if (words.length > 1 && /^\p{Lu}{2,}$/u.test(words[0].text) && gazetteer.lookup(words.slice(1).map((w) => w.text).join(" "))) return ["organization", "regional-office"];
  if (m.role || firstIsGiven) return ["person", m.role ? "title" : "given-name"];
  // "Quillmark AI", "Kremlin Press TV": a word in capitals inside a name makes it a company or body
  if (words.length > 1 && words.some((w) => /^\p{Lu}{2,}$/u.test(w.text) || isCamelCase(w.text))) return ["organization", "capitals-inside"];
  if (words.some((w) => /^(?:LastName|Person)$/.test(lexiconTag(w.text) ?? ""))) return ["person", "lexicon"];
  if (words.length === 1 && lexiconTag(words[0].text) === "Organization") return ["organization", "lexicon"];
  // "Natural Resources": a phrase ending in a plural common noun names no one
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !isCommonWord(w.text) || isNameWord(w.text) || /[()]/.test(w.text)) && !isCommonByForm(words[words.length - 1].text)) return ["person", "name-words"];
  if (words.length >= 2) return ["organization", "capitalized-run"];
  return ["unknown", "open"];
}

/** Reads a run of capitalized words (with connectors such as "of" and a bracketed given name
 *  such as "(Donald)") starting at `i`; a possessive ends it. */
function readNameSpan(tokens: Token[], i: number): { from: number; to: number; possessive: boolean } | undefined {
  const startWord = tokens[i].text;
  if (!isWord(startWord) || !isCapitalized(startWord)) return undefined;
  // "I’m", "We’re": a pronoun with its verb
  if (/[’'](?:[mds]|re|ve|ll)$/i.test(startWord) && NEVER_NAMES.has(startWord.split(/[’']/, 1)[0].toLowerCase())) return undefined;
  if (TIME_ZONES.has(startWord)) return undefined;
  // "SOURCE", "FOR IMMEDIATE RELEASE", "ANALYSIS": a word in capitals that is an ordinary word
  if (/^\p{Lu}{2,}$/u.test(startWord) && (isCommonWord(startWord) || PAGE_LABELS.has(startWord))) return undefined;
  // a currency prefix such as CA$ or US$
  if (tokens[i + 1]?.text === "$" && tokens[i + 1].start === tokens[i].end) return undefined;
  if (NEVER_NAMES.has(startWord.toLowerCase())) return undefined;
  // an opening quote or bracket starts a sentence of its own; a closing quote does not
  // ("…the forms," Mayes said): one right after a word or a comma closes
  const opener = tokens[i - 1];
  const closes = opener && /^["”’]$/.test(opener.text) && i > 1 && tokens[i - 2].end === opener.start;
  const atSentenceStart = i === 0 || (/^["“‘([–—-]$/.test(opener.text) && !closes);
  const next = tokens[i + 1]?.text ?? "";
  // (a word the lexicon does not know that only looks plural, "Stromsnes said", is a surname when
  // a person's verb follows, unless it ends as plural nouns of people and things do:
  // "Prosecutors said", "Negotiations said")
  const formOnly = !lexiconTag(startWord) && isCommonByForm(startWord) && (!PERSON_VERBS.test(next) || PLURAL_NOUN_ENDING.test(startWord));
  if (atSentenceStart && (isCommonWord(startWord) || formOnly) && !ROLE_WORDS.has(startWord.toLowerCase())) return undefined;
  // "Company executives said": a common noun opening a noun phrase
  // (only a word that classes organizations: a name the lexicon lacks reads as a noun too, "Quillmark co-founder")
  const classNoun = ORG_NOUNS.has(startWord.toLowerCase()) || ORG_WORDS.has(startWord.toLowerCase());
  // ("Company chief Fritz Hallman": a title after it, too)
  if (atSentenceStart && classNoun && /^\p{Ll}/u.test(next) && ((/noun|plural/.test(wordClass(next)) && !mayBeVerb(next)) || ROLE_WORDS.has(next))) return undefined;
  // "Afterwards,", "Separately,": an opening adverb, not a name
  if (atSentenceStart && tokens[i + 1]?.text === "," && /(?:ly|wards?|ever|while|more|over)$/i.test(startWord) && !isNameWord(startWord)) return undefined;
  let j = i;
  let possessive = false;
  while (j < tokens.length) {
    const t = tokens[j].text;
    if (isWord(t) && isCapitalized(t) && (j === i || !NEVER_NAMES.has(t.toLowerCase()))) {
      j++;
      // "the U.S. Attorney's Office": a possessive inside an organization's name
      if (POSSESSIVE.test(t) && !(isCapitalized(tokens[j]?.text ?? "") && ORG_WORDS.has(tokens[j].text.toLowerCase()))) {
        possessive = true;
        break;
      }
      // "E. Dzhaksybekov": an initial
      if (/^\p{Lu}$/u.test(t) && tokens[j]?.text === "." && isCapitalized(tokens[j + 1]?.text ?? "")) j++;
      continue;
    }
    // "the Baltic Dockers' Union": a plural possessive inside an organization's name
    const after = tokens[j + 1]?.text ?? "";
    if (/^[’']$/.test(t) && j > i && /s$/.test(tokens[j - 1].text) && tokens[j - 1].end === tokens[j].start && isCapitalized(after) && ORG_WORDS.has(after.toLowerCase())) {
      j++;
      continue;
    }
    // "the CDU/CSU bloc", "AC/DC": two acronyms joined by a slash are one name (a name and an
    // agency so joined, "Jane Roe/Reuters", is a photo credit)
    const acronym = (k: number) => /^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? "");
    if (t === "/" && acronym(j - 1) && acronym(j + 1) && tokens[j - 1].end === tokens[j].start && tokens[j].end === tokens[j + 1].start) {
      j++;
      continue;
    }
    // "the Harbour Agency (HAVS)": the bracketed acronym closes the name; what follows it
    // ("(DPCI) Serious Crimes Unit", "(AU) Chairperson Ana Ruiz") is another name or a title
    if (t === "(" && tokens[j + 2]?.text === ")" && isCapitalized(tokens[j + 1]?.text ?? "") && isCapitalized(tokens[j + 3]?.text ?? "")) {
      j += 3;
      break;
    }
    // "Federal Mediation and Conciliation Service", "Ministry of Ecology and Natural Resources":
    // "and" inside one organization's name, not between two names
    if ((t === "and" || t === "&") && j > i && joinsOrganization(tokens, i, j)) {
      j++;
      continue;
    }
    // "for US$7.4 billion": a currency, not the rest of the name
    const currency = tokens[j + 2]?.text === "$" && tokens[j + 2].start === tokens[j + 1]?.end;
    if (NAME_CONNECTORS.has(t) && j > i && isWord(tokens[j + 1]?.text ?? "") && isCapitalized(tokens[j + 1].text) && !NEVER_NAMES.has(tokens[j + 1].text.toLowerCase()) && t !== "and" && !currency) {
      j++;
      continue;
    }
    break;
  }
  // a trailing "(" pattern may have stopped us right after a bracketed name
  if (tokens[j - 1]?.text === ")") j = Math.max(i + 1, j);
  return { from: i, to: j, possessive };
}

function joinsOrganization(tokens: Token[], from: number, and: number): boolean {
  const isOrgWord = (t: Token | undefined) => !!t && ORG_WORDS.has(t.text.toLowerCase());
  let k = and + 1;
  while (k < tokens.length && isWord(tokens[k].text) && isCapitalized(tokens[k].text) && !NEVER_NAMES.has(tokens[k].text.toLowerCase())) k++;
  if (k === and + 1) return false;
  const before = tokens.slice(from, and);
  const after = tokens.slice(and + 1, k);
  if (before.some((t) => POSSESSIVE.test(t.text))) return false;
  const beforeHasOrg = before.some(isOrgWord);
  const afterEndsOrg = isOrgWord(after[after.length - 1]);
  // the words before "and" describe ("Federal Mediation"), they do not name ("GM", "Ford")
  const descriptive = before.every(
    (t) => NAME_CONNECTORS.has(t.text) || (!/^\p{Lu}{2,}$/u.test(t.text) && (isCommonWord(t.text) || (!lexiconTag(t.text) && isCommonByForm(t.text)) || /\p{Ll}(?:tion|sion|ment|ance|ence|ity|ship|ism|ness|al|ive|ic|ary|ory|ure)$/u.test(t.text))),
  );
  return (afterEndsOrg && !beforeHasOrg && descriptive) || (isOrgWord(before[0]) && !after.some(isOrgWord));
}

function lookBackForRole(tokens: Token[], from: number, gazetteer: Gazetteer): { role: string[]; nationality?: string } {
  let k = from - 1;
  if (tokens[k]?.text === ",") k--;
  const role: string[] = [];
  let nationality: string | undefined;
  let sawHead = false;
  while (k >= 0) {
    const t = tokens[k].text;
    const bare = t.replace(POSSESSIVE, "");
    const lower = bare.toLowerCase();
    if (ROLE_WORDS.has(lower) && !HONORIFICS.has(lower)) {
      if (ROLE_HEADS.has(lower)) sawHead = true;
      role.unshift(bare);
      k--;
      continue;
    }
    const demonym = gazetteer.demonym(bare);
    const country = gazetteer.lookup(bare);
    if (demonym?.kind === "country") nationality = demonym.key;
    else if (country?.kind === "country") nationality = country.key;
    break;
  }
  // "Russian President Vladimir Putin" at the start of a sentence: the demonym stands right before the title
  if (!sawHead) return { role: [], nationality: role.length === 0 && k === from - 1 ? nationality : role.length ? nationality : undefined };
  return { role, nationality };
}

// the legal forms that close a company's name: whatever follows is not part of it
const LEGAL_FORMS = new Set("llc inc corp corporation co company ltd plc ag sa spa nv gmbh".split(" "));

/** Where an employer's name ends in a run such as "Ford Motor Company CEO Alan Mulally" or
 *  "Chrysler LLC Jim Press": a person's name (a known given name and one or two more words) after
 *  an organization's name, with titles between or, without one, right after a legal form. */
function employerOf(words: Token[], isPlace: (from: number, to: number) => boolean): { org: number } | undefined {
  for (const size of [2, 3]) {
    const p = words.length - size;
    if (p < 1) continue;
    // a name the lexicon does not know still follows a title ("Harbour Board Secretary Oleksa
    // Vantul") or an organization "of" a place ("Bank of Elmora Tavi Renn")
    const afterTitle = isRoleWord(words[p - 1].text) && ROLE_HEADS.has(words[p - 1].text.toLowerCase().replace(/\.$/, ""));
    const ofPlaceAt = words.slice(0, p).map((w) => w.text).lastIndexOf("of");
    const afterPlace = ofPlaceAt > 0 && ofPlaceAt < p - 1 && isPlace(ofPlaceAt + 1, p);
    if (!isFirstName(words[p].text) && !afterTitle && !afterPlace) continue;
    if (words.slice(p).some((w) => ORG_WORDS.has(w.text.toLowerCase()) && w !== words[words.length - 1]) || words.slice(p).some((w) => !isCapitalized(w.text))) continue;
    let q = p;
    while (q > 0 && isRoleWord(words[q - 1].text)) q--;
    if (q < 1) continue;
    const org = words.slice(0, q).map((w) => w.text.toLowerCase());
    if (!org.some((w) => ORG_WORDS.has(w) || LEGAL_FORMS.has(w))) continue;
    if (q === p && !LEGAL_FORMS.has(org[org.length - 1]) && !afterPlace) continue;
    return { org: q };
  }
  return undefined;
}

/** The words after "of" in "Analyst Dana Whitcombe of Ridgeway Capital": before it, after any
 *  titles, a known given name and at least one more word, none of them a word of an
 *  organization's name ("Bank of England", "Duke of Kent" and "University of Ghana" stay whole). */
function affiliationOf(words: Token[]): Token[] | undefined {
  const ofAt = words.findIndex((w, k) => k > 0 && w.text === "of");
  if (ofAt < 0 || ofAt === words.length - 1) return undefined;
  const person = words.slice(0, ofAt);
  const name = person.slice(Math.max(0, person.findIndex((w) => !isRoleWord(w.text))));
  if (name.length < 2 || isRoleWord(name[0].text) || !isFirstName(name[0].text) || person.some((w) => ORG_WORDS.has(w.text.toLowerCase()))) return undefined;
  return words.slice(ofAt + 1);
}

/** "President", "Vice-president", "Gov.": a title word. */
const isRoleWord = (w: string) => w.toLowerCase().replace(/\.$/, "").split("-").every((part) => ROLE_WORDS.has(part));

const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);

/** "an analyst at", "a professor at": a noun for a person before "at" makes what follows their
 *  employer, not a place. */
function personNoun(word: string | undefined): boolean {
  if (!word) return false;
  return ROLE_WORDS.has(word) || (/(?:ist|er|or|ant|ian)s?$/.test(word) && /noun|plural/.test(wordClass(word)));
}

/** "CEO of Salesforce Marc Benioff", "chairman of Harbour Holdings Tavi Renn": after a title and
 *  "of", a run of capitals that ends on a given name and a surname is the body, then the person. */
function employerAfterTitleOf(tokens: Token[], from: number, words: Token[]): { org: number } | undefined {
  if (tokens[from - 1]?.text !== "of" || !isRoleWord(tokens[from - 2]?.text ?? "") || words.length < 3) return undefined;
  const given = words.findIndex((w, k) => k >= 1 && k >= words.length - 3 && k < words.length - 1 && isFirstName(w.text));
  if (given < 1 || words.slice(0, given).some((w) => NAME_CONNECTORS.has(w.text))) return undefined;
  return { org: given };
}
