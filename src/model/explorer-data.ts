import { z } from "zod";
import { Actor, Article, checkFormerIds, checkUniqueIds, checkWithin, DateBasis, DatePrecision, Diagnostic, Event, EventCorrection, EventType, isCalendarDate, isoDay, Location, parseWith, Quote, RuleCode, Span, type Timeline } from "./timeline";

// The explorer's copy of a timeline, in two files derived from the one schema in timeline.ts.
// The timeline document repeats the article text in every excerpt and quote and lists every
// mention: on 10,000 articles that is 100 MB, more than a browser can fetch and parse before
// the user loses patience. So the explorer first loads what the timeline, the filters and the
// list need (timeline.explorer.json), and loads the rest (timeline.texts.json: the article
// texts and mentions, and each event's evidence: its sources, quotes and date basis, as offsets
// into those texts) when the details, the reader or a search first needs words.
// The explorer's code imports these types under the plain names (ExplorerEvent as Event): in
// the app, an event is always this one.

export const ExplorerArticle = Article.omit({ text: true }).extend({
  /** The length of the article's text, so offsets can be checked before the text is loaded. */
  length: z.number().int().nonnegative(),
  /** An article a reader added in the page (src/app/add-articles); never in a served file. */
  added: z.literal(true).optional(),
});
export type ExplorerArticle = z.infer<typeof ExplorerArticle>;

export const ExplorerQuote = Quote.omit({ text: true });
export type ExplorerQuote = z.infer<typeof ExplorerQuote>;

/** An event as the views list and draw it; its evidence comes with the texts. */
export const ExplorerEvent = Event.omit({ sources: true, quotes: true, dateBasis: true, rules: true });
export type ExplorerEvent = z.infer<typeof ExplorerEvent>;

/** What an event's claims rest on: its excerpts, its quotes, where its date came from, and the
 *  rules that found it. */
export const Evidence = Event.pick({ dateBasis: true, rules: true }).extend({
  quotes: z.array(ExplorerQuote),
  sources: z.array(Span).min(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const ExplorerActor = Actor.omit({ mentions: true });
export type ExplorerActor = z.infer<typeof ExplorerActor>;

export const ExplorerLocation = Location.omit({ mentions: true });
export type ExplorerLocation = z.infer<typeof ExplorerLocation>;

/** The explorer's timeline as the app uses it, once read from its file. */
export interface ExplorerTimeline {
  schemaVersion: 1;
  articles: ExplorerArticle[];
  actors: ExplorerActor[];
  locations: ExplorerLocation[];
  events: ExplorerEvent[];
  /** Events a reader's corrections hid; present only when some are. */
  hiddenEvents?: ExplorerEvent[];
  diagnostics: Diagnostic[];
}

// The file stores the events as columns: one array per field, the enums and references as
// numbers (a position in the enum's options or in the articles, actors or locations), and each
// event's lists (actors, sources…) run together into one flat array with each event's end
// offset beside it. Tens of thousands of events as objects made a file of 43 MB that took the
// browser seconds to parse and check; as columns it parses into a few dozen large arrays, and
// each column is checked in one tight loop, where zod's own per-element parsing (without its
// compiled mode, which the page's CSP forbids) was the single largest cost of loading.

const TYPES = EventType.options;
const PRECISIONS = DatePrecision.options;
const STATUSES = Event.shape.status.options;
const BASIS_KINDS = DateBasis.shape.kind.options;

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isString = (v: unknown): v is string => typeof v === "string";
const isCode = (options: readonly string[]) => (v: unknown): v is number => isCount(v) && v < options.length;

/** An array whose every entry passes `ok`, checked in one loop; each bad entry is named. */
function column<T>(what: string, ok: (value: unknown) => value is T) {
  return z.custom<T[]>(Array.isArray, `expected an array of ${what}`).superRefine((values, ctx) => {
    for (let i = 0; i < values.length; i++) {
      if (!ok(values[i])) ctx.addIssue({ code: "custom", path: [i], message: `expected ${what}, got ${JSON.stringify(values[i])?.slice(0, 60)}` });
    }
  });
}

/** Checks across entries run only on entries that passed their own checks. */
const whole = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/** One list of numbers per event, run together: event i's list is
 *  values[ends[i - 1] ?? 0 .. ends[i]], read `width` numbers at a time. */
function lists(what: string, width: number) {
  return z
    .object({ ends: column("an end offset", isCount), values: column(what, (v): v is number => Number.isInteger(v) && (v as number) >= -1) })
    .superRefine(({ ends, values }, ctx) => {
      for (let i = 0; i < ends.length; i++) {
        const from = i === 0 ? 0 : ends[i - 1];
        if (ends[i] < from || (ends[i] - from) % width !== 0) {
          ctx.addIssue({ code: "custom", path: ["ends", i], message: `${ends[i]} does not end a list of ${what} after offset ${from}${width > 1 ? ` (${width} numbers each)` : ""}` });
          return;
        }
      }
      const last = ends.length === 0 ? 0 : ends[ends.length - 1];
      if (last !== values.length) ctx.addIssue({ code: "custom", path: ["values"], message: `has ${values.length} numbers, but the lists end at ${last}` });
    }, whole);
}
type Lists = { ends: number[]; values: number[] };

const EventColumns = z.object({
  id: column("a non-empty string", (v): v is string => isString(v) && v.length > 0),
  type: column(`an event type's number (0–${TYPES.length - 1})`, isCode(TYPES)),
  title: column("a string", isString),
  date: column("a calendar date (YYYY, YYYY-MM or YYYY-MM-DD) or null", (v): v is string | null => v === null || (isString(v) && isCalendarDate(v))),
  datePrecision: column(`a precision's number (0–${PRECISIONS.length - 1})`, isCode(PRECISIONS)),
  status: column(`a status's number (0–${STATUSES.length - 1})`, isCode(STATUSES)),
  actors: lists("actor numbers", 1),
  locations: lists("location numbers", 1),
  /** The articles reporting each event (reportedBy.articles), as article numbers in the order of their ids. */
  reportedArticles: lists("article numbers", 1),
  /** The outlets reporting each event, as numbers in the file's outlets, ascending. */
  reportedOutlets: lists("outlet numbers", 1),
  /** The events' former ids, one pair per former id: the event's number and the id, in the
   *  order of the events and each event's ids. Few events have any, so no list per event;
   *  absent when none has. */
  formerIds: z.object({ event: column("an event number", isCount), id: column("a non-empty string", (v): v is string => isString(v) && v.length > 0) }).optional(),
});
type EventColumns = z.infer<typeof EventColumns>;

export const ExplorerFile = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(ExplorerArticle),
    actors: z.array(ExplorerActor),
    locations: z.array(ExplorerLocation),
    /** The outlets' names, distinct and sorted: what events.reportedOutlets numbers. */
    outlets: z.array(z.string().min(1)),
    events: EventColumns,
    /** What a reader's corrections changed on the shown events that they changed, by event id
     *  (few, so not a column); absent when none was corrected. */
    corrected: z.record(z.string(), EventCorrection).optional(),
    /** The events a reader's corrections hid, whole (few, so not as columns); absent when none is. */
    hiddenEvents: z.array(ExplorerEvent).optional(),
    diagnostics: z.array(Diagnostic),
  })
  .superRefine(({ articles, actors, locations, outlets, events, corrected, hiddenEvents }, ctx) => {
    const count = events.id.length;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path: ["events", ...path], message });
    const perEvent = { type: events.type, title: events.title, date: events.date, datePrecision: events.datePrecision, status: events.status, "actors.ends": events.actors.ends, "locations.ends": events.locations.ends, "reportedArticles.ends": events.reportedArticles.ends, "reportedOutlets.ends": events.reportedOutlets.ends };
    if (!aligned(perEvent, count, issue)) return;
    checkUniqueIds([...events.id, ...(hiddenEvents ?? []).map((e) => e.id)], (i) => (i < count ? ["events", "id", i] : ["hiddenEvents", i - count, "id"]), ctx);
    checkCorrectedAndHidden(corrected, hiddenEvents, new Set(events.id), { actors, locations, articles }, ctx);
    for (const [list, entries] of [["articles", articles], ["actors", actors], ["locations", locations]] as const) checkUniqueIds(entries.map((x) => x.id), (i) => [list, i, "id"], ctx);
    checkFormerIds(actors, (i, j) => ["actors", i, "formerIds", j], ctx);
    if (events.formerIds) {
      const { event, id } = events.formerIds;
      if (event.length !== id.length) return issue(["formerIds", "id"], `has ${id.length} ids for ${event.length} event numbers`);
      const bad = event.findIndex((n, k) => n >= count || (k > 0 && n < event[k - 1]));
      if (bad >= 0) return issue(["formerIds", "event", bad], `${event[bad]} is not one of the ${count} events, or out of order`);
      // each former id's place in the pairs, to name a bad one by it
      const entries = events.id.map((current) => ({ id: current, formerIds: [] as string[], at: [] as number[] }));
      event.forEach((n, k) => {
        entries[n].formerIds.push(id[k]);
        entries[n].at.push(k);
      });
      checkFormerIds(entries, (i, j) => ["events", "formerIds", "id", entries[i].at[j]], ctx);
    }
    checkWithin(locations, (i) => ["locations", i, "within"], ctx);
    const checkRefs = (name: string, list: Lists, total: number, what: string) => {
      list.values.forEach((n, j) => {
        if (!(n >= 0 && n < total)) issue([name, "values", j], `event ${eventOf(list, j)}: ${what} ${n} is not one of the ${total} ${what}s`);
      });
    };
    checkRefs("actors", events.actors, actors.length, "actor");
    checkRefs("locations", events.locations, locations.length, "location");
    checkRefs("reportedArticles", events.reportedArticles, articles.length, "article");
    checkRefs("reportedOutlets", events.reportedOutlets, outlets.length, "outlet");
    outlets.forEach((name, i) => {
      if (i > 0 && !(outlets[i - 1] < name)) ctx.addIssue({ code: "custom", path: ["outlets", i], message: `"${name}" is out of order or repeated; the outlets are distinct and sorted` });
    });
    // every event is reported by at least one article and one outlet, each named once, the
    // outlets in order (so their names are sorted)
    for (const [name, list, ascending] of [["reportedArticles", events.reportedArticles, false], ["reportedOutlets", events.reportedOutlets, true]] as const) {
      for (let i = 0; i < count; i++) {
        const from = i === 0 ? 0 : list.ends[i - 1];
        if (list.ends[i] === from) {
          issue([name, "ends", i], `event ${i} is reported by no ${name === "reportedArticles" ? "article" : "outlet"}; every event has at least one`);
          continue;
        }
        for (let j = from + 1; j < list.ends[i]; j++) {
          const repeated = ascending ? list.values[j] <= list.values[j - 1] : list.values.indexOf(list.values[j], from) < j;
          if (repeated) issue([name, "values", j], `event ${i}: ${list.values[j]} is repeated${ascending ? " or out of order" : ""}`);
        }
      }
    }
  }, whole);
export type ExplorerFile = z.infer<typeof ExplorerFile>;

/** The corrections and hidden events name events, actors, places and articles of the file. */
function checkCorrectedAndHidden(
  corrected: Record<string, EventCorrection> | undefined,
  hiddenEvents: readonly ExplorerEvent[] | undefined,
  eventIds: ReadonlySet<string>,
  known: { actors: readonly { id: string }[]; locations: readonly { id: string }[]; articles: readonly ExplorerArticle[] },
  ctx: z.RefinementCtx,
): void {
  const ids = { actorIds: new Set(known.actors.map((a) => a.id)), locationIds: new Set(known.locations.map((l) => l.id)) };
  const lengths = new Map(known.articles.map((a) => [a.id, a.length]));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const checkIds = (values: readonly string[] | undefined, field: keyof typeof ids, path: (string | number)[]) =>
    values?.forEach((id, j) => ids[field].has(id) || issue([...path, j], `unknown ${field === "actorIds" ? "actor" : "location"} "${id}"`));
  const checkCorrection = (c: EventCorrection | undefined, path: (string | number)[]) => {
    if (!c) return;
    for (const field of ["actorIds", "locationIds"] as const) checkIds(c.original[field], field, [...path, "original", field]);
    const basis = c.original.dateBasis;
    const length = basis ? lengths.get(basis.articleId) : undefined;
    if (basis && length === undefined) issue([...path, "original", "dateBasis", "articleId"], `unknown article "${basis.articleId}"`);
    else if (basis && length !== undefined && !(basis.start <= basis.end && basis.end <= length)) issue([...path, "original", "dateBasis", "start"], `${basis.start}..${basis.end} is not inside the article's ${length} characters`);
  };
  for (const [id, c] of Object.entries(corrected ?? {})) {
    if (!eventIds.has(id)) issue(["corrected", id], `names the event "${id}", which is not among the shown events`);
    checkCorrection(c, ["corrected", id]);
  }
  hiddenEvents?.forEach((e, i) => {
    for (const field of ["actorIds", "locationIds"] as const) checkIds(e[field], field, ["hiddenEvents", i, field]);
    checkCorrection(e.corrected, ["hiddenEvents", i, "corrected"]);
  });
}

/** Whether every column has one entry per event; names each that has not. */
function aligned(columns: Record<string, readonly unknown[]>, count: number, issue: (path: string[], message: string) => void): boolean {
  let ok = true;
  for (const [name, values] of Object.entries(columns)) {
    if (values.length === count) continue;
    issue(name.split("."), `has ${values.length} entries for ${count} events`);
    ok = false;
  }
  return ok;
}

/** The event a number of a run-together list belongs to, to name it in an error. */
const eventOf = ({ ends }: Lists, j: number) => ends.findIndex((end) => end > j);

/** Reads the explorer's file: checks it against ExplorerFile, or throws an error naming the
 *  first bad paths, and turns its columns back into events. */
export function readExplorerFile(data: unknown): ExplorerTimeline {
  const { articles, actors, locations, outlets, events: c, corrected, hiddenEvents, diagnostics, schemaVersion } = parseWith(ExplorerFile, data, "The timeline data");
  const events = new Array<ExplorerEvent>(c.id.length);
  for (let at = 0; at < events.length; at++) {
    events[at] = {
      id: c.id[at],
      type: TYPES[c.type[at]],
      title: c.title[at],
      date: c.date[at],
      datePrecision: PRECISIONS[c.datePrecision[at]],
      status: STATUSES[c.status[at]],
      actorIds: idsOf(c.actors, at, actors),
      locationIds: idsOf(c.locations, at, locations),
      reportedBy: { articles: idsOf(c.reportedArticles, at, articles), outlets: namesOf(c.reportedOutlets, at, outlets) },
    };
    if (corrected && Object.hasOwn(corrected, c.id[at])) events[at].corrected = corrected[c.id[at]];
  }
  if (c.formerIds) c.formerIds.event.forEach((n, k) => (events[n].formerIds ??= []).push(c.formerIds!.id[k]));
  return { schemaVersion, articles, actors, locations, events, ...(hiddenEvents ? { hiddenEvents } : {}), diagnostics };
}

/** The numbers of entry `at`'s list. */
function listOf({ ends, values }: Lists, at: number): number[] {
  return values.slice(at === 0 ? 0 : ends[at - 1], ends[at]);
}

/** The ids of event `at`'s actors or locations, made in one pass (one array per event each). */
function idsOf({ ends, values }: Lists, at: number, of: readonly { id: string }[]): string[] {
  const ids: string[] = [];
  for (let j = at === 0 ? 0 : ends[at - 1]; j < ends[at]; j++) ids.push(of[values[j]].id);
  return ids;
}

/** The names of event `at`'s outlets. */
function namesOf({ ends, values }: Lists, at: number, names: readonly string[]): string[] {
  const out: string[] = [];
  for (let j = at === 0 ? 0 : ends[at - 1]; j < ends[at]; j++) out.push(names[values[j]]);
  return out;
}

/** Each event's evidence, in the explorer file's order of events, as columns: the article
 *  numbers are positions in the texts file's articles, the speakers in the explorer file's actors. */
const EvidenceColumns = z.object({
  /** Where each date came from: a kind's number, or -1 for an event without a basis. */
  basisKind: column(`-1 or a date basis kind's number (0–${BASIS_KINDS.length - 1})`, (v): v is number => v === -1 || isCode(BASIS_KINDS)(v)),
  basisExpression: column("a string", isString),
  basisAnchor: column("a calendar day (YYYY-MM-DD) or null", (v): v is string | null => v === null || (isString(v) && isoDay.test(v) && isCalendarDate(v))),
  /** The basis's article, start and end, three numbers per event (0, 0, 0 without a basis). */
  basisSpan: column("an article number or an offset", isCount),
  /** Sources: article, start, end, for each. */
  sources: lists("article, start, end", 3),
  /** Quotes: article, start, end, speaker (-1 for none), for each. */
  quotes: lists("article, start, end, speaker", 4),
  /** The rules that found each event, as numbers in the texts file's ruleCodes. */
  rules: lists("rule numbers", 1),
});
type EvidenceColumns = z.infer<typeof EvidenceColumns>;

/** A mention of an actor or a location: `of` is its id. */
export const Mention = Span.extend({ of: z.string() });
export type Mention = z.infer<typeof Mention>;

export const ArticleTexts = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(z.object({ id: z.string(), text: z.string() })),
    mentions: z.array(Mention),
    /** The rule codes the events name, each once: what evidence.rules numbers. */
    ruleCodes: z.array(RuleCode),
    evidence: EvidenceColumns,
  })
  .superRefine(({ articles, ruleCodes, evidence }, ctx) => {
    const count = evidence.basisKind.length;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path: ["evidence", ...path], message });
    const perEvent = { basisExpression: evidence.basisExpression, basisAnchor: evidence.basisAnchor, "sources.ends": evidence.sources.ends, "quotes.ends": evidence.quotes.ends, "rules.ends": evidence.rules.ends };
    if (!aligned(perEvent, count, issue)) return;
    if (evidence.basisSpan.length !== count * 3) return issue(["basisSpan"], `has ${evidence.basisSpan.length} numbers for ${count} events (3 each)`);
    const spanProblem = (article: number, start: number, end: number): string | null => {
      if (!(article >= 0 && article < articles.length)) return `article ${article} is not one of the ${articles.length} articles`;
      if (!(start >= 0 && start <= end && end <= articles[article].text.length)) return `${start}..${end} is not inside the article's ${articles[article].text.length} characters`;
      return null;
    };
    const { sources, quotes, basisSpan } = evidence;
    for (let i = 0; i < count; i++) {
      if (sources.ends[i] === (i === 0 ? 0 : sources.ends[i - 1])) issue(["sources", "ends", i], `event ${i} has no source; every event needs at least one`);
      const problem = evidence.basisKind[i] >= 0 && spanProblem(basisSpan[i * 3], basisSpan[i * 3 + 1], basisSpan[i * 3 + 2]);
      if (problem) issue(["basisSpan", i * 3], `event ${i}: ${problem}`);
    }
    for (const [name, list, width] of [["sources", sources, 3], ["quotes", quotes, 4]] as const) {
      const v = list.values;
      for (let j = 0; j < v.length; j += width) {
        const problem = spanProblem(v[j], v[j + 1], v[j + 2]);
        if (problem) issue([name, "values", j], `event ${eventOf(list, j)}: ${problem}`);
      }
    }
    evidence.rules.values.forEach((n, j) => {
      if (!(n >= 0 && n < ruleCodes.length)) issue(["rules", "values", j], `event ${eventOf(evidence.rules, j)}: rule ${n} is not one of the ${ruleCodes.length} rule codes`);
    });
  }, whole);
export type ArticleTexts = z.infer<typeof ArticleTexts>;

/**
 * The evidence of each event of `timeline`, read from its texts file: checks that the file
 * belongs with the timeline (one entry per event, speakers among its actors), or throws saying
 * so, and returns a lookup by event id that reads an event's evidence when first asked for.
 */
export function readEvidence(texts: ArticleTexts, timeline: ExplorerTimeline, what = "The article texts"): (eventId: string) => Evidence | undefined {
  const { evidence: c, articles, ruleCodes } = texts;
  const { events, actors } = timeline;
  if (c.basisKind.length !== events.length) throw new Error(`${what} hold the evidence of ${c.basisKind.length} events, but the timeline has ${events.length}; both must come from the same extraction.`);
  const speaker = c.quotes.values.findIndex((n, j) => j % 4 === 3 && n >= actors.length);
  if (speaker >= 0) throw new Error(`${what} name speaker ${c.quotes.values[speaker]}, but the timeline has ${actors.length} actors; both must come from the same extraction.`);
  const at = new Map(events.map((e, i) => [e.id, i]));
  const read = new Map<number, Evidence>();
  return (eventId) => {
    const i = at.get(eventId);
    if (i === undefined) return undefined;
    let evidence = read.get(i);
    if (!evidence) {
      const kind = c.basisKind[i];
      const sources = listOf(c.sources, i);
      const quotes = listOf(c.quotes, i);
      evidence = {
        dateBasis: kind < 0 ? null : { kind: BASIS_KINDS[kind], expression: c.basisExpression[i], anchor: c.basisAnchor[i], articleId: articles[c.basisSpan[i * 3]].id, start: c.basisSpan[i * 3 + 1], end: c.basisSpan[i * 3 + 2] },
        sources: [],
        quotes: [],
        rules: namesOf(c.rules, i, ruleCodes),
      };
      for (let j = 0; j < sources.length; j += 3) evidence.sources.push({ articleId: articles[sources[j]].id, start: sources[j + 1], end: sources[j + 2] });
      for (let j = 0; j < quotes.length; j += 4) evidence.quotes.push({ articleId: articles[quotes[j]].id, start: quotes[j + 1], end: quotes[j + 2], speakerId: quotes[j + 3] < 0 ? null : actors[quotes[j + 3]].id });
      read.set(i, evidence);
    }
    return evidence;
  };
}

/** Splits a timeline into the explorer's two files. */
export function toExplorerData(timeline: Timeline): { timeline: ExplorerFile; texts: ArticleTexts } {
  const positions = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x, i) => [x.id, i]));
  const articleAt = positions(timeline.articles);
  const actorAt = positions(timeline.actors);
  const locationAt = positions(timeline.locations);
  const code = (options: readonly string[], value: string) => options.indexOf(value);
  const flat = (list: (event: Timeline["events"][number]) => number[]): Lists => {
    const ends: number[] = [];
    const values: number[] = [];
    for (const event of timeline.events) {
      for (const n of list(event)) values.push(n);
      ends.push(values.length);
    }
    return { ends, values };
  };
  const { events } = timeline;
  const outlets = [...new Set(events.flatMap((e) => e.reportedBy.outlets))].sort();
  const outletAt = new Map(outlets.map((name, i) => [name, i]));
  const ruleCodes = [...new Set(events.flatMap((e) => e.rules))].sort();
  const ruleAt = new Map(ruleCodes.map((code, i) => [code, i]));
  const corrected = events.flatMap((e) => (e.corrected ? [[e.id, e.corrected] as const] : []));
  const columns: EventColumns = {
    id: events.map((e) => e.id),
    type: events.map((e) => code(TYPES, e.type)),
    title: events.map((e) => e.title),
    date: events.map((e) => e.date),
    datePrecision: events.map((e) => code(PRECISIONS, e.datePrecision)),
    status: events.map((e) => code(STATUSES, e.status)),
    actors: flat((e) => e.actorIds.map((id) => actorAt.get(id)!)),
    locations: flat((e) => e.locationIds.map((id) => locationAt.get(id)!)),
    reportedArticles: flat((e) => e.reportedBy.articles.map((id) => articleAt.get(id)!)),
    reportedOutlets: flat((e) => e.reportedBy.outlets.map((name) => outletAt.get(name)!)),
    ...(events.some((e) => e.formerIds?.length) ? { formerIds: { event: events.flatMap((e, i) => (e.formerIds ?? []).map(() => i)), id: events.flatMap((e) => e.formerIds ?? []) } } : {}),
  };
  const evidence: EvidenceColumns = {
    basisKind: events.map((e) => (e.dateBasis ? code(BASIS_KINDS, e.dateBasis.kind) : -1)),
    basisExpression: events.map((e) => e.dateBasis?.expression ?? ""),
    basisAnchor: events.map((e) => e.dateBasis?.anchor ?? null),
    basisSpan: events.flatMap(({ dateBasis: b }) => (b ? [articleAt.get(b.articleId)!, b.start, b.end] : [0, 0, 0])),
    sources: flat((e) => e.sources.flatMap((s) => [articleAt.get(s.articleId)!, s.start, s.end])),
    quotes: flat((e) => e.quotes.flatMap((q) => [articleAt.get(q.articleId)!, q.start, q.end, q.speakerId === null ? -1 : actorAt.get(q.speakerId)!])),
    rules: flat((e) => e.rules.map((code) => ruleAt.get(code)!)),
  };
  return {
    timeline: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ text, ...article }) => ({ ...article, length: text.length })),
      actors: timeline.actors.map(({ mentions: _, ...actor }) => actor),
      locations: timeline.locations.map(({ mentions: _, ...location }) => location),
      outlets,
      events: columns,
      ...(corrected.length ? { corrected: Object.fromEntries(corrected) } : {}),
      ...(timeline.hiddenEvents?.length ? { hiddenEvents: timeline.hiddenEvents.map(({ sources: _, quotes: __, dateBasis: ___, rules: ____, ...event }) => event) } : {}),
      diagnostics: timeline.diagnostics,
    },
    texts: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ id, text }) => ({ id, text })),
      mentions: [...timeline.actors, ...timeline.locations].flatMap(({ id, mentions }) =>
        mentions.map(({ articleId, start, end }) => ({ articleId, start, end, of: id })),
      ),
      ruleCodes,
      evidence,
    },
  };
}
