import type { Timeline } from "../model/timeline";

// Scores timeline data against a gold annotation in the shape of shared/gold/seeds.gold.json,
// by the same rules as shared/tools/score-events.mjs, so users can measure extraction on their
// own annotated articles: an event matches a gold event when the type agrees (types other than
// meeting and statement count as "other"), the date agrees at the gold precision, and an actor
// agrees (or, where the gold names no actor, a source excerpt overlaps the gold evidence).
// Matching is one-to-one, so duplicates cost precision.

export interface GoldEvent {
  id: string;
  type: string;
  date: string | null;
  date_precision: string;
  status?: string;
  actors: string[];
  location: string | null;
  optional?: boolean;
  /** `start`, when given, is where the evidence lies in the article (a timeline used as the
   *  gold knows it); otherwise the evidence is found by its words. */
  mentions: { article: string; evidence: string; start?: number }[];
}

export interface Gold {
  actors?: { name: string; aliases?: string[] }[];
  locations?: { name: string; aliases?: string[] }[];
  events: GoldEvent[];
}

export interface EventScore {
  predicted: number;
  goldRequired: number;
  matchedRequired: number;
  precision: number;
  recall: number;
  f1: number;
  actorPrecision: number;
  actorRecall: number;
  locationAccuracy: number;
  statusAccuracy: number;
  multiSourceMerged: [number, number];
  fragmentedActors: string[];
  invalidExcerpts: [number, number];
  missed: string[];
  unmatchedPredicted: string[];
}

const norm = (s: string | undefined) =>
  String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’'`]/g, "'").replace(/^the\s+/, "")
    .replace(/[^a-z0-9' ]+/g, " ").replace(/\s+/g, " ").trim();
const typeOf = (t: string) => (t === "meeting" || t === "statement" ? t : "other");
const round = (n: number) => Math.round(n * 1000) / 1000;

export function scoreEvents(pred: Timeline, gold: Gold, types?: string[]): EventScore {
  const goldActorByForm = new Map<string, string>();
  for (const a of gold.actors ?? []) for (const f of [a.name, ...(a.aliases ?? [])]) goldActorByForm.set(norm(f), a.name);
  const goldLocByForm = new Map<string, string>();
  for (const l of gold.locations ?? []) for (const f of [l.name, ...(l.aliases ?? [])]) goldLocByForm.set(norm(f), l.name);
  const actorsById = new Map(pred.actors.map((a) => [a.id, a]));
  const locsById = new Map(pred.locations.map((l) => [l.id, l]));
  const texts = new Map(pred.articles.map((a) => [a.id, a.text]));
  const formsOf = (x: { name: string; aliases: string[] } | undefined) => (x ? [x.name, ...x.aliases] : []);
  const goldNames = (ids: string[], byId: Map<string, { name: string; aliases: string[] }>, byForm: Map<string, string>) =>
    new Set(ids.flatMap((id) => formsOf(byId.get(id)).map((f) => byForm.get(norm(f))).filter((x): x is string => !!x)));

  const keep = (t: string) => !types || types.includes(typeOf(t));
  const goldEvents = gold.events.filter((g) => keep(g.type)).map((g) => ({
    ...g,
    spans: g.mentions.flatMap((m) => {
      const text = texts.get(m.article) ?? "";
      const start = m.start !== undefined && text.startsWith(m.evidence, m.start) ? m.start : text.indexOf(m.evidence);
      return start < 0 ? [] : [{ article: m.article, start, end: start + m.evidence.length }];
    }),
  }));
  const predEvents = pred.events.filter((p) => keep(p.type));
  const dateAgrees = (p: (typeof predEvents)[number], g: GoldEvent) => {
    if (g.date_precision === "unknown" || !g.date) return true;
    if (!p.date) return false;
    return g.date_precision === "day" ? p.date.slice(0, 10) === g.date : p.date.startsWith(g.date);
  };
  const candidates: { pi: number; gi: number; score: number }[] = [];
  predEvents.forEach((p, pi) => {
    const actors = goldNames(p.actorIds, actorsById, goldActorByForm);
    goldEvents.forEach((g, gi) => {
      if (typeOf(p.type) !== g.type || !dateAgrees(p, g)) return;
      const common = [...actors].filter((a) => g.actors.includes(a)).length;
      const overlap = p.sources.some((s) => g.spans.some((x) => x.article === s.articleId && s.start < x.end && x.start < s.end));
      if (g.actors.length ? common === 0 : !overlap) return;
      candidates.push({ pi, gi, score: common + (overlap ? 0.5 : 0) });
    });
  });
  // a stable sort keeps the scan order on ties, as the reference scorer's does
  candidates.sort((a, b) => b.score - a.score);
  const predTaken = new Set<number>();
  const goldTaken = new Map<number, number>();
  for (const c of candidates) {
    if (predTaken.has(c.pi) || goldTaken.has(c.gi)) continue;
    predTaken.add(c.pi);
    goldTaken.set(c.gi, c.pi);
  }
  const required = goldEvents.filter((g) => !g.optional);
  const matchedRequired = required.filter((g) => goldTaken.has(goldEvents.indexOf(g)));
  const precision = predEvents.length ? predTaken.size / predEvents.length : 0;
  const recall = required.length ? matchedRequired.length / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

  let actorTp = 0, actorPred = 0, actorGold = 0, locOk = 0, locN = 0, statusOk = 0, provOk = 0, provN = 0;
  for (const [gi, pi] of goldTaken) {
    const g = goldEvents[gi];
    const p = predEvents[pi];
    const actors = goldNames(p.actorIds, actorsById, goldActorByForm);
    actorPred += p.actorIds.length;
    actorGold += g.actors.length;
    actorTp += g.actors.filter((a) => actors.has(a)).length;
    if (g.location) {
      locN++;
      if (goldNames(p.locationIds, locsById, goldLocByForm).has(g.location)) locOk++;
    }
    if (p.status === (g.status ?? "occurred")) statusOk++;
    const arts = new Set(g.mentions.map((m) => m.article));
    if (arts.size > 1) {
      provN++;
      if ([...arts].every((a) => p.sources.some((s) => s.articleId === a))) provOk++;
    }
  }
  const clusters = new Map<string, number>();
  for (const a of pred.actors) for (const name of new Set(formsOf(a).map((f) => goldActorByForm.get(norm(f))).filter((x): x is string => !!x))) clusters.set(name, (clusters.get(name) ?? 0) + 1);
  let bad = 0, excerpts = 0;
  for (const p of predEvents) for (const s of p.sources) {
    excerpts++;
    if (texts.get(s.articleId)?.slice(s.start, s.end) !== s.text) bad++;
  }
  const pct = (n: number, d: number) => (d ? n / d : 1);
  return {
    predicted: predEvents.length, goldRequired: required.length, matchedRequired: matchedRequired.length,
    precision: round(precision), recall: round(recall), f1: round(f1),
    actorPrecision: round(pct(actorTp, actorPred)), actorRecall: round(pct(actorTp, actorGold)),
    locationAccuracy: round(pct(locOk, locN)), statusAccuracy: round(pct(statusOk, goldTaken.size)),
    multiSourceMerged: [provOk, provN],
    fragmentedActors: [...clusters].filter(([, n]) => n > 1).map(([name, n]) => `${name}×${n}`),
    invalidExcerpts: [bad, excerpts],
    missed: required.filter((g) => !goldTaken.has(goldEvents.indexOf(g))).map((g) => g.id),
    unmatchedPredicted: predEvents.filter((_, i) => !predTaken.has(i)).map((p) => `${p.type} ${p.date ?? "undated"} ${(p.sources[0]?.text ?? "").slice(0, 70)}`),
  };
}
