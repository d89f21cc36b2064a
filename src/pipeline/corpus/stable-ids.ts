import type { EventType } from "../../model/timeline";
import { slug, uniqueIds } from "./slug";

// Ids that last. Links, bookmarks and corrections name events and actors by id, so an id is made
// only from evidence that the entity's own articles hold, never from a title, a display name or
// a count that another article can change:
//
// - A report (one article's account of an event, before the corpus merges the accounts of one
//   happening) is named by its own date and type and a hash of its article's id and its
//   excerpts' offsets: "2025-12-02-meeting-3f9a1c2b7e". No other article changes any of that.
// - An event takes the id of its earliest report: the first published, then by article id and
//   offset. That order reads each report alone, so the id changes only when the event's own
//   reports do: an article that reports it (a merge, or an earlier account), or that changes
//   what it shares with another event (an actor's spelling that joins two actors). Then every
//   other report's id is kept in the event's `formerIds`, so each id the event had, or that a
//   report of it had alone, still finds it. A report belongs to one event, so a former id names
//   one event, never a current one.
// - An actor is named by its canonical name, as a slug ("steve-witkoff"); its other names (the
//   forms its mentions take, among them every name it was ever canonical under, since a mention
//   keeps its name) are its former ids. A name two actors give is the former id of the one that
//   holds its earliest mention.
//
// So re-extracting a folder gives the same ids, whatever order the files are read or the
// workers finish in; adding or removing articles changes no id of an event or actor they do not
// touch; and every id an event or actor had before is its id or one of its former ids, as long
// as the article that held its evidence is still there.

/** One article's account of an event: what its id is made of. */
export interface ReportEvidence {
  articleId: string;
  type: EventType;
  date: string | null;
  sources: readonly { start: number; end: number }[];
}

const REPORT_HASH_LENGTH = 10; // hex digits, 40 bits: two reports of one date and type clash about once in a trillion pairs

/** Each report's id, in the order given. Two accounts in one article with the same type, date
 *  and excerpts are told apart by their order in the article, which only that article sets. */
export function reportIds(reports: readonly ReportEvidence[]): string[] {
  const seen = new Map<string, number>();
  const bases = reports.map((r) => {
    const spans = [...r.sources].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => `${s.start}-${s.end}`).join(",");
    const key = `${r.articleId}\n${r.type}\n${r.date ?? ""}\n${spans}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${r.date ?? "undated"}-${r.type}-${shortHash(n === 1 ? key : `${key}\n${n}`, REPORT_HASH_LENGTH)}`;
  });
  // two different reports whose hashes clash (practically never) are numbered in the order of
  // the articles, the one place another article can touch an id
  return uniqueIds(bases);
}

/** Where a report stands in the order that picks an event's id: its article's publication date
 *  (none known: last), its article, its first excerpt. */
export interface ReportPlace {
  id: string;
  published: string | null;
  articleId: string;
  start: number;
}

/** An event's id, its earliest report's, and the ids of its other reports, sorted. */
export function eventId(reports: readonly ReportPlace[]): { id: string; formerIds: string[] } {
  const [first, ...rest] = [...reports].sort(earliestFirst);
  return { id: first.id, formerIds: [...new Set(rest.map((r) => r.id))].filter((id) => id !== first.id).sort(cmp) };
}

const earliestFirst = (a: ReportPlace, b: ReportPlace) => cmp(a.published ?? "~", b.published ?? "~") || cmp(a.articleId, b.articleId) || a.start - b.start || cmp(a.id, b.id);

/** An actor as its id is made: its canonical name, and each of its mentions by the name it
 *  gives and where it stands in the order of reports. */
export interface ActorEvidence {
  name: string;
  mentions: readonly (Omit<ReportPlace, "id"> & { name: string })[];
}

const TWIN_HASH_LENGTH = 6; // hex digits: only actors of one name are told apart by it

/**
 * Each actor's id and former ids. The id is the slug of its canonical name; of two actors with
 * one name (a person and a company both called "Hale"), the one mentioned earliest keeps the
 * slug and the other adds a hash of where it is first mentioned, which no count of other actors
 * changes. The former ids are the slugs of its other names that are no actor's id. A name two
 * actors give (a bare "Hale" in each) is the former id of the one that holds its earliest
 * mention: an id made of that name named the actor those words were read as.
 */
export function actorIds(actors: readonly ActorEvidence[]): { id: string; formerIds: string[] }[] {
  const earliest = (mentions: ActorEvidence["mentions"]) => mentions.reduce((min, m) => (earliestFirst({ ...m, id: "" }, { ...min, id: "" }) < 0 ? m : min));
  const firsts = actors.map((a) => earliest(a.mentions));
  const bases = actors.map((a) => slug(a.name));
  const byBase = new Map<string, number[]>();
  bases.forEach((base, i) => byBase.set(base, [...(byBase.get(base) ?? []), i]));
  const named = bases.map((base, i) => {
    const twins = byBase.get(base)!;
    if (twins.length === 1) return base;
    const eldest = twins.reduce((x, y) => (earliestFirst({ ...firsts[y], id: "" }, { ...firsts[x], id: "" }) < 0 ? y : x));
    if (eldest === i) return base;
    return `${base}-${shortHash(`${firsts[i].articleId}@${firsts[i].start}`, TWIN_HASH_LENGTH)}`;
  });
  const ids = uniqueIds(named);
  const current = new Set(ids);
  // each name's slug goes to the actor holding its earliest mention
  const holder = new Map<string, { actor: number; at: ReportPlace }>();
  actors.forEach((a, i) => {
    for (const m of a.mentions) {
      const key = slug(m.name);
      if (current.has(key)) continue;
      const at = { ...m, id: "" };
      const held = holder.get(key);
      if (!held || earliestFirst(at, held.at) < 0) holder.set(key, { actor: i, at });
    }
  });
  const formerIds = ids.map(() => [] as string[]);
  for (const [key, { actor }] of holder) formerIds[actor].push(key);
  return ids.map((id, i) => ({ id, formerIds: formerIds[i].sort(cmp) }));
}

/** A short hex digest of `text` (cyrb53, 53 bits): the same text gives the same digest on every
 *  machine and in the browser, with no node: import. */
export function shortHash(text: string, length: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  // the low digits: the top one holds a single bit
  return value.toString(16).padStart(14, "0").slice(-length);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
