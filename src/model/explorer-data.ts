import { z } from "zod";
import { Actor, Article, DateBasis, DatePrecision, Diagnostic, Event, EventType, Location, parseWith, Quote, Span, type Timeline } from "./timeline";

// The explorer's copy of a timeline, in two files derived from the one schema in timeline.ts.
// The timeline document repeats the article text in every excerpt and quote and lists every
// mention: on 10,000 articles that is 100 MB, more than a browser can fetch and parse before
// the user loses patience. So the explorer first loads everything the timeline, the filters and
// the list need, with excerpts as offsets only (timeline.explorer.json), and loads the article
// texts and mentions (timeline.texts.json) when the details, the reader or a search needs them.
// The explorer's code imports these types under the plain names (ExplorerEvent as Event): in
// the app, an event is always this one.

export const ExplorerArticle = Article.omit({ text: true }).extend({
  /** The length of the article's text, so offsets can be checked before the text is loaded. */
  length: z.number().int().nonnegative(),
});
export type ExplorerArticle = z.infer<typeof ExplorerArticle>;

export const ExplorerQuote = Quote.omit({ text: true });
export type ExplorerQuote = z.infer<typeof ExplorerQuote>;

export const ExplorerEvent = Event.extend({
  quotes: z.array(ExplorerQuote),
  sources: z.array(Span).min(1),
});
export type ExplorerEvent = z.infer<typeof ExplorerEvent>;

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

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
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
  date: column("YYYY, YYYY-MM, YYYY-MM-DD or null", (v): v is string | null => v === null || (isString(v) && isoDate.test(v))),
  datePrecision: column(`a precision's number (0–${PRECISIONS.length - 1})`, isCode(PRECISIONS)),
  status: column(`a status's number (0–${STATUSES.length - 1})`, isCode(STATUSES)),
  /** Where each date came from: a kind's number, or -1 for an event without a basis. */
  basisKind: column(`-1 or a date basis kind's number (0–${BASIS_KINDS.length - 1})`, (v): v is number => v === -1 || isCode(BASIS_KINDS)(v)),
  basisExpression: column("a string", isString),
  basisAnchor: column("YYYY-MM-DD or null", (v): v is string | null => v === null || (isString(v) && isoDay.test(v))),
  /** The basis's article, start and end, three numbers per event (0, 0, 0 without a basis). */
  basisSpan: column("an article number or an offset", isCount),
  actors: lists("actor numbers", 1),
  locations: lists("location numbers", 1),
  /** Sources: article, start, end, for each. */
  sources: lists("article, start, end", 3),
  /** Quotes: article, start, end, speaker (-1 for none), for each. */
  quotes: lists("article, start, end, speaker", 4),
});
type EventColumns = z.infer<typeof EventColumns>;

export const ExplorerFile = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(ExplorerArticle),
    actors: z.array(ExplorerActor),
    locations: z.array(ExplorerLocation),
    events: EventColumns,
    diagnostics: z.array(Diagnostic),
  })
  .superRefine(({ articles, actors, locations, events }, ctx) => {
    const count = events.id.length;
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path: ["events", ...path], message });
    const perEvent = { type: events.type, title: events.title, date: events.date, datePrecision: events.datePrecision, status: events.status, basisKind: events.basisKind, basisExpression: events.basisExpression, basisAnchor: events.basisAnchor, "actors.ends": events.actors.ends, "locations.ends": events.locations.ends, "sources.ends": events.sources.ends, "quotes.ends": events.quotes.ends };
    let aligned = events.basisSpan.length === count * 3;
    if (!aligned) issue(["basisSpan"], `has ${events.basisSpan.length} numbers for ${count} events (3 each)`);
    for (const [name, values] of Object.entries(perEvent)) {
      if (values.length === count) continue;
      issue(name.split("."), `has ${values.length} entries for ${count} events`);
      aligned = false;
    }
    if (!aligned) return;
    // a bad number in a run-together list is named by its place in the file and by its event
    const eventOf = ({ ends }: Lists, j: number) => ends.findIndex((end) => end > j);
    const spanProblem = (article: number, start: number, end: number): string | null => {
      if (!(article >= 0 && article < articles.length)) return `article ${article} is not one of the ${articles.length} articles`;
      if (!(start >= 0 && start <= end && end <= articles[article].length)) return `${start}..${end} is not inside the article's ${articles[article].length} characters`;
      return null;
    };
    const checkRefs = (name: string, list: Lists, total: number, what: string) => {
      list.values.forEach((n, j) => {
        if (!(n >= 0 && n < total)) issue([name, "values", j], `event ${eventOf(list, j)}: ${what} ${n} is not one of the ${total} ${what}s`);
      });
    };
    checkRefs("actors", events.actors, actors.length, "actor");
    checkRefs("locations", events.locations, locations.length, "location");
    const { sources, quotes, basisSpan } = events;
    for (let i = 0; i < count; i++) {
      if (sources.ends[i] === (i === 0 ? 0 : sources.ends[i - 1])) issue(["sources", "ends", i], `event ${i} has no source; every event needs at least one`);
      const problem = events.basisKind[i] >= 0 && spanProblem(basisSpan[i * 3], basisSpan[i * 3 + 1], basisSpan[i * 3 + 2]);
      if (problem) issue(["basisSpan", i * 3], `event ${i}: ${problem}`);
    }
    for (const [name, list, width] of [["sources", sources, 3], ["quotes", quotes, 4]] as const) {
      const v = list.values;
      for (let j = 0; j < v.length; j += width) {
        const problem = spanProblem(v[j], v[j + 1], v[j + 2]);
        if (problem) issue([name, "values", j], `event ${eventOf(list, j)}: ${problem}`);
      }
    }
    const q = quotes.values;
    for (let j = 3; j < q.length; j += 4) {
      if (q[j] >= actors.length) issue(["quotes", "values", j], `event ${eventOf(quotes, j)}: speaker ${q[j]} is not one of the ${actors.length} actors`);
    }
  }, whole);
export type ExplorerFile = z.infer<typeof ExplorerFile>;

/** Reads the explorer's file: checks it against ExplorerFile, or throws an error naming the
 *  first bad paths, and turns its columns back into events. */
export function readExplorerFile(data: unknown): ExplorerTimeline {
  const file = parseWith(ExplorerFile, data, "The timeline data");
  const events = new Array<ExplorerEvent>(file.events.id.length);
  for (let i = 0; i < events.length; i++) events[i] = new FileEvent(file, i);
  return { schemaVersion: file.schemaVersion, articles: file.articles, actors: file.actors, locations: file.locations, events, diagnostics: file.diagnostics };
}

/** The numbers of event `at`'s list. */
function listOf({ ends, values }: Lists, at: number): number[] {
  return values.slice(at === 0 ? 0 : ends[at - 1], ends[at]);
}

/** The ids of event `at`'s actors or locations, made in one pass (one array per event each). */
function idsOf({ ends, values }: Lists, at: number, of: readonly { id: string }[]): string[] {
  const ids: string[] = [];
  for (let j = at === 0 ? 0 : ends[at - 1]; j < ends[at]; j++) ids.push(of[values[j]].id);
  return ids;
}

/**
 * An event read from the file. What the filters, the list and the chart read of every event
 * is read at once; its sources, quotes and date basis, which only the details, the reader and
 * a search read, when first asked for: making them for every event at load was most of the
 * cost of reading the file. They are getters on the class, so a copy by spread ({...event})
 * would leave them out: copy the fields by name.
 */
class FileEvent implements ExplorerEvent {
  readonly id: string;
  readonly type: ExplorerEvent["type"];
  readonly title: string;
  readonly date: string | null;
  readonly datePrecision: ExplorerEvent["datePrecision"];
  readonly status: ExplorerEvent["status"];
  readonly actorIds: string[];
  readonly locationIds: string[];
  readonly #file: ExplorerFile;
  readonly #at: number;
  #sources?: Span[];
  #quotes?: ExplorerQuote[];
  #dateBasis?: DateBasis | null;

  constructor(file: ExplorerFile, at: number) {
    const c = file.events;
    this.#file = file;
    this.#at = at;
    this.id = c.id[at];
    this.type = TYPES[c.type[at]];
    this.title = c.title[at];
    this.date = c.date[at];
    this.datePrecision = PRECISIONS[c.datePrecision[at]];
    this.status = STATUSES[c.status[at]];
    this.actorIds = idsOf(c.actors, at, file.actors);
    this.locationIds = idsOf(c.locations, at, file.locations);
  }

  get sources(): Span[] {
    return (this.#sources ??= this.#spans(this.#file.events.sources, 3).map(([articleId, start, end]) => ({ articleId, start, end })));
  }

  get quotes(): ExplorerQuote[] {
    const { actors, events } = this.#file;
    return (this.#quotes ??= this.#spans(events.quotes, 4).map(([articleId, start, end, speaker]) => ({ articleId, start, end, speakerId: speaker < 0 ? null : actors[speaker].id })));
  }

  get dateBasis(): DateBasis | null {
    if (this.#dateBasis === undefined) {
      const { articles, events: c } = this.#file;
      const at = this.#at;
      const kind = c.basisKind[at];
      this.#dateBasis = kind < 0 ? null : { kind: BASIS_KINDS[kind], expression: c.basisExpression[at], anchor: c.basisAnchor[at], articleId: articles[c.basisSpan[at * 3]].id, start: c.basisSpan[at * 3 + 1], end: c.basisSpan[at * 3 + 2] };
    }
    return this.#dateBasis;
  }

  /** The event's entries of a list of spans, `width` numbers each, the article as its id. */
  #spans(list: Lists, width: number): [articleId: string, start: number, end: number, extra: number][] {
    const numbers = listOf(list, this.#at);
    const spans: [string, number, number, number][] = [];
    for (let j = 0; j < numbers.length; j += width) spans.push([this.#file.articles[numbers[j]].id, numbers[j + 1], numbers[j + 2], numbers[j + 3]]);
    return spans;
  }
}

/** A mention of an actor or a location: `of` is its id. */
export const Mention = Span.extend({ of: z.string() });
export type Mention = z.infer<typeof Mention>;

export const ArticleTexts = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(z.object({ id: z.string(), text: z.string() })),
  mentions: z.array(Mention),
});
export type ArticleTexts = z.infer<typeof ArticleTexts>;

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
  const columns: EventColumns = {
    id: events.map((e) => e.id),
    type: events.map((e) => code(TYPES, e.type)),
    title: events.map((e) => e.title),
    date: events.map((e) => e.date),
    datePrecision: events.map((e) => code(PRECISIONS, e.datePrecision)),
    status: events.map((e) => code(STATUSES, e.status)),
    basisKind: events.map((e) => (e.dateBasis ? code(BASIS_KINDS, e.dateBasis.kind) : -1)),
    basisExpression: events.map((e) => e.dateBasis?.expression ?? ""),
    basisAnchor: events.map((e) => e.dateBasis?.anchor ?? null),
    basisSpan: events.flatMap(({ dateBasis: b }) => (b ? [articleAt.get(b.articleId)!, b.start, b.end] : [0, 0, 0])),
    actors: flat((e) => e.actorIds.map((id) => actorAt.get(id)!)),
    locations: flat((e) => e.locationIds.map((id) => locationAt.get(id)!)),
    sources: flat((e) => e.sources.flatMap((s) => [articleAt.get(s.articleId)!, s.start, s.end])),
    quotes: flat((e) => e.quotes.flatMap((q) => [articleAt.get(q.articleId)!, q.start, q.end, q.speakerId === null ? -1 : actorAt.get(q.speakerId)!])),
  };
  return {
    timeline: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ text, ...article }) => ({ ...article, length: text.length })),
      actors: timeline.actors.map(({ mentions: _, ...actor }) => actor),
      locations: timeline.locations.map(({ mentions: _, ...location }) => location),
      events: columns,
      diagnostics: timeline.diagnostics,
    },
    texts: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ id, text }) => ({ id, text })),
      mentions: [...timeline.actors, ...timeline.locations].flatMap(({ id, mentions }) =>
        mentions.map(({ articleId, start, end }) => ({ articleId, start, end, of: id })),
      ),
    },
  };
}
