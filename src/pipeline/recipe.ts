import type { Actor, Article, Diagnostic, Event, Location, Timeline } from "../model/timeline";
import { analyzeArticle, type ArticleAnalysis, type ArticleFile } from "./articles/analyze-article";
import { RejectedFile } from "./articles/decode-file";
import { mergeEvents, type CorpusEvent } from "./corpus/merge-events";
import { cmp, mergeNameVariants, type ActorMention } from "./corpus/merge-name-variants";
import { reconcileKinds } from "./corpus/reconcile-kinds";
import { slug, uniqueIds } from "./corpus/slug";
import { actorIds, eventId, reportIds, type ReportPlace } from "./corpus/stable-ids";
import { placeKeyOf } from "./events/find-events";
import type { Gazetteer, Place } from "./places/gazetteer";
import { foldName } from "./text/fold";

export type { ArticleFile } from "./articles/analyze-article";

export interface ArticleReport {
  file: string;
  sentences: number;
  events: number;
  warnings: string[];
}

export interface RunReport {
  articles: ArticleReport[];
  diagnostics: Diagnostic[];
}

/** The extractor, as a recipe. Per article (independent, so they can run in parallel):
 *    decode → header → lines and page debris → sentences → dates → names → events
 *  (see articles/analyze-article.ts). Then over the corpus:
 *    dropDuplicateArticles → reconcileKinds → mergeNameVariants (actors) → gatherLocations (each
 *    with the region or country it lies in) →
 *    mergeEvents (one happening, however many articles report it; see corpus/merge-events.ts) →
 *    nameAndOrder (titles, ids, who reports each event, deterministic order).
 *  Event and actor ids are made from each one's own evidence, so they last when articles are
 *  added or removed, and an id that must change is kept as a former id (corpus/stable-ids.ts).
 *  Then, when the folder holds a reader's corrections (corrections.json, applied by the CLI):
 *    applyCorrections (hide, set fields, rename, retype, merge; see corpus/apply-corrections.ts). */
export function extractTimeline(files: ArticleFile[], gazetteer: Gazetteer): { timeline: Timeline; report: RunReport } {
  const ordered = [...files].sort((a, b) => cmp(a.path, b.path));
  return extractFromResults(ordered.map((file) => analyzeSafely(file, gazetteer)), gazetteer);
}

/** The per-article stage for one file, or the diagnostic that says why the file was skipped:
 *  one article that trips the extractor must not cost the others. */
export function analyzeSafely(file: ArticleFile, gazetteer: Gazetteer): ArticleAnalysis | Diagnostic {
  try {
    return analyzeArticle(file, gazetteer);
  } catch (error) {
    const message = error instanceof RejectedFile ? `skipped: ${error.message}` : `skipped: the extractor failed on this file (${error instanceof Error ? error.message : String(error)}); please report it with the file attached`;
    return { file: file.path, severity: "error", message, skipped: true };
  }
}

/** The corpus stages over per-article results, however they were computed (here or in workers). */
export function extractFromResults(results: (ArticleAnalysis | Diagnostic)[], gazetteer: Gazetteer): { timeline: Timeline; report: RunReport } {
  const analyses = results.filter((r): r is ArticleAnalysis => "article" in r);
  const failures = results.filter((r): r is Diagnostic => !("article" in r));
  const result = assembleTimeline(analyses, gazetteer);
  return {
    timeline: { ...result.timeline, diagnostics: [...result.timeline.diagnostics, ...failures] },
    report: { ...result.report, diagnostics: [...result.report.diagnostics, ...failures] },
  };
}

/** The corpus half of the recipe, for callers that ran the article stage themselves. */
export function assembleTimeline(analyses: ArticleAnalysis[], gazetteer: Gazetteer): { timeline: Timeline; report: RunReport } {
  const sorted = [...analyses].sort((a, b) => cmp(a.article.path, b.article.path));
  const deduped = dropDuplicateArticles(sorted);
  const diagnostics = deduped.diagnostics;
  const isCountry = (word: string) => gazetteer.lookup(word)?.kind === "country" || gazetteer.demonym(word)?.kind === "country";
  const reconciled = reconcileKinds(deduped.kept.map((a) => a.mentions), isCountry);
  const kept = deduped.kept.map((a, i) => {
    const byStart = new Map(reconciled[i].map((m) => [m.start, m]));
    return { ...a, mentions: reconciled[i], events: a.events.map((e) => ({ ...e, actors: e.actors.map((m) => byStart.get(m.start) ?? m) })) };
  });
  const publishedById = new Map(kept.map((a) => [a.article.id, a.article.published]));
  const actors = buildActors(kept, gazetteer, publishedById);
  const locations = gatherLocations(kept, gazetteer);
  const locationById = new Map(locations.list.map((l) => [l.id, l]));
  const reports = nameReports(kept);
  const merged = mergeEvents(toCorpusEvents(kept, reports.ids, actors.idOf, locations.idOf), { placeOf: (id) => locationById.get(id), publishedOf: (id) => publishedById.get(id) });
  const events = nameAndOrder(merged, kept, actors.list, locations.list, reports.places);
  const allDiagnostics = [...sorted.flatMap((a) => a.diagnostics), ...diagnostics];
  const timeline: Timeline = {
    schemaVersion: 1,
    articles: kept.map((a) => a.article),
    actors: actors.list,
    locations: locations.list,
    events,
    diagnostics: allDiagnostics,
  };
  const eventsPerArticle = new Map<string, number>();
  for (const e of events) for (const id of new Set(e.sources.map((s) => s.articleId))) eventsPerArticle.set(id, (eventsPerArticle.get(id) ?? 0) + 1);
  const report: RunReport = {
    articles: sorted.map((a) => ({
      file: a.article.path,
      sentences: a.sentenceCount,
      events: eventsPerArticle.get(a.article.id) ?? 0,
      warnings: allDiagnostics.filter((d) => d.file === a.article.path).map((d) => d.message),
    })),
    diagnostics: allDiagnostics,
  };
  return { timeline, report };
}

/** The same article saved twice under two names is read once; the copy is named in the report.
 *  So is a second file with the same id (`a.txt` beside `a.html`): links name an article by id. */
function dropDuplicateArticles(analyses: ArticleAnalysis[]): { kept: ArticleAnalysis[]; diagnostics: Diagnostic[] } {
  const seen = new Map<string, string>();
  const ids = new Map<string, string>();
  const kept: ArticleAnalysis[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const a of analyses) {
    const other = ids.get(a.article.id);
    if (other !== undefined) {
      diagnostics.push({ file: a.article.path, severity: "warning", message: `skipped: ${other} has the same name, and so the same article id "${a.article.id}"; rename or remove one of the two`, skipped: true });
      continue;
    }
    ids.set(a.article.id, a.article.path);
    const body = a.article.text.trim();
    const first = seen.get(body);
    if (first !== undefined && body) {
      diagnostics.push({ file: a.article.path, severity: "warning", message: `skipped: the same article as ${first}; remove one of the two copies`, skipped: true });
      continue;
    }
    seen.set(body, a.article.path);
    kept.push(a);
  }
  return { kept, diagnostics };
}

const mentionKey = (articleId: string, start: number) => `${articleId}@${start}`;

function buildActors(analyses: ArticleAnalysis[], gazetteer: Gazetteer, publishedById: Map<string, string | null>) {
  const mentions: ActorMention[] = analyses.flatMap((a) =>
    a.mentions.filter((m) => m.kind === "person" || m.kind === "organization").map((mention) => ({ articleId: a.article.id, mention })),
  );
  const isCountry = (word: string) => gazetteer.lookup(word)?.kind === "country" || gazetteer.demonym(word)?.kind === "country";
  const countryOf = (word: string) => {
    const place = gazetteer.lookup(word) ?? gazetteer.demonym(word);
    return place?.kind === "country" ? place.key : undefined;
  };
  // the countries each story names, by its places and nationalities
  const countries = new Map<string, Map<string, number>>();
  for (const a of analyses) {
    const counts = new Map<string, number>();
    for (const m of a.mentions) {
      const country = m.place?.kind === "country" ? m.place.key : m.place?.country ? `country:${m.place.country}` : m.nationality;
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    countries.set(a.article.id, counts);
  }
  const clusters = mergeNameVariants(mentions, isCountry, countryOf, (id) => countries.get(id) ?? new Map()).sort((a, b) => cmp(a.name, b.name) || cmp(a.kind, b.kind));
  const spansOf = clusters.map((c) =>
    c.mentions.map((m) => ({ articleId: m.articleId, start: m.mention.start, end: m.mention.end, rules: m.mention.rules ?? [] })).sort((a, b) => cmp(a.articleId, b.articleId) || a.start - b.start),
  );
  const ids = actorIds(
    clusters.map((c) => ({
      name: c.name,
      mentions: c.mentions.map((m) => ({ name: m.mention.name, published: publishedById.get(m.articleId) ?? null, articleId: m.articleId, start: m.mention.start })),
    })),
  );
  const idOf = new Map<string, string>();
  const list: Actor[] = clusters.map((c, i) => {
    const { id, formerIds } = ids[i];
    for (const m of c.mentions) idOf.set(mentionKey(m.articleId, m.mention.start), id);
    const rules = [...new Set(spansOf[i].flatMap((s) => s.rules))].sort(cmp);
    return { id, name: c.name, kind: c.kind, aliases: c.aliases, roles: c.roles, mentions: spansOf[i], rules, ...(formerIds.length > 0 ? { formerIds } : {}) };
  });
  return { list, idOf };
}

function gatherLocations(analyses: ArticleAnalysis[], gazetteer: Gazetteer) {
  const groups = new Map<string, { place: Place | undefined; name: string; aliases: Set<string>; forms: Map<string, number>; spans: { articleId: string; start: number; end: number }[] }>();
  const keyOf = new Map<string, string>();
  for (const a of analyses) {
    for (const m of a.mentions) {
      if (m.kind !== "location") continue;
      const key = placeKeyOf(m);
      const place = m.place?.within ? gazetteer.byKey(m.place.within) : m.place;
      const group = groups.get(key) ?? { place, name: place?.name ?? m.name, aliases: new Set<string>(), forms: new Map<string, number>(), spans: [] };
      group.aliases.add(m.surface);
      group.forms.set(m.name, (group.forms.get(m.name) ?? 0) + 1);
      group.spans.push({ articleId: a.article.id, start: m.start, end: m.end });
      groups.set(key, group);
      keyOf.set(mentionKey(a.article.id, m.start), key);
    }
  }
  // the region or country a place lies in, so that choosing Florida can include Miami. A
  // country no article names is listed too, without mentions, so that the places nest; a region
  // only when an article names it, in the article's words: the gazetteer's region names are not
  // all English ("Región Metropolitana de Santiago"), and its country names are
  const parentOf = (place: Place | undefined): Place | undefined => {
    if (!place || place.kind === "country") return undefined;
    const region = place.kind === "city" ? gazetteer.regionOf(place) : undefined;
    if (region && groups.has(region.key)) return region;
    return place.country ? gazetteer.byKey(`country:${place.country}`) : undefined;
  };
  const parentKey = new Map<string, string>();
  for (const [key, group] of [...groups]) {
    for (let child = key, parent = parentOf(group.place); parent && !parentKey.has(child); child = parent.key, parent = parentOf(parent)) {
      parentKey.set(child, parent.key);
      if (!groups.has(parent.key)) groups.set(parent.key, { place: parent, name: parent.name, aliases: new Set(), forms: new Map(), spans: [] });
    }
  }
  const entries = [...groups.entries()].sort((a, b) => cmp(a[1].name, b[1].name) || cmp(a[0], b[0]));
  const ids = uniqueIds(entries.map(([, g]) => slug(g.name)));
  const idByKey = new Map(entries.map(([key], i) => [key, ids[i]]));
  // the gazetteer's transliteration ("Vovchans’k") yields to the text's spelling when they fold alike
  // (but a dateline's capitals are not a spelling: "PORTO" stays "Porto")
  // and a city's local form ("München", "Lisboa") yields to the English form the text uses for the
  // same place ("Munich"): the form the text writes most that the gazetteer takes to that place
  const english = (g: { place: Place | undefined; forms: Map<string, number> }) => {
    if (!g.place || g.place.kind === "country" || g.place.within) return undefined;
    const titled = (f: string) => (f === f.toUpperCase() && f.length > 3 ? f.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : f);
    return [...g.forms]
      .filter(([f]) => gazetteer.lookup(f)?.key === g.place!.key)
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .map(([f]) => titled(f))[0];
  };
  // a country named with letters English does not use ("Türkiye") takes the name the text writes
  // for it most ("Turkey", matched by its sound); an abbreviation ("TR", "U.S.") is no name
  const englishCountry = (g: { place: Place | undefined; forms: Map<string, number> }) => {
    if (g.place?.kind !== "country" || /^\p{ASCII}*$/u.test(g.place.name)) return undefined;
    return [...g.forms]
      .filter(([f]) => /\p{Ll}/u.test(f) && !f.includes("."))
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0];
  };
  const displayName = (g: { name: string; place: Place | undefined; aliases: Set<string>; forms: Map<string, number> }) =>
    [...g.aliases].sort(cmp).find((a) => foldName(a) === foldName(g.name) && a !== a.toUpperCase()) ?? english(g) ?? englishCountry(g) ?? g.name;
  const list: Location[] = entries.map(([key, g], i) => ({
    id: ids[i],
    name: displayName(g),
    kind: g.place?.kind ?? "place",
    ...(g.place?.country ? { country: g.place.country } : {}),
    ...(parentKey.has(key) ? { within: idByKey.get(parentKey.get(key)!)! } : {}),
    aliases: [...g.aliases].sort(cmp),
    ...(g.place?.lat !== undefined && g.place?.lon !== undefined ? { lat: g.place.lat, lon: g.place.lon } : {}),
    mentions: g.spans,
  }));
  const idOf = new Map([...keyOf].map(([mk, key]) => [mk, idByKey.get(key)!]));
  return { list, idOf };
}

/** Each article's events as reports (one article's account of an event, before the merge): their
 *  ids, article by article and event by event, and where each stands in the order that picks
 *  an event's id. */
function nameReports(analyses: ArticleAnalysis[]): { ids: string[][]; places: Map<string, ReportPlace> } {
  const flat = reportIds(analyses.flatMap((a) => a.events.map((e) => ({ articleId: a.article.id, type: e.type, date: e.date, sources: e.sources }))));
  const places = new Map<string, ReportPlace>();
  let k = 0;
  const ids = analyses.map((a) =>
    a.events.map((e) => {
      const id = flat[k++];
      places.set(id, { id, published: a.article.published, articleId: a.article.id, start: Math.min(...e.sources.map((s) => s.start)) });
      return id;
    }),
  );
  return { ids, places };
}

function toCorpusEvents(analyses: ArticleAnalysis[], reportIdsOf: string[][], actorIdOf: Map<string, string>, locationIdOf: Map<string, string>): CorpusEvent[] {
  return analyses.flatMap((a, i) =>
    a.events.map((e, j) => {
      const articleId = a.article.id;
      const actorIds = unique(e.actors.map((m) => actorIdOf.get(mentionKey(articleId, m.start))));
      const locationIds = unique(e.locations.map((m) => locationIdOf.get(mentionKey(articleId, m.start))));
      return {
        type: e.type, status: e.status, date: e.date, precision: e.precision,
        dateBasis: e.dateBasis ? { ...e.dateBasis, articleId } : null,
        actorIds, locationIds,
        quotes: e.quotes.map((q) => ({ articleId, start: q.start, end: q.end, speakerId: q.speaker ? actorIdOf.get(mentionKey(articleId, q.speaker.start)) ?? null : null })),
        sources: e.sources.map((s) => ({ articleId, start: s.start, end: s.end })),
        rules: [...(e.rules ?? [])],
        reports: [reportIdsOf[i][j]],
      };
    }),
  );
}

function nameAndOrder(events: CorpusEvent[], analyses: ArticleAnalysis[], actors: Actor[], locations: Location[], reports: Map<string, ReportPlace>): Event[] {
  const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
  const outlets = new Map(analyses.map((a) => [a.article.id, outletOf(a.article)]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const bySpan = (a: { articleId: string; start: number }, b: { articleId: string; start: number }) => cmp(a.articleId, b.articleId) || a.start - b.start;
  const finished = events.map((e) => {
    const sources = dedupe(e.sources.sort(bySpan)).map((s) => ({ ...s, text: texts.get(s.articleId)!.slice(s.start, s.end) }));
    const quotes = dedupe(e.quotes.sort(bySpan)).map((q) => ({ ...q, text: texts.get(q.articleId)!.slice(q.start, q.end) }));
    const actorIds = [...e.actorIds];
    const title = titleOf(e, actorIds.map((id) => actorById.get(id)!), e.locationIds.map((id) => locationById.get(id)!), quotes, sources);
    return { e, sources, quotes, actorIds, title, ...eventId(e.reports.map((id) => reports.get(id)!)) };
  });
  finished.sort((a, b) => cmp(a.e.date ?? "9999", b.e.date ?? "9999") || cmp(a.e.type, b.e.type) || bySpan(a.sources[0], b.sources[0]) || cmp(a.id, b.id));
  return finished.map(({ e, sources, quotes, actorIds, title, id, formerIds }) => ({
    id, ...(formerIds.length > 0 ? { formerIds } : {}), type: e.type, title, date: e.date, datePrecision: e.date ? e.precision : "unknown", dateBasis: e.date ? e.dateBasis : null,
    status: e.status, actorIds, locationIds: e.locationIds, quotes, sources,
    reportedBy: reportedBy(sources, outlets), rules: [...new Set(e.rules)],
  }));
}

/** The distinct articles an event has a source in, and their distinct outlets, each sorted. */
function reportedBy(sources: { articleId: string }[], outlets: Map<string, string>): Event["reportedBy"] {
  const articles = [...new Set(sources.map((s) => s.articleId))].sort(cmp);
  return { articles, outlets: [...new Set(articles.map((id) => outlets.get(id)!))].sort(cmp) };
}

/** Who published an article: the header's outlet, else the host of its source URL without
 *  "www." (a bare "example.com/path" is read as a URL too), else the article itself, as an
 *  outlet of its own: two articles of unknown origin are not one outlet. */
export function outletOf(article: Pick<Article, "id" | "outlet" | "source">): string {
  const outlet = article.outlet?.trim();
  if (outlet) return outlet;
  const host = hostOf(article.source?.trim() ?? "");
  return host ?? article.id;
}

const SCHEME = /^[a-z][\w+.-]{0,20}:\/\//i;
const BARE_HOST = /^[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}(?:[/?#]|$)/;

function hostOf(source: string): string | null {
  const url = SCHEME.test(source) ? source : BARE_HOST.test(source) ? `https://${source}` : null;
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host || null;
  } catch {
    return null;
  }
}

const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

function titleOf(e: CorpusEvent, actors: Actor[], locations: Location[], quotes: { text: string }[], sources: { text: string }[]): string {
  // a person by surname: "Ford" for William Clay Ford Jr., not his generational suffix
  const short = (a: Actor) => (a.kind === "person" ? a.name.split(" ").filter((w, i) => i === 0 || !GENERATIONAL.test(w)).pop()! : a.name);
  const names = actors.map(short);
  const list = names.length > 4 ? `${names.slice(0, 3).join(", ")} and others` : names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0] ?? "";
  const where = locations[0] ? ` in ${locations[0].name}` : "";
  if (e.type === "meeting") return `${list || "Meeting"}${list ? (e.status === "planned" ? " to meet" : " meet") : ""}${where}`;
  if (e.type === "statement") {
    // the closing marks from the start of their run, not from each mark in turn
    const quote = quotes[0]?.text.replace(/^["“]/, "").replace(/(?<!["”,.])["”,.]+$/, "");
    const who = list || "Unnamed source";
    return quote ? `${who}: “${clip(quote, 70)}”` : `${who} statement`;
  }
  return clip(sources[0].text, 90);
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

function unique(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

function dedupe<T extends { articleId: string; start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.articleId}@${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
