import damerauLevenshtein from "talisman/metrics/damerau-levenshtein";
import jaroWinkler from "talisman/metrics/jaro-winkler";
import type { Mention } from "../mentions/find-mentions";
import porter from "talisman/stemmers/porter";
import { lastWord, phoneticCodes, sameSurname, transliterationKey } from "../mentions/resolve-mentions";
import { because } from "../mentions/provenance";
import { foldName } from "../text/fold";
import { ORG_WORDS } from "../mentions/vocabulary";

export interface ActorMention {
  articleId: string;
  mention: Mention;
}

export interface ActorCluster {
  kind: "person" | "organization";
  name: string;
  aliases: string[];
  roles: string[];
  mentions: ActorMention[];
}

/** [A1] Groups the person and organization mentions of the whole corpus into actors. People are
 *  blocked by the phonetic code of their surname, so the work grows with the corpus, not its
 *  square. Full names join when their surnames match (same spelling, or sound-alike and close
 *  in spelling) and their given names agree (equal, sound-alike, or one absent); a bare surname
 *  joins the one full name it matches. [A2] Organizations join on the folded name, and an
 *  acronym joins the organization whose initials it spells ("GM" → "General Motors"); legal
 *  forms and a leading country do not count ("US Federal Reserve" is "Federal Reserve"); [A5] a
 *  one-word misspelling joins the name it is one typo from. [A3] The canonical name is the
 *  fullest form seen. */
export function mergeNameVariants(
  mentions: ActorMention[],
  isPlace: (word: string) => boolean = () => false,
  countryOf: (word: string) => string | undefined = () => undefined,
  countriesIn: (articleId: string) => Map<string, number> = () => new Map(),
): ActorCluster[] {
  const people = mentions.filter((m) => m.mention.kind === "person");
  const orgs = mentions.filter((m) => m.mention.kind === "organization");
  return [...clusterPeople(people), ...clusterOrganizations(orgs, isPlace).flatMap((c) => splitByCountry(c, countryOf, countriesIn))].map((c) => toCluster(c.kind, c.members));
}

// the bodies every country has: "the Cabinet" of one story is not the Cabinet of another
const NATIONAL_BODIES = new Set("ministry cabinet government parliament department office police army navy court senate congress embassy".split(" "));

/** [A6] "Indian Foreign Ministry" and "Qatar’s Foreign Ministry" share a key once the country is
 *  set aside, but are two bodies: a group whose members name two countries splits by country; a
 *  member that names none goes with the country its own article gives the body, else with the
 *  largest part. */
function splitByCountry(c: { kind: "person" | "organization"; members: ActorMention[] }, countryOf: (word: string) => string | undefined, countriesIn: (articleId: string) => Map<string, number>) {
  // the country a story is about: the one its places and nationalities name most
  const homeOf = (articleId: string) => [...countriesIn(articleId)].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0];
  const countryOfMention = (m: ActorMention) => {
    const first = foldName(m.mention.name.replace(/[’']s(?=\s|$)/gu, "")).split(" ")[0] ?? "";
    return m.mention.name.includes(" ") ? countryOf(first) ?? m.mention.nationality : undefined;
  };
  const named = c.members.map((m) => [m, countryOfMention(m)] as const);
  const countries = new Set(named.map(([, k]) => k).filter((k): k is string => !!k));
  // a body every country has, named bare in a story about another country, is that country's
  const national = c.members.every((m) => organizationKey(m.mention.name, () => false).split(" ").some((w) => NATIONAL_BODIES.has(w)));
  const homes = new Set(named.filter(([, k]) => !k).map(([m]) => homeOf(m.articleId)).filter((k): k is string => !!k));
  if (countries.size < 2 && !(national && countries.size === 1 && [...homes].some((h) => !countries.has(h)))) return [c];
  const parts = new Map<string, ActorMention[]>();
  for (const [m, k] of named) if (k) parts.set(k, [...(parts.get(k) ?? []), m]);
  const largest = [...parts.keys()].sort((a, b) => parts.get(b)!.length - parts.get(a)!.length || cmp(a, b))[0];
  for (const [m, k] of named) {
    if (k) continue;
    const local = new Set(named.filter(([o, ok]) => ok && o.articleId === m.articleId).map(([, ok]) => ok!));
    // else the country of the group's that the story names most, else the story's own country
    const mentioned = [...countriesIn(m.articleId)].filter(([country]) => parts.has(country)).sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0];
    const articleHome = homeOf(m.articleId);
    const home = local.size === 1 ? [...local][0] : mentioned ?? (articleHome && national ? articleHome : largest);
    parts.set(home, [...(parts.get(home) ?? []), m]);
  }
  return [...parts.values()].map((members) => ({ kind: c.kind, members }));
}

interface Group {
  given: string | null;
  surname: string;
  members: ActorMention[];
}

function clusterPeople(mentions: ActorMention[]): { kind: "person"; members: ActorMention[] }[] {
  const groups: Group[] = [];
  const blocks = new Map<string, Group[]>();
  const byGiven = new Map<string, Group[]>();
  const bySurname = new Map<string, Group[]>();
  // blocks: the surname's sound, its first letters and its last ("Zhaksybekov" meets "Dzhaksybekov")
  const keysOf = (surname: string) => [...new Set([...phoneticCodes(surname), `first:${foldName(surname).slice(0, 3)}`, `last:${foldName(surname).slice(-4)}`, `translit:${transliterationKey(surname)}`])];
  const candidatesFor = (surname: string) => [...new Set(keysOf(surname).flatMap((k) => blocks.get(k) ?? []))];
  const index = (map: Map<string, Group[]>, key: string, g: Group) => map.set(key, [...(map.get(key) ?? []), g]);
  const add = (g: Group) => {
    groups.push(g);
    for (const k of keysOf(g.surname)) index(blocks, k, g);
    index(bySurname, foldName(g.surname), g);
    if (g.given) index(byGiven, foldName(g.given), g);
  };
  // each spelling once, full names first and longest first, so that a bare surname finds its full name
  const byName = new Map<string, ActorMention[]>();
  for (const m of mentions) byName.set(m.mention.name, [...(byName.get(m.mention.name) ?? []), m]);
  // full given names before initials ("Erlan Dzhaksybekov" before "E. Dzhaksybekov")
  const names = [...byName.keys()].sort((a, b) => wordCount(b) - wordCount(a) || initials(a) - initials(b) || b.length - a.length || cmp(a, b));
  // "Lindiwe Mthembu Naidoo" beside "Ms Mthembu-Naidoo": a double-barrelled surname written with a
  // space is the hyphenated one the corpus also has, not the surname "Naidoo"
  const hyphenated = new Map(names.map((n) => lastWord(n)).filter((w) => w.includes("-")).map((w) => [foldName(w), w] as const));
  for (const name of names) {
    const members = byName.get(name)!;
    let words = name.split(" ");
    const barrelled = words.length >= 3 ? hyphenated.get(foldName(words.slice(-2).join(" "))) : undefined;
    if (barrelled) words = [...words.slice(0, -2), barrelled];
    // ("Du Plessis" is the surname of "Pieter du Plessis", not a given name and a surname)
    if (words.length === 2 && SURNAME_PARTICLES.has(words[0].toLowerCase())) words = [words.join(" ")];
    const surname = words.length === 1 ? lastWord(words[0]) : words[words.length - 1];
    const given = words.length > 1 ? words[0] : null;
    const matches = candidatesFor(surname).filter((g) => sameSurname(g.surname, surname) && givenAgree(g.given, given));
    // a bare surname that fits several full names belongs to the one spelled alike, else the most mentioned
    const exact = (g: Group) => (foldName(g.surname) === foldName(surname) ? 1 : 0);
    let target = matches.sort((a, b) => exact(b) - exact(a) || b.members.length - a.members.length || cmp(a.surname, b.surname))[0];
    // "Zhou" for "Zhou Wenbin": a family name written first
    if (!target && !given) {
      const surnameFirst = byGiven.get(foldName(surname)) ?? [];
      if (surnameFirst.length === 1 && !bySurname.has(foldName(surname))) target = surnameFirst[0];
    }
    if (target) {
      const code = !given ? (foldName(target.surname) === foldName(surname) ? "actor/surname-alone" : target.given && foldName(target.given) === foldName(surname) ? "actor/family-name-first" : "actor/sound-alike-surname") : foldName(target.surname) === foldName(surname) ? "actor/same-surname-and-given-name" : "actor/sound-alike-surname";
      target.members.push(...joined(members, code));
      if (!target.given && given) target.given = given;
    } else if (members.some((m) => !m.mention.weak)) {
      add({ given, surname, members: [...members] });
    }
  }
  return groups.map((g) => ({ kind: "person" as const, members: g.members }));
}

function givenAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  // "Andriy"/"Andrii"/"Andrey", "Olha"/"Olga": romanizations of one given name
  const ta = transliterationKey(fa);
  const tb = transliterationKey(fb);
  if (ta === tb || (ta.length >= 5 && tb.length >= 5 && ta.slice(0, 3) === tb.slice(0, 3) && damerauLevenshtein(ta, tb) <= 1)) return true;
  const codes = phoneticCodes(fa);
  return phoneticCodes(fb).some((c) => codes.includes(c)) || jaroWinkler(fa, fb) >= 0.88;
}

// Legal forms and industry words that a company's name may carry or drop: "General Motors
// Corporation" is "General Motors", "Ford Motor Company" is "Ford", "Fiat Group SpA" is "Fiat".
const LEGAL_FORMS = new Set("corporation corp inc incorporated co company ltd limited llc plc ag sa nv spa gmbh group holdings".split(" "));
const INDUSTRY_WORDS = new Set("motor motors auto automotive automobile automobiles airlines airways bank".split(" "));

/** The key organizations merge on: the folded name without a leading country ("US Federal
 *  Reserve") and without trailing legal forms; a one-word brand followed only by industry words
 *  ("Ford Motor") keys on the brand. */
export function organizationKey(name: string, isPlace: (word: string) => boolean): string {
  // "Israel’s Cabinet" is "Israeli Cabinet": a possessive country is a leading country too
  let words = foldName(name.replace(/[’']s(?=\s|$)/gu, "")).split(" ").filter(Boolean);
  while (words.length > 1 && (isPlace(words[0]) || (words[0] === "united" && words[1] === "states"))) words = words[0] === "united" ? words.slice(2) : words.slice(1);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words = words.slice(0, -1);
  if (words.length > 1 && words.slice(1).every((w) => INDUSTRY_WORDS.has(w) || LEGAL_FORMS.has(w))) words = words.slice(0, 1);
  return words.join(" ");
}

function clusterOrganizations(mentions: ActorMention[], isPlace: (word: string) => boolean): { kind: "organization"; members: ActorMention[] }[] {
  const byName = new Map<string, ActorMention[]>();
  const fullNames = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = organizationKey(m.mention.name, isPlace);
    byName.set(key, [...(byName.get(key) ?? []), m]);
    fullNames.set(key, (fullNames.get(key) ?? new Set()).add(foldName(m.mention.name)));
  }
  const keys = [...byName.keys()].sort();
  // an acronym spells the initials of the most mentioned organization it could stand for
  // ("ATTF" the Australian Table Tennis Federation, "GM" General Motors)
  const initials = new Map<string, string>();
  for (const key of keys) {
    for (const form of [key, ...[...fullNames.get(key)!].sort()]) {
      const words = form.split(" ").filter((w) => !["of", "the", "and", "for", "de"].includes(w) && !LEGAL_FORMS.has(w));
      if (words.length < 2) continue;
      // (and, from three words, the first word's first syllable: "Cosatu", "Natawu")
      const acronyms = [words.map((w) => w[0]).join(""), ...(words.length >= 3 ? [words[0].slice(0, 2) + words.slice(1).map((w) => w[0]).join("")] : [])];
      for (const acronym of acronyms) {
        const current = initials.get(acronym);
        if (!current || byName.get(key)!.length > byName.get(current)!.length) initials.set(acronym, key);
      }
    }
  }
  for (const key of keys) {
    // ("MUFC" for "Manchester United": a club's acronym adds the F.C. its name in the text drops)
    const full = /^[a-z]{2,6}s?$/.test(key) ? initials.get(key.replace(/s$/, "")) ?? initials.get(key) ?? initials.get(key.replace(/^(.{2,}?)(?:a?fc|cf)$/, "$1")) : undefined;
    // (an acronym of four letters or more may be written as a word: "Satawu", "Nehawu")
    if (full && byName.has(full) && full !== key && byName.get(key)!.every((m) => /^[A-Z.]+s?$/.test(m.mention.name) || (key.length >= 4 && /^[A-Z][a-z]+$/.test(m.mention.name) && full.split(" ").length >= 4))) {
      byName.get(full)!.push(...joined(byName.get(key)!, "actor/acronym"));
      byName.delete(key);
    }
  }
  // "Cobaltline" for "Cobaltline Systems", "Fed" for "Federal Reserve": a one-word name that
  // begins the name of exactly one longer organization is a short form of it
  for (const key of [...byName.keys()].sort()) {
    if (key.includes(" ") || key.length < 3) continue;
    // (only where the rest is the kind of body it is, "Systems", "Group", "Party": "OpenAI Board" is a
    // body of OpenAI and "Acme Summit" its event, neither is OpenAI or Acme)
    const generic = (k: string) => k.split(" ").slice(1).every((w) => (ORG_WORDS.has(w) && !SUB_BODIES.has(w)) || LEGAL_FORMS.has(w) || INDUSTRY_WORDS.has(w) || w.length <= 2);
    // (or, in one article, whatever the rest is but a body inside it, an event or a place it
    // runs: "Bluewater Dredging … Bluewater", not "the Harbour Summit … Harbour")
    const articles = new Set(byName.get(key)!.map((m) => m.articleId));
    // (nor a body of its own: "Transnet National Ports Authority" is a division of Transnet)
    const besideIt = (k: string) => k.split(" ").slice(1).every((w) => !ORG_WORDS.has(w) && !NOT_THE_BODY.has(w)) && byName.get(k)!.some((m) => articles.has(m.articleId));
    const longer = [...byName.keys()].filter((k) => k.includes(" ") && ((k.startsWith(`${key} `) && (generic(k) || besideIt(k))) || (key.length >= 3 && k.split(" ")[0] !== key && k.split(" ")[0].startsWith(key) && byName.get(key)!.every((m) => /^[A-Z][a-z]+$/.test(m.mention.name)))));
    // several: the most mentioned ("Cobaltline Systems" over "Cobaltline Board")
    longer.sort((a, b) => byName.get(b)!.length - byName.get(a)!.length || cmp(a, b));
    if (longer.length === 1 || (longer.length > 1 && byName.get(longer[0])!.length > byName.get(longer[1])!.length)) {
      byName.get(longer[0])!.push(...joined(byName.get(key)!, "actor/short-form"));
      byName.delete(key);
    }
  }
  // [A5] "Chrylser" beside a corpus full of "Chrysler": a one-word name one typo away (a letter
  // dropped, added, changed or two swapped) from a long name seen far more often is that name.
  // The other name may by now stand in a longer one's group ("Chrysler" with "Chrysler LLC"), so
  // the one-word forms are compared, blocked by first letter and length to keep the work linear.
  const blocks = new Map<string, { form: string; key: string }[]>();
  for (const [key, members] of byName) {
    for (const form of new Set(members.map((m) => foldName(m.mention.name)))) {
      if (form.includes(" ") || form.length < 6) continue;
      const block = `${form[0]}:${form.length}`;
      const list = blocks.get(block);
      if (list) list.push({ form, key });
      else blocks.set(block, [{ form, key }]);
    }
  }
  for (const key of [...byName.keys()].sort()) {
    if (key.includes(" ") || key.length < 7 || !byName.has(key)) continue;
    const count = byName.get(key)!.length;
    const target = [key.length - 1, key.length, key.length + 1]
      .flatMap((n) => blocks.get(`${key[0]}:${n}`) ?? [])
      .filter((c) => c.key !== key && byName.has(c.key) && byName.get(c.key)!.length >= 3 * count && damerauLevenshtein(c.form, key) === 1)
      .map((c) => c.key)
      .sort((a, b) => byName.get(b)!.length - byName.get(a)!.length || cmp(a, b))[0];
    if (target) {
      byName.get(target)!.push(...joined(byName.get(key)!, "actor/one-typo"));
      byName.delete(key);
    }
  }
  mergeByWordStems(byName);
  mergeClippedForms(byName);
  return [...byName.values()].filter((members) => members.some((m) => !m.mention.weak)).map((members) => ({ kind: "organization" as const, members }));
}

// the bodies inside an organization: "the OpenAI board" is not OpenAI
const SUB_BODIES = new Set("board council committee cabinet staff team office department ministry commission assembly command bureau guard".split(" "));
// particles that open a surname: "du Plessis", "van Dijk", "de la Cruz"
const SURNAME_PARTICLES = new Set("du van von de da di le la del della der den ter ten dos das".split(" "));
// what a name's first word may also name besides the body itself: its events, its foundation,
// its buildings and its products ("Ford" is not the "Ford Foundation", "Acme" not the "Acme Summit")
const NOT_THE_BODY = new Set(("summit conference forum cup games festival awards award prize foundation trust institute university school college " +
  "hospital museum centre center stadium arena park airport port station street road square bridge music news tv radio studios records").split(" "));
// words that say nothing of which body it is: "Ministry of Foreign Affairs" is the "Foreign Ministry"
const FILLER = new Set("of the and for de del la le affairs".split(" "));

/** A word's stem for comparing names of bodies: Porter's stem, after an adjective's "-al" or
 *  "-ial" on a long word ("presidential" → "president"), so "Presidential Office" and "President's
 *  Office" agree. */
function stemOf(word: string): string {
  const base = word.length >= 9 ? word.replace(/(?:ial|al)$/, "") : word;
  return porter(base);
}

/** The words of a name as a bag of stems, in any order: "Department of State" and "State
 *  Department", "Ministry of Finance" and "Finance Ministry", "Presidential Office" and
 *  "President's Office" have one bag. */
export function stemBag(key: string): string {
  return key.split(" ").filter((w) => w && !FILLER.has(w)).map(stemOf).sort().join(" ");
}

function mergeByWordStems(byName: Map<string, ActorMention[]>) {
  const byBag = new Map<string, string>();
  for (const key of [...byName.keys()].sort((a, b) => byName.get(b)!.length - byName.get(a)!.length || cmp(a, b))) {
    if (!key.includes(" ")) continue;
    const bag = stemBag(key);
    if (!bag.includes(" ")) continue;
    const target = byBag.get(bag);
    if (target === undefined) byBag.set(bag, key);
    else {
      byName.get(target)!.push(...joined(byName.get(key)!, "actor/same-word-stems"));
      byName.delete(key);
    }
  }
}

/** "Man United" for "Manchester United": a name each of whose words begins the same word of
 *  one longer name (three letters at least, one word whole) is a clipped form of it. */
function mergeClippedForms(byName: Map<string, ActorMention[]>) {
  const keys = [...byName.keys()].filter((k) => k.includes(" "));
  for (const key of [...keys].sort()) {
    if (!byName.has(key)) continue;
    const words = key.split(" ");
    const clips = (k: string) => {
      const other = k.split(" ");
      if (k === key || other.length !== words.length) return false;
      let whole = 0;
      let clipped = 0;
      for (let i = 0; i < words.length; i++) {
        if (words[i] === other[i]) whole++;
        else if (words[i].length >= 3 && other[i].length > words[i].length && other[i].startsWith(words[i])) clipped++;
        else return false;
      }
      return whole >= 1 && clipped >= 1;
    };
    const targets = keys.filter((k) => byName.has(k) && clips(k));
    if (targets.length === 1) {
      byName.get(targets[0])!.push(...joined(byName.get(key)!, "actor/clipped-form"));
      byName.delete(key);
    }
  }
}

/** The mentions that a rule joined to an actor, with the rule's code in their provenance. */
function joined(members: ActorMention[], code: string): ActorMention[] {
  return members.map((m) => ({ ...m, mention: because(m.mention, code, {}) }));
}

function toCluster(kind: "person" | "organization", members: ActorMention[]): ActorCluster {
  const names = members.map((m) => m.mention.name);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = [...counts.keys()].sort((a, b) => wordCount(b) - wordCount(a) || initials(a) - initials(b) || counts.get(b)! - counts.get(a)! || cmp(a, b))[0];
  // the descriptive phrases too: "U.S. automaker GM" and "the White House Press Secretary" are how the text refers to them
  const aliases = [...new Set(members.flatMap((m) => [m.mention.name, m.mention.surface, ...(m.mention.phrases ?? [])]))].sort(cmp);
  const roles = [...new Set(members.map((m) => m.mention.role).filter((r): r is string => !!r))].sort(cmp);
  return { kind, name, aliases, roles, mentions: members };
}

const wordCount = (name: string) => name.split(" ").length;
const initials = (name: string) => name.split(" ").filter((w) => /^\p{Lu}\.?$/u.test(w)).length;
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const surnameKey = (name: string) => foldName(lastWord(name));
