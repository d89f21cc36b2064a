import damerauLevenshtein from "talisman/metrics/damerau-levenshtein";
import doubleMetaphone from "talisman/phonetics/double-metaphone";
import type { Gazetteer } from "../places/gazetteer";
import { isCommonWord, isFirstName } from "./lexicon";
import { hasOutletWord } from "./non-actors";
import { foldName } from "../text/fold";
import type { Mention } from "./find-mentions";
import { because } from "./provenance";
import { ORG_WORDS, ROLE_WORDS } from "./vocabulary";

/** Settles the names the sentence alone left open, using the whole article: a bare surname
 *  that a full name of the article ends with (or sounds like: "Kowalsky" beside "Anna
 *  Kowalski") is that person; a name in a place slot that sounds like a large place is that
 *  place ("Kiev" → Kyiv); the same form keeps one kind through the article; a bare name in a
 *  list of people, or followed by "said", is a person. What stays open is dropped. */
export function resolveMentions(found: Mention[], gazetteer: Gazetteer): Mention[] {
  const mentions = splitRunTogether(found);
  const known = new Map<string, Mention>();
  for (const m of mentions) if (m.kind !== "unknown" && !known.has(foldName(m.name))) known.set(foldName(m.name), m);
  const people = mentions.filter((m) => m.kind === "person" && m.name.includes(" "));
  // full names by the sound and the first letter of their surname, so a bare surname is
  // compared with a few of them, not all
  const peopleByKey = new Map<string, Mention[]>();
  const exactSurnames = new Set(people.map((p) => lastWord(p.name)));
  const givenNames = new Set(people.map((p) => foldName(p.name.split(" ")[0])));
  const keysOf = (surname: string) => [...new Set([...phoneticCodes(surname), foldName(surname)[0] ?? ""])];
  for (const p of people) {
    for (const k of keysOf(lastWord(p.name))) {
      const list = peopleByKey.get(k) ?? [];
      if (list.length < 50) list.push(p);
      peopleByKey.set(k, list);
    }
  }
  const resolved = mentions.map((m, i): Mention => {
    // "Henderson spoke": the surname of a person of the article, not the town in Nevada
    if (m.kind === "location" && !m.placeContext && m.place?.kind !== "country" && !m.name.includes(" ") && exactSurnames.has(m.name)) return because(m, "resolve/surname-not-town", { kind: "person", place: undefined });
    // "said Press" beside "Jim Press": the surname, not a body named by an organization word
    if (!m.name.includes(" ") && (ORG_WORDS.has(m.name.toLowerCase()) || ROLE_WORDS.has(m.name.toLowerCase())) && exactSurnames.has(m.name)) return because(m, "resolve/surname-not-title", { kind: "person", place: undefined });
    if (m.kind !== "unknown") return m;
    if (/\d/.test(m.name)) return m;
    const same = known.get(foldName(m.name));
    if (same) return because(m, "resolve/same-form", { kind: same.kind, place: same.place });
    const surnameOf = keysOf(m.name).flatMap((k) => peopleByKey.get(k) ?? []).find((p) => sameSurname(lastWord(p.name), m.name));
    if (surnameOf) return because(m, "resolve/surname-of", { kind: "person" });
    // "May" alone, no one's surname here: the month
    if (MONTH.test(m.name)) return m;
    const neighbours = [mentions[i - 1], mentions[i + 1]].filter((n) => n && n.sentence === m.sentence);
    const inPlaceList = neighbours.some((n) => n!.kind === "location");
    if (m.placeContext || inPlaceList) {
      const place = gazetteer.soundsLike(m.name);
      if (place) return because(m, "resolve/sounds-like-place", { kind: "location", place });
    }
    // "met Trump in Davos": a one-word name in a place slot is a place the gazetteer is too small to know
    if (m.placeContext && !m.agent && !m.name.includes(" ")) return because(m, "resolve/place-slot", { kind: "location" });
    // "GM and Chrysler": coordinated with an organization, an organization
    if (neighbours.some((n) => n!.kind === "organization" && gapOf(n!, m) <= 5)) return because(m, "resolve/beside-organization", { kind: "organization" });
    // "Minister of Ecology", "the Board": a capitalized common noun is no one's name
    if (isCommonWord(m.name)) return m;
    // "Halvorsen said" where the article names no one so: a person the article did not introduce
    // is rare in news, a body that speaks by its one name ("Hamas said", "Nvidia said") is not. The
    // corpus stage makes it the person again when some article gives the full name
    if (m.agent && !m.name.includes(" ") && !isFirstName(m.name) && !givenNames.has(foldName(m.name)) && !neighbours.some((n) => n!.kind === "person")) return because(m, "resolve/agent-body", { kind: "organization" });
    if (m.agent || neighbours.some((n) => n!.kind === "person")) return because(m, m.agent ? "resolve/agent" : "resolve/beside-person", { kind: "person" });
    return m;
  });
  // a later "Kiev will agree" keeps the kind an earlier "between Washington, Kiev and Moscow" settled
  const settled = new Map<string, Mention>();
  for (const m of resolved) if (m.kind !== "unknown" && !settled.has(foldName(m.name))) settled.set(foldName(m.name), m);
  // the outlets the article quotes: "told Reuters", "Fox News reported", and then "according to Reuters"
  const outlets = new Set(resolved.filter((m) => m.source === "outlet" && m.kind !== "person").map((m) => foldName(m.name)));
  // (not "told the Bundestag", "told Congress": a body the gazetteer or an organization word names)
  const body = (m: Mention) => !!gazetteer.lookup(m.name) || (m.name.split(" ").some((w) => ORG_WORDS.has(w.toLowerCase())) && !hasOutletWord(m.name));
  const isOutlet = (m: Mention) => m.kind !== "person" && m.kind !== "location" && !m.place && !body(m) && (m.source === "outlet" || (m.source === "according" && (hasOutletWord(m.name) || outlets.has(foldName(m.name)))));
  return nameByGivenName(resolved
    .map((m) => {
      if (m.kind !== "unknown") return m;
      const s = settled.get(foldName(m.name));
      return s ? because(m, "resolve/settled-later", { kind: s.kind, place: s.place }) : m;
    })
    .filter((m) => !isOutlet(m))
    // a lone title word ("Press", "Senior") that is no one's surname here is not a name
    .filter((m) => m.kind !== "unknown" && !(!m.name.includes(" ") && ROLE_WORDS.has(m.name.toLowerCase()) && !exactSurnames.has(m.name))));
}

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "met Orlov Brandt said…": two people the article names apart, run together across a clause
 *  boundary, are two mentions; "Security Council Taras Melnyk", "Middle East Paul Brandt": a
 *  run that ends on the full name of a person of the article is that person, and the words
 *  before it are a title or an affiliation, not part of a name. */
function splitRunTogether(mentions: Mention[]): Mention[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === "person" && m.name.includes(" ")) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  // (a surname with its particle, "ten Hag", is no full name: "Erik" before it is his given name)
  const fullNames = new Set([...counts.keys()].filter((n) => /^\p{Lu}/u.test(n)));
  // a run seen once is the one to split; a name the article writes twice is a name
  const once = (name: string) => (counts.get(name) ?? 0) <= 1;
  const surnames = new Set([...fullNames].filter((n) => n.split(" ").length > 1).map((n) => lastWord(n)));
  const single = new Set(mentions.filter((m) => m.kind === "person" && !m.name.includes(" ")).map((m) => m.name));
  const personWord = (w: string) => surnames.has(w) || single.has(w);
  const at = (m: Mention, from: number, to: number, kind: Mention["kind"], role?: string): Mention => {
    const surface = m.surface.slice(from, to);
    return because(m, "resolve/run-together", { start: m.start + from, end: m.start + to, surface, name: surface.replace(/[()]/g, "").replace(/\s+/g, " ").trim(), kind, role, place: undefined, phrases: undefined });
  };
  return mentions.flatMap((m): Mention[] => {
    if (m.kind === "location" || m.surface.replace(/\s+/g, " ") !== m.name) return [m];
    const words = m.name.split(" ");
    if (words.length === 2 && m.kind === "person" && !m.role && !isFirstName(words[0]) && personWord(words[0]) && personWord(words[1]) && once(m.name)) {
      const cut = m.surface.indexOf(" ");
      return [at(m, 0, cut, "person"), { ...at(m, cut + 1, m.surface.length, "person"), possessive: m.possessive }];
    }
    if (words.length >= 3 && once(m.name)) {
      for (let k = 1; k <= words.length - 2; k++) {
        const tail = words.slice(k).join(" ");
        if (!fullNames.has(tail)) continue;
        const cut = m.surface.length - tail.length;
        const head = m.surface.slice(0, cut).trim();
        return [{ ...at(m, cut, m.surface.length, "person", [m.role, head].filter(Boolean).join(" ")), possessive: m.possessive }];
      }
    }
    return [m];
  });
}

/** "Erik", "Sam": a given name alone is the one person of the article who bears it, when no one
 *  has it for a surname. */
function nameByGivenName(mentions: Mention[]): Mention[] {
  const byGiven = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || !m.name.includes(" ")) continue;
    const words = m.name.split(" ");
    byGiven.set(foldName(words[0]), (byGiven.get(foldName(words[0])) ?? new Set()).add(m.name));
    surnames.add(foldName(lastWord(m.name)));
  }
  return mentions.map((m) => {
    if (m.kind !== "person" || m.name.includes(" ") || surnames.has(foldName(m.name))) return m;
    const full = byGiven.get(foldName(m.name));
    return full?.size === 1 ? because(m, "resolve/given-name", { name: [...full][0] }) : m;
  });
}

// a gap of a few characters between two names is a comma or a conjunction ("GM and Chrysler")
const gapOf = (a: Mention, b: Mention) => (a.end <= b.start ? b.start - a.end : a.start - b.end);

const codeCache = new Map<string, string[]>();

/** The double-metaphone codes of a name, memoized: the same surnames recur across a corpus. */
export function phoneticCodes(name: string): string[] {
  const folded = foldName(name);
  let codes = codeCache.get(folded);
  if (!codes) {
    codes = doubleMetaphone(folded);
    if (codeCache.size < 100_000) codeCache.set(folded, codes);
  }
  return codes;
}

export const lastWord = (name: string) => name.split(" ").pop()!;

/** Two surnames are one when they fold alike, or share a phonetic code and differ by at most
 *  two or three edits, or begin alike and differ by one edit (two for long names): "Kovalsky"/"Kowalski",
 *  "Kowalsky"/"Kowalski", "Olesko"/"Ulesko". */
export function sameSurname(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  // "Hrytsenko"/"Gritsenko", "Andriy"/"Andrii": two romanizations of one name
  // (six letters at least: "Hale" and "Gale" are two names)
  if (fa.length >= 6 && fb.length >= 6 && transliterationKey(fa) === transliterationKey(fb)) return true;
  if (fa.length < 4 || fb.length < 4) return false;
  // "Peters" and "Peterson" are two names, not two spellings of one
  if (fa.startsWith(fb) || fb.startsWith(fa)) return false;
  const distance = damerauLevenshtein(fa, fb);
  const codesA = phoneticCodes(fa);
  const codesB = phoneticCodes(fb);
  const soundAlike = codesA.some((c: string) => codesB.includes(c));
  const limit = Math.min(fa.length, fb.length) >= 8 ? 2 : 1;
  // sound-alike spellings differ letter for letter ("Kovalsky"/"Kowalski"), not by a syllable ("Brandt"/"Brandreth")
  if (soundAlike && Math.abs(fa.length - fb.length) <= 1 && distance <= (Math.min(fa.length, fb.length) >= 6 ? 3 : 2)) return true;
  if (distance === 1 && Math.min(fa.length, fb.length) >= 8) return true; // "Zhaksybekov"/"Dzhaksybekov"
  return fa[0] === fb[0] && distance <= limit && Math.min(fa.length, fb.length) >= 7;
}

/** A key under which the usual romanizations of one Slavic or Arabic name agree, built from the
 *  alternations English copy shows (not from any list of names): diacritics folded, doubled
 *  letters single, kh/h/g one letter, dzh/dj/zh-free j and y, i and y one vowel (so the endings
 *  -iy, -ii, -yy, -y, -i agree), ie/ye/e one, ou/u one, ts/tz one, sch/sh one, ph/f, w/v, ck/k,
 *  x/ks, and a final -e or -a left alone: "Oleksandr Hrytsenko" and "Aleksandr Gritsenko" differ
 *  only in the vowel that opens the given name, which the callers compare by sound. */
export function transliterationKey(name: string): string {
  return foldName(name)
    .replace(/dzh|dj/g, "j")
    .replace(/sch|sh/g, "s")
    .replace(/tz|ts/g, "c")
    .replace(/kh|gh|h|g/g, "h")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ck|q/g, "k")
    .replace(/x/g, "ks")
    .replace(/j|y/g, "i")
    .replace(/ie|ye|ei/g, "e")
    .replace(/ou/g, "u")
    .replace(/([a-z])\1/g, "$1")
    .replace(/ii/g, "i");
}
