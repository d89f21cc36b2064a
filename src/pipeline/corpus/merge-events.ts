import type { DateBasis, DatePrecision, EventType, Location } from "../../model/timeline";

/** An event with corpus-wide actor and location ids, before it gets its own id. */
export interface CorpusEvent {
  type: EventType;
  status: "occurred" | "planned";
  date: string | null;
  precision: DatePrecision;
  dateBasis: DateBasis | null;
  actorIds: string[];
  locationIds: string[];
  quotes: { articleId: string; start: number; end: number; speakerId: string | null }[];
  sources: { articleId: string; start: number; end: number }[];
  /** The rules that found the event and merged it: the per-article stage's, then "merge/…". */
  rules: string[];
  /** The ids of the per-article reports merged into it (see stable-ids.ts), which name it. */
  reports: string[];
}

/** What the merge may know besides the events: what a place is and which country it is in,
 *  and when an article was published. Without them places agree only when they are the same
 *  place, and a planned event never joins an occurred one. */
export interface MergeContext {
  placeOf?(locationId: string): Pick<Location, "kind" | "country"> | undefined;
  publishedOf?(articleId: string): string | null | undefined;
}

/** The merge rules' codes, as the events' `rules` name them. */
export const MERGE_RULES = {
  /** [M1] Two statements by one speaker on one day (at one precision) are one statement. */
  sameSpeakerDay: "merge/same-speaker-day",
  /** [M2] Two events of one type and date that share enough of their participants, in places that do not disagree. */
  sharedParticipants: "merge/shared-participants",
  /** [M3] Two events of one type and date at the same city or site, one of them naming no participant. */
  sharedPlace: "merge/shared-place",
  /** [M4] A day and the month it is in, with stronger evidence: participants and a place that agree, or two shared participants. */
  dayInMonth: "merge/day-in-month",
  /** [M5] Planned in one article, occurred in one published no earlier: the event occurred. */
  plannedThenOccurred: "merge/planned-then-occurred",
  /** [M6] An undated event joins the latest dated event of its type, no later than its report, that holds all its participants (two or more) at its places. */
  undatedSameActorsPlace: "merge/undated-same-actors-place",
} as const;

/**
 * One real happening is one event, however many articles report it. Merging reads what the
 * events share (type, date at its precision, status, participants, place), never their
 * wording, and each merge names its rule in the event's `rules`:
 *
 * - The type must be the same: a resignation, an appointment or an agreement merges only with
 *   its own kind, and "other" with "other" (two different kinds on one day with one person are
 *   two happenings: a conviction and a resignation).
 * - The dates agree at the coarser precision: the same day, month or year; a day and the month
 *   it is in only under [M4]. A year never joins a day or a month: a year holds too much.
 * - The status may differ only as [M5] says; the merged event is occurred, with the date basis
 *   of the report that said so.
 * - Statements merge by speaker [M1]; other events by participants [M2], or by place when one
 *   names none [M3]. For a meeting, the shared participants must be at least half of the
 *   smaller side (a meeting's list is long and noisy); for any other kind more than half (an
 *   appointment of one minister and of another by the same prime minister share one of two).
 * - Places must not disagree: no place named on one side, or the same place, or a city or
 *   region in a country named on the other side, or a city and a region of one country (the
 *   data does not say which region a city is in). Two cities disagree.
 * - Undated events [M6]: one joins the latest dated event of its type and status, dated no
 *   later than the article that reports it, that holds all its two or more participants at
 *   its places (news names a past happening by who took part and where: "a separate meeting in
 *   Oslo between …"); with two such on that day, or none, it stays apart, and two undated
 *   events never merge.
 *
 * Events are blocked by type and month (a year-precision event by type and year), so each is
 * compared only with the few of its block: linear in the events for a corpus of many stories.
 */
export function mergeEvents(events: CorpusEvent[], context: MergeContext = {}): CorpusEvent[] {
  // within a block, events of a day meet only the others of that day and the block's coarser
  // ones (a month, a year): a busy month of one type holds thousands of events
  const blocks = new Map<string, { days: Map<string, DayIndex>; coarse: CorpusEvent[] }>();
  const out: CorpusEvent[] = [];
  const undated: CorpusEvent[] = [];
  for (const e of events) {
    if (!e.date) {
      undated.push(e);
      continue;
    }
    const key = `${e.type}|${e.precision === "year" ? `${e.date.slice(0, 4)}|year` : e.date.slice(0, 7)}`;
    const block = blocks.get(key) ?? { days: new Map<string, DayIndex>(), coarse: [] };
    blocks.set(key, block);
    const candidates = e.precision === "day" ? [...sharingWith(block.days.get(e.date), e), ...block.coarse] : [...block.coarse, ...[...block.days.values()].flatMap((d) => d.all)];
    let best: { into: CorpusEvent; rules: string[]; score: number } | null = null;
    for (const o of candidates) {
      const rules = sameHappening(o, e, context);
      if (!rules) continue;
      const score = shared(o.actorIds, e.actorIds) * 2 + shared(o.locationIds, e.locationIds);
      if (!best || score > best.score) best = { into: o, rules, score };
    }
    if (best) absorb(best.into, e, best.rules);
    else {
      if (e.precision !== "day") block.coarse.push(e);
      else {
        const day = block.days.get(e.date) ?? { all: [], byId: new Map<string, CorpusEvent[]>() };
        block.days.set(e.date, day);
        day.all.push(e);
        for (const id of [...e.actorIds, ...e.locationIds]) {
          const list = day.byId.get(id);
          if (list) list.push(e);
          else day.byId.set(id, [e]);
        }
      }
      out.push(e);
    }
  }
  // [M6] an undated event and the dated event it refers back to
  const byActor = new Map<string, CorpusEvent[]>();
  for (const e of out) {
    if (e.actorIds.length < 2 || e.locationIds.length === 0) continue;
    for (const id of e.actorIds) {
      // (pushed, not copied: an actor of a large corpus is in thousands of events)
      const list = byActor.get(id);
      if (list) list.push(e);
      else byActor.set(id, [e]);
    }
  }
  for (const e of undated) {
    const into = e.actorIds.length >= 2 && e.locationIds.length > 0 ? referent(e, byActor.get(e.actorIds[0]) ?? [], context) : undefined;
    if (into) absorb(into, e, [MERGE_RULES.undatedSameActorsPlace]);
    else out.push(e);
  }
  return out;
}

/** [M6] "This follows a separate meeting in Oslo between Lund, Berg and Aas": an undated report
 *  is the latest happening of its type and status, dated no later than the report itself, that
 *  all its participants took part in at its places; when two such fall on that latest day,
 *  nothing says which, and it stays apart. */
function referent(e: CorpusEvent, candidates: CorpusEvent[], context: MergeContext): CorpusEvent | undefined {
  const reported = context.publishedOf ? firstReported(e, context.publishedOf) : null;
  const fits = candidates.filter((o) =>
    o.type === e.type && o.status === e.status && o.date !== null &&
    (e.status === "planned" || reported === null || o.date.slice(0, 10) <= reported) &&
    e.actorIds.every((id) => o.actorIds.includes(id)) &&
    (e.locationIds.every((id) => o.locationIds.includes(id)) || placeAgreement(e.locationIds, o.locationIds, context) === "compatible"));
  const latest = fits.reduce<string>((max, o) => (o.date! > max ? o.date! : max), "");
  const onLatest = fits.filter((o) => o.date === latest);
  return onLatest.length === 1 ? onLatest[0] : undefined;
}

/** The earliest publication date of the articles that report `e`, or null when none is known. */
function firstReported(e: CorpusEvent, publishedOf: NonNullable<MergeContext["publishedOf"]>): string | null {
  return e.sources.map((s) => publishedOf(s.articleId)).reduce<string | null>((min, d) => (!d || (min !== null && min <= d) ? min : d), null);
}

/** The events of one day, and by each actor and place they name: two reports of one happening
 *  share an actor or a place ([M1]–[M3]), so a day's other events need no comparing. */
interface DayIndex {
  all: CorpusEvent[];
  byId: Map<string, CorpusEvent[]>;
}

/** The events of a day that share an actor or a place with `e`, each once, in the day's order. */
function sharingWith(day: DayIndex | undefined, e: CorpusEvent): CorpusEvent[] {
  if (!day) return [];
  const found = new Set<CorpusEvent>();
  for (const id of [...e.actorIds, ...e.locationIds]) for (const o of day.byId.get(id) ?? []) found.add(o);
  return day.all.filter((o) => found.has(o));
}

/** The rules under which two dated events are one happening, or null when they are not. */
export function sameHappening(a: CorpusEvent, b: CorpusEvent, context: MergeContext = {}): string[] | null {
  if (a.type !== b.type || !a.date || !b.date) return null;
  const dates = dateAgreement(a, b);
  if (!dates) return null;
  const extra: string[] = [];
  if (a.status !== b.status) {
    if (a.type === "statement" || !plannedBeforeOccurred(a.status === "planned" ? a : b, a.status === "planned" ? b : a, context)) return null;
    extra.push(MERGE_RULES.plannedThenOccurred);
  }
  const places = placeAgreement(a.locationIds, b.locationIds, context);
  if (a.type === "statement") {
    // a speaker says many things in a month; only the same day (or the same month, when neither says the day) is one statement
    return dates === "same" && a.actorIds[0] !== undefined && a.actorIds[0] === b.actorIds[0] ? [MERGE_RULES.sameSpeakerDay, ...extra] : null;
  }
  if (places === "conflict") return null;
  const common = shared(a.actorIds, b.actorIds);
  // [M2b] two reports of a meeting on one day in one city, with someone in common, are one
  // meeting: each outlet names the side it knows ("talks with the US envoys" / "the Ukrainian
  // delegation, led by …"), so their lists overlap little
  const sameCityMeeting = a.type === "meeting" && dates === "same" && places === "same" && preciseSharedPlace(a.locationIds, b.locationIds, context);
  if (common > 0 && (enoughShared(common, a, b) || sameCityMeeting)) {
    if (dates === "same") return [MERGE_RULES.sharedParticipants, ...extra];
    const placeAgrees = places === "same" || places === "compatible";
    return placeAgrees || common >= 2 ? [MERGE_RULES.dayInMonth, ...extra] : null;
  }
  if (common === 0 && dates === "same" && (a.actorIds.length === 0 || b.actorIds.length === 0) && places === "same" && preciseSharedPlace(a.locationIds, b.locationIds, context)) {
    return [MERGE_RULES.sharedPlace, ...extra];
  }
  return null;
}

/** "same": one date at one precision; "day-in-month": a day and its month; null: they disagree. */
function dateAgreement(a: CorpusEvent, b: CorpusEvent): "same" | "day-in-month" | null {
  if (a.precision === b.precision) return a.date === b.date ? "same" : null;
  const [day, month] = a.precision === "day" ? [a, b] : [b, a];
  if (day.precision !== "day" || month.precision !== "month") return null;
  return day.date!.startsWith(`${month.date}-`) ? "day-in-month" : null;
}

/** [M5] The planned report comes from articles published no later than the occurred one, and
 *  neither shares an article with the other (one article saying both is not a sequel). */
function plannedBeforeOccurred(planned: CorpusEvent, occurred: CorpusEvent, { publishedOf }: MergeContext): boolean {
  if (!publishedOf) return false;
  const plannedArticles = new Set(planned.sources.map((s) => s.articleId));
  if (occurred.sources.some((s) => plannedArticles.has(s.articleId))) return false;
  const planDay = firstReported(planned, publishedOf);
  const occurDay = firstReported(occurred, publishedOf);
  return planDay !== null && occurDay !== null && planDay <= occurDay;
}

/** Meetings: the shared participants are at least half the smaller side; anything else: more than half. */
function enoughShared(common: number, a: CorpusEvent, b: CorpusEvent): boolean {
  const smaller = Math.min(a.actorIds.length, b.actorIds.length);
  return a.type === "meeting" ? common * 2 >= smaller : common * 2 > smaller;
}

type PlaceAgreement = "unnamed" | "same" | "compatible" | "conflict";

function placeAgreement(a: string[], b: string[], { placeOf }: MergeContext): PlaceAgreement {
  if (a.length === 0 || b.length === 0) return "unnamed";
  if (a.some((id) => b.includes(id))) return "same";
  if (!placeOf) return "conflict";
  return a.some((x) => b.some((y) => placesCompatible(placeOf(x), placeOf(y)))) ? "compatible" : "conflict";
}

/** A place inside a country agrees with the country; a city and a region of one country may be one inside the other. */
function placesCompatible(x: Pick<Location, "kind" | "country"> | undefined, y: Pick<Location, "kind" | "country"> | undefined): boolean {
  if (!x?.country || !y?.country || x.country !== y.country) return false;
  if (x.kind === "country" || y.kind === "country") return x.kind !== y.kind;
  return (x.kind === "region" && y.kind === "city") || (x.kind === "city" && y.kind === "region");
}

/** [M3] A shared place is a city or a site, not a country or a region: a country holds many happenings a day. */
function preciseSharedPlace(a: string[], b: string[], { placeOf }: MergeContext): boolean {
  return a.some((id) => {
    if (!b.includes(id)) return false;
    const kind = placeOf?.(id)?.kind;
    return kind === undefined || kind === "city" || kind === "place";
  });
}

function shared(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const id of a) if (b.includes(id)) n++;
  return n;
}

const BASIS_RANK = { stated: 0, relative: 1, context: 2, publication: 3 };

function absorb(into: CorpusEvent, from: CorpusEvent, rules: string[]) {
  for (const id of from.actorIds) if (!into.actorIds.includes(id)) into.actorIds.push(id);
  for (const id of from.locationIds) if (!into.locationIds.includes(id)) into.locationIds.push(id);
  into.quotes.push(...from.quotes);
  into.sources.push(...from.sources);
  into.reports.push(...from.reports);
  for (const rule of [...from.rules, ...rules]) if (!into.rules.includes(rule)) into.rules.push(rule);
  if (!from.date) return;
  // [M5] what happened outranks what was planned: the occurred report's status and date basis
  if (into.status === "planned" && from.status === "occurred") {
    into.status = "occurred";
    if (from.precision === into.precision || from.precision === "day") Object.assign(into, { date: from.date, precision: from.precision, dateBasis: from.dateBasis });
    return;
  }
  if (from.status === "planned" && into.status === "occurred") return;
  // [M4] the day is the finer date of a day and its month
  if (into.precision === "month" && from.precision === "day") {
    Object.assign(into, { date: from.date, precision: from.precision, dateBasis: from.dateBasis });
    return;
  }
  // a stated date explains better than one read from context
  if (from.date === into.date && from.dateBasis && (!into.dateBasis || BASIS_RANK[from.dateBasis.kind] < BASIS_RANK[into.dateBasis.kind])) into.dateBasis = from.dateBasis;
}
