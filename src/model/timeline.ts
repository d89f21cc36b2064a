import { z } from "zod";

// The timeline data contract (see shared/docs/timeline-data.md). Declared once: the
// extractor validates what it writes with it, the app validates what it loads.

export const isoDay = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A year, a month of a year or a day that is on the calendar: "2025-13-45" and "2025-02-30"
 *  have the shape of a date but name none. */
export function isCalendarDate(value: string): boolean {
  // read by position, not split: a timeline file checks one per event, a hundred thousand at
  // a load, and the split's arrays made this a third of the file's check
  if (!isoDate.test(value)) return false;
  if (value.length === 4) return true;
  const month = Number(value.slice(5, 7));
  if (month < 1 || month > 12) return false;
  if (value.length === 7) return true;
  const day = Number(value.slice(8, 10));
  const year = Number(value.slice(0, 4));
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1] + leapDay;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

/** A rule's short code, "kind/rule" or "kind/rule:words" ("meeting/verb:met", "merge/same-speaker-day"). */
export const RuleCode = z.string().min(1).max(200);

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

/** The ids an event or actor had before its evidence changed (a merge, a better spelling, an
 *  earlier report), so that old links and corrections still find it: sorted, distinct, each
 *  naming this entry only and none a current id. See src/pipeline/corpus/stable-ids.ts. */
export const FormerIds = z.array(z.string().min(1)).optional();

export const ActorKind = z.enum(["person", "organization"]);
export type ActorKind = z.infer<typeof ActorKind>;

/** What a reader's corrections (src/model/corrections.ts) changed on an actor: the fields they
 *  set, with the extractor's values of those fields, and the actors they merged into this one. */
export const ActorCorrection = z
  .object({
    fields: z.array(z.enum(["name", "kind"])),
    original: z.object({ name: z.string().min(1), kind: ActorKind }).partial(),
    /** The ids of the actors a correction merged into this one (they are among its formerIds). */
    merged: z.array(z.string().min(1)).optional(),
  })
  .superRefine((c, ctx) => {
    for (const field of c.fields) if (c.original[field] === undefined) ctx.addIssue({ code: "custom", path: ["original", field], message: `"${field}" is listed as corrected, but the extractor's value is missing` });
  });
export type ActorCorrection = z.infer<typeof ActorCorrection>;

export const Actor = z.object({
  id: z.string().min(1),
  formerIds: FormerIds,
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  /** Each place the text names the actor, with the rules that found the name, settled its kind
   *  and joined it to this actor ("person/title", "resolve/surname-of", "actor/acronym"). */
  mentions: z.array(Span.extend({ rules: z.array(RuleCode).optional() })),
  /** Every rule of its mentions, distinct and sorted: how the extractor came to list this actor. */
  rules: z.array(RuleCode).optional(),
  corrected: ActorCorrection.optional(),
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

export const EventStatus = z.enum(["occurred", "planned"]);
export type EventStatus = z.infer<typeof EventStatus>;

/** The fields of an event a reader may correct (src/model/corrections.ts). */
export const CORRECTABLE_EVENT_FIELDS = ["date", "datePrecision", "type", "status", "title", "actorIds", "locationIds"] as const;
export type CorrectableEventField = (typeof CORRECTABLE_EVENT_FIELDS)[number];

/** What a reader's corrections changed on an event: the fields they set, and what the extractor
 *  had said of each. A corrected date no longer comes from the text, so the extractor's date
 *  basis moves into `original` beside the extractor's date. The sources never change: a
 *  correction does not invent a source. */
export const EventCorrection = z
  .object({
    fields: z.array(z.enum(CORRECTABLE_EVENT_FIELDS)).min(1),
    original: z
      .object({
        date: CalendarDate.nullable(),
        datePrecision: DatePrecision,
        dateBasis: DateBasis.nullable(),
        type: EventType,
        status: EventStatus,
        title: z.string(),
        actorIds: z.array(z.string()),
        locationIds: z.array(z.string()),
      })
      .partial(),
  })
  .superRefine((c, ctx) => {
    for (const field of c.fields) if (c.original[field] === undefined) ctx.addIssue({ code: "custom", path: ["original", field], message: `"${field}" is listed as corrected, but the extractor's value is missing` });
  });
export type EventCorrection = z.infer<typeof EventCorrection>;

export const Event = z.object({
  id: z.string().min(1),
  formerIds: FormerIds,
  type: EventType,
  title: z.string(),
  date: CalendarDate.nullable(),
  datePrecision: DatePrecision,
  dateBasis: DateBasis.nullable(),
  status: EventStatus,
  actorIds: z.array(z.string()),
  locationIds: z.array(z.string()),
  quotes: z.array(Quote),
  sources: z.array(Source).min(1),
  reportedBy: ReportedBy,
  /** The rules that found the event and merged its reports, for a curious reader. */
  rules: z.array(RuleCode),
  /** Set when a reader's corrections changed the event (src/pipeline/corpus/apply-corrections.ts). */
  corrected: EventCorrection.optional(),
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

/** A former id names exactly one entry and is no entry's current id, so a link resolves to one
 *  thing; each entry's list is sorted and distinct. `at` gives the path of entry i's former id j. */
export function checkFormerIds(entries: readonly { id: string; formerIds?: readonly string[] }[], at: (i: number, j: number) => (string | number)[], ctx: z.RefinementCtx): void {
  const current = new Set(entries.map((x) => x.id));
  const owner = new Map<string, string>();
  entries.forEach((x, i) =>
    x.formerIds?.forEach((id, j) => {
      if (j > 0 && !(x.formerIds![j - 1] < id)) ctx.addIssue({ code: "custom", path: at(i, j), message: `"${id}" is out of order or repeated; the former ids are distinct and sorted` });
      if (current.has(id)) ctx.addIssue({ code: "custom", path: at(i, j), message: `the former id "${id}" is a current id${id === x.id ? " of the same entry" : ""}; a former id names what no longer has it` });
      else if (owner.has(id) && owner.get(id) !== x.id) ctx.addIssue({ code: "custom", path: at(i, j), message: `the former id "${id}" is also held by "${owner.get(id)}"; a former id names one entry` });
      owner.set(id, x.id);
    }),
  );
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

/** Every actor and location an event names, now or (when corrected) in the extractor's values,
 *  is in the timeline's lists. `list` names the events' list in the paths. */
function checkEntityIds(t: { actors: { id: string }[]; locations: { id: string }[] }, events: readonly Pick<Event, "actorIds" | "locationIds" | "corrected">[], list: string, ctx: z.RefinementCtx): void {
  const known = { actorIds: new Set(t.actors.map((a) => a.id)), locationIds: new Set(t.locations.map((l) => l.id)) };
  const what = { actorIds: "actor", locationIds: "location" } as const;
  events.forEach((e, i) => {
    for (const field of ["actorIds", "locationIds"] as const) {
      e[field].forEach((id, j) => {
        if (!known[field].has(id)) ctx.addIssue({ code: "custom", path: [list, i, field, j], message: `unknown ${what[field]} "${id}"` });
      });
      e.corrected?.original[field]?.forEach((id, j) => {
        if (!known[field].has(id)) ctx.addIssue({ code: "custom", path: [list, i, "corrected", "original", field, j], message: `unknown ${what[field]} "${id}"` });
      });
    }
  });
}

export const Timeline = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(Article),
    actors: z.array(Actor),
    locations: z.array(Location),
    events: z.array(Event),
    /** Events a reader's corrections hid (not events at all): out of the timeline, kept so that
     *  they can be shown again. Absent when none is hidden. */
    hiddenEvents: z.array(Event).optional(),
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
    const lists = [["events", t.events], ["hiddenEvents", t.hiddenEvents ?? []]] as const;
    for (const [list, events] of lists) {
      events.forEach((e, i) => {
        e.sources.forEach((s, j) => checkSpan(s, [list, i, "sources", j]));
        e.quotes.forEach((q, j) => {
          checkSpan(q, [list, i, "quotes", j]);
          if (q.speakerId !== null && !actorIds.has(q.speakerId)) ctx.addIssue({ code: "custom", path: [list, i, "quotes", j, "speakerId"], message: `unknown actor "${q.speakerId}"` });
        });
        if (e.dateBasis) checkSpan(e.dateBasis, [list, i, "dateBasis"]);
        if (e.corrected?.original.dateBasis) checkSpan(e.corrected.original.dateBasis, [list, i, "corrected", "original", "dateBasis"]);
        // the articles reporting an event are those its sources are in, no more, no fewer
        const reporting = [...new Set(e.sources.map((s) => s.articleId))].sort();
        if (reporting.join("\n") !== e.reportedBy.articles.join("\n"))
          ctx.addIssue({ code: "custom", path: [list, i, "reportedBy", "articles"], message: `names ${JSON.stringify(e.reportedBy.articles).slice(0, 120)}, but the sources are in ${JSON.stringify(reporting).slice(0, 120)}` });
      });
      checkEntityIds(t, events, list, ctx);
    }
    for (const list of ["actors", "locations"] as const) t[list].forEach((x, i) => x.mentions.forEach((m, j) => checkSpan(m, [list, i, "mentions", j])));
    checkWithin(t.locations, (i) => ["locations", i, "within"], ctx);
    for (const list of ["articles", "actors", "locations"] as const) checkUniqueIds(t[list].map((x) => x.id), (i) => [list, i, "id"], ctx);
    // a hidden event keeps its id, and that id names one event whether it is shown or not
    const shown = t.events.length;
    checkUniqueIds([...t.events, ...(t.hiddenEvents ?? [])].map((e) => e.id), (i) => (i < shown ? ["events", i, "id"] : ["hiddenEvents", i - shown, "id"]), ctx);
    for (const list of ["actors", "events"] as const) checkFormerIds(t[list], (i, j) => [list, i, "formerIds", j], ctx);
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
