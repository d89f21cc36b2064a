import doubleMetaphone from "talisman/phonetics/double-metaphone";
import jaroWinkler from "talisman/metrics/jaro-winkler";
import type { Mention } from "../mentions/find-mentions";
import { lastWord, sameSurname } from "../mentions/resolve-mentions";
import { foldName } from "../text/fold";

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
 *  acronym joins the organization whose initials it spells ("GM" → "General Motors"). [A3] The
 *  canonical name is the fullest form seen. */
export function mergeNameVariants(mentions: ActorMention[]): ActorCluster[] {
  const people = mentions.filter((m) => m.mention.kind === "person");
  const orgs = mentions.filter((m) => m.mention.kind === "organization");
  return [...clusterPeople(people), ...clusterOrganizations(orgs)];
}

interface Group {
  given: string | null;
  surname: string;
  members: ActorMention[];
}

function clusterPeople(mentions: ActorMention[]): ActorCluster[] {
  const groups: Group[] = [];
  const blocks = new Map<string, Group[]>();
  const keysOf = (surname: string) => [...new Set([...doubleMetaphone(foldName(surname)), `first:${foldName(surname).slice(0, 3)}`])];
  const candidatesFor = (surname: string) => [...new Set(keysOf(surname).flatMap((k) => blocks.get(k) ?? []))];
  const add = (g: Group) => {
    groups.push(g);
    for (const k of keysOf(g.surname)) blocks.set(k, [...(blocks.get(k) ?? []), g]);
  };
  // full names first, longest first, so that a bare surname finds its full name
  const ordered = [...mentions].sort((a, b) => wordCount(b.mention.name) - wordCount(a.mention.name) || cmp(a.mention.name, b.mention.name));
  for (const m of ordered) {
    const words = m.mention.name.split(" ");
    const surname = words[words.length - 1];
    const given = words.length > 1 ? words[0] : null;
    const matches = candidatesFor(surname).filter((g) => sameSurname(g.surname, surname) && givenAgree(g.given, given));
    // a bare surname that fits several full names belongs to the most mentioned one
    const target = matches.sort((a, b) => b.members.length - a.members.length || cmp(a.surname, b.surname))[0];
    if (target) {
      target.members.push(m);
      if (!target.given && given) target.given = given;
    } else if (!m.mention.weak) {
      add({ given, surname, members: [m] });
    }
  }
  return groups.map((g) => toCluster("person", g.members));
}

function givenAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  const codes = doubleMetaphone(fa);
  return doubleMetaphone(fb).some((c: string) => codes.includes(c)) || jaroWinkler(fa, fb) >= 0.88;
}

function clusterOrganizations(mentions: ActorMention[]): ActorCluster[] {
  const byName = new Map<string, ActorMention[]>();
  for (const m of mentions) {
    const key = foldName(m.mention.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const keys = [...byName.keys()].sort();
  const initials = new Map<string, string>();
  for (const key of keys) {
    const words = key.split(" ").filter((w) => !["of", "the", "and", "for", "de"].includes(w));
    if (words.length >= 2) initials.set(words.map((w) => w[0]).join(""), key);
  }
  for (const key of keys) {
    const full = !key.includes(" ") ? initials.get(key) : undefined;
    if (full && byName.has(full) && full !== key) {
      byName.get(full)!.push(...byName.get(key)!);
      byName.delete(key);
    }
  }
  return [...byName.values()].filter((members) => members.some((m) => !m.mention.weak)).map((members) => toCluster("organization", members));
}

function toCluster(kind: "person" | "organization", members: ActorMention[]): ActorCluster {
  const names = members.map((m) => m.mention.name);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const name = [...counts.keys()].sort((a, b) => wordCount(b) - wordCount(a) || counts.get(b)! - counts.get(a)! || cmp(a, b))[0];
  const aliases = [...new Set(members.flatMap((m) => [m.mention.name, m.mention.surface]))].sort(cmp);
  const roles = [...new Set(members.map((m) => m.mention.role).filter((r): r is string => !!r))].sort(cmp);
  return { kind, name, aliases, roles, mentions: members };
}

const wordCount = (name: string) => name.split(" ").length;
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const surnameKey = (name: string) => foldName(lastWord(name));
