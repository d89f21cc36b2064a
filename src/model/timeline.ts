import { z } from "zod";

// The timeline data contract (see shared/docs/timeline-data.md). Declared once: the
// extractor validates what it writes with it, the app validates what it loads.

export const isoDay = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A year, a month of a year or a day that is on the calendar: "2025-13-45" and "2025-02-30"
 *  have the shape of a date but name none. */
export function isCalendarDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const [, month, day] = value.split("-").map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const year = Number(value.slice(0, 4));
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= days;
}

export const CalendarDay = z.string().refine((v) => isoDay.test(v) && isCalendarDate(v), { message: "expected a calendar day, YYYY-MM-DD" });
export const CalendarDate = z.string().refine(isCalendarDate, { message: "expected a calendar date: YYYY, YYYY-MM or YYYY-MM-DD" });

export const DatePrecision = z.enum(["day", "month", "year", "unknown"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const EVENT_TYPES = [
  "meeting", "statement", "resignation", "dismissal", "appointment", "agreement", "visit", "military", "legal",
  "proposal", "vote", "strike", "deadline", "decision", "incident", "contest", "other",
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

export const Span = z.object({
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const Source = Span.extend({ text: z.string() });
export type Source = z.infer<typeof Source>;

export const Article = z.object({
  id: z.string().min(1),
  path: z.string(),
  title: z.string().optional(),
  source: z.string().optional(),
  outlet: z.string().optional(),
  /** Who wrote it, as a saved web page names them. */
  byline: z.string().optional(),
  published: CalendarDay.nullable(),
  publishedBasis: z.enum(["header", "inferred", "unknown"]),
  /** The words the publication date was inferred from, when it was inferred. */
  publishedEvidence: z.string().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Actor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["person", "organization"]),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(Span),
});
export type Actor = z.infer<typeof Actor>;

export const Location = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(["country", "region", "city", "place"]),
  country: z.string().optional(),
  /** The id of the location this one lies in (Miami: Florida; Florida: United States), where
   *  the gazetteer knows it. */
  within: z.string().min(1).optional(),
  aliases: z.array(z.string()),
  lat: z.number().optional(),
  lon: z.number().optional(),
  mentions: z.array(Span),
});
export type Location = z.infer<typeof Location>;

export const Quote = Source.extend({ speakerId: z.string().nullable() });
export type Quote = z.infer<typeof Quote>;

/** Where an event's date came from, so the app can explain it. */
export const DateBasis = z.object({
  /** stated: the sentence names the date; relative: a weekday or "yesterday" read against the
   *  article's date; context: no date in the sentence, taken from the date the story was last at. */
  kind: z.enum(["stated", "relative", "context", "publication"]),
  expression: z.string(),
  anchor: CalendarDay.nullable(),
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type DateBasis = z.infer<typeof DateBasis>;

/** Who reports an event: the distinct articles it has a source in (their ids, sorted), and the
 *  distinct outlets those articles come from (sorted). An article's outlet is its header's
 *  `outlet`, else its source URL's host without "www.", else the article's id: three articles
 *  from one wire count as one outlet. */
export const ReportedBy = z
  .object({
    articles: z.array(z.string().min(1)).min(1),
    outlets: z.array(z.string().min(1)).min(1),
  })
  .superRefine((r, ctx) => {
    for (const list of ["articles", "outlets"] as const) {
      r[list].forEach((v, i) => {
        if (i > 0 && !(r[list][i - 1] < v)) ctx.addIssue({ code: "custom", path: [list, i], message: `"${v}" is out of order or repeated; the ${list} are distinct and sorted` });
      });
    }
    if (r.outlets.length > r.articles.length) ctx.addIssue({ code: "custom", path: ["outlets"], message: `${r.outlets.length} outlets for ${r.articles.length} articles; every outlet is an article's` });
  });
export type ReportedBy = z.infer<typeof ReportedBy>;

/** A rule's short code, "kind/rule" or "kind/rule:words" ("meeting/verb:met", "merge/same-speaker-day"). */
export const RuleCode = z.string().min(1).max(200);

export const Event = z.object({
  id: z.string().min(1),
  type: EventType,
  title: z.string(),
  date: CalendarDate.nullable(),
  datePrecision: DatePrecision,
  dateBasis: DateBasis.nullable(),
  status: z.enum(["occurred", "planned"]),
  actorIds: z.array(z.string()),
  locationIds: z.array(z.string()),
  quotes: z.array(Quote),
  sources: z.array(Source).min(1),
  reportedBy: ReportedBy,
  /** The rules that found the event and merged its reports, for a curious reader. */
  rules: z.array(RuleCode),
});
export type Event = z.infer<typeof Event>;

export const Diagnostic = z.object({
  file: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  /** The file was not read into the timeline (binary, too large, unreadable, a copy, too slow):
   *  the run's exit status is told by this field, never by the wording of the message. */
  skipped: z.boolean().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** No two entries of a list share an id: a link, a filter or a selection names one thing.
 *  `at` gives the path of entry i's id. */
export function checkUniqueIds(ids: readonly string[], at: (i: number) => (string | number)[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) ctx.addIssue({ code: "custom", path: at(i), message: `the id "${id}" is used twice; ids must be unique` });
    seen.add(id);
  });
}

/** A location lies in another location of the list, never in itself however far up: the
 *  places nest. `at` gives the path of entry i's `within`. */
export function checkWithin(locations: readonly { id: string; within?: string }[], at: (i: number) => (string | number)[], ctx: z.RefinementCtx): void {
  const withinOf = new Map(locations.map((l) => [l.id, l.within]));
  locations.forEach((l, i) => {
    if (l.within === undefined) return;
    if (!withinOf.has(l.within)) return ctx.addIssue({ code: "custom", path: at(i), message: `unknown location "${l.within}"` });
    const seen = new Set([l.id]);
    for (let up: string | undefined = l.within; up !== undefined; up = withinOf.get(up)) {
      if (seen.has(up)) return ctx.addIssue({ code: "custom", path: at(i), message: `"${l.id}" would lie within itself (through "${up}"); the places must nest` });
      seen.add(up);
    }
  });
}

/** Every actor and location an event names is in the timeline's lists. */
function checkEntityIds(t: { actors: { id: string }[]; locations: { id: string }[]; events: { actorIds: string[]; locationIds: string[] }[] }, ctx: z.RefinementCtx): void {
  const actorIds = new Set(t.actors.map((a) => a.id));
  const locationIds = new Set(t.locations.map((l) => l.id));
  t.events.forEach((e, i) => {
    e.actorIds.forEach((id, j) => {
      if (!actorIds.has(id)) ctx.addIssue({ code: "custom", path: ["events", i, "actorIds", j], message: `unknown actor "${id}"` });
    });
    e.locationIds.forEach((id, j) => {
      if (!locationIds.has(id)) ctx.addIssue({ code: "custom", path: ["events", i, "locationIds", j], message: `unknown location "${id}"` });
    });
  });
}

export const Timeline = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(Article),
    actors: z.array(Actor),
    locations: z.array(Location),
    events: z.array(Event),
    diagnostics: z.array(Diagnostic),
  })
  .superRefine((t, ctx) => {
    const texts = new Map(t.articles.map((a) => [a.id, a.text]));
    // a span names an article of the document and lies inside its text; an excerpt or a quote
    // is that text's slice, so the words on screen are the article's own
    const checkSpan = (s: Span & { text?: string }, path: (string | number)[]) => {
      const text = texts.get(s.articleId);
      if (text === undefined) ctx.addIssue({ code: "custom", path: [...path, "articleId"], message: `unknown article "${s.articleId}"` });
      else if (s.start > s.end || s.end > text.length) ctx.addIssue({ code: "custom", path: [...path, "start"], message: `${s.start}..${s.end} is not inside the article's ${text.length} characters` });
      else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) ctx.addIssue({ code: "custom", path: [...path, "text"], message: "excerpt is not the article text at start..end" });
    };
    const actorIds = new Set(t.actors.map((a) => a.id));
    t.events.forEach((e, i) => {
      e.sources.forEach((s, j) => checkSpan(s, ["events", i, "sources", j]));
      e.quotes.forEach((q, j) => {
        checkSpan(q, ["events", i, "quotes", j]);
        if (q.speakerId !== null && !actorIds.has(q.speakerId)) ctx.addIssue({ code: "custom", path: ["events", i, "quotes", j, "speakerId"], message: `unknown actor "${q.speakerId}"` });
      });
      if (e.dateBasis) checkSpan(e.dateBasis, ["events", i, "dateBasis"]);
      // the articles reporting an event are those its sources are in, no more, no fewer
      const reporting = [...new Set(e.sources.map((s) => s.articleId))].sort();
      if (reporting.join("\n") !== e.reportedBy.articles.join("\n"))
        ctx.addIssue({ code: "custom", path: ["events", i, "reportedBy", "articles"], message: `names ${JSON.stringify(e.reportedBy.articles).slice(0, 120)}, but the sources are in ${JSON.stringify(reporting).slice(0, 120)}` });
    });
    for (const list of ["actors", "locations"] as const) t[list].forEach((x, i) => x.mentions.forEach((m, j) => checkSpan(m, [list, i, "mentions", j])));
    checkEntityIds(t, ctx);
    checkWithin(t.locations, (i) => ["locations", i, "within"], ctx);
    for (const list of ["articles", "actors", "locations", "events"] as const) checkUniqueIds(t[list].map((x) => x.id), (i) => [list, i, "id"], ctx);
  });
export type Timeline = z.infer<typeof Timeline>;

/** Parses unknown JSON into a Timeline, or throws an error naming the first bad paths. */
export function parseTimeline(data: unknown): Timeline {
  return parseWith(Timeline, data, "The timeline data");
}

/** Checks data against a schema, or throws an error naming the first bad paths. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 5).map((issue) => `At ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = result.error.issues.length > 5 ? `\n…and ${result.error.issues.length - 5} more` : "";
  throw new Error(`${what} does not match the schema:\n${lines.join("\n")}${more}`);
}
