import { z } from "zod";
import { ActorKind, CalendarDate, DatePrecision, EventStatus, EventType, type Diagnostic } from "./timeline";

// A reader's corrections to a timeline, kept as one document (`corrections.json`) beside the
// articles or in the browser, and applied after extraction by
// src/pipeline/corpus/apply-corrections.ts, so a rebuild keeps every fix. Operations name events
// and actors by the ids the extractor gave; an id that has since become a former id (formerIds)
// names its survivor. Undoing a correction is removing its operation.

export const CORRECTIONS_FILE = "corrections.json";
export const CORRECTIONS_VERSION = 1;

const Id = z.string().min(1, "expected an id");

/** What every operation may carry: when it was made, and the event's title or the actor's name
 *  when it was made, so that an operation whose target is gone can still be named. */
const common = {
  at: z.iso.datetime({ offset: true, error: "expected an ISO timestamp, e.g. 2026-12-01T09:30:00Z" }).optional(),
  label: z.string().optional(),
};

/** The precision a date's shape states: 2025 a year, 2025-12 a month, 2025-12-02 a day. */
export function precisionOfDate(date: string | null): DatePrecision {
  if (date === null) return "unknown";
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** "It is not an event": the event leaves the timeline and can be shown again by removing the operation. */
export const HideEvent = z.object({ op: z.literal("hide-event"), event: Id, ...common }).strict();

/** Sets some of an event's fields, each with the timeline schema's own type. A date comes with
 *  the precision its shape states (the precision may be left out). */
export const SetEvent = z
  .object({
    op: z.literal("set-event"),
    event: Id,
    date: CalendarDate.nullable().optional(),
    datePrecision: DatePrecision.optional(),
    type: EventType.optional(),
    status: EventStatus.optional(),
    title: z.string().trim().min(1, "expected a title of at least one character").optional(),
    actorIds: z.array(Id).optional(),
    locationIds: z.array(Id).optional(),
    ...common,
  })
  .strict()
  .superRefine((op, ctx) => {
    const { op: _, event: __, at: ___, label: ____, ...fields } = op;
    if (Object.values(fields).every((v) => v === undefined)) ctx.addIssue({ code: "custom", path: [], message: "sets no field; give at least one of date, datePrecision, type, status, title, actorIds, locationIds" });
    if (op.datePrecision !== undefined && op.date === undefined) ctx.addIssue({ code: "custom", path: ["datePrecision"], message: "set together with date: a precision is the precision of a date" });
    if (op.date !== undefined && op.datePrecision !== undefined && precisionOfDate(op.date) !== op.datePrecision)
      ctx.addIssue({ code: "custom", path: ["datePrecision"], message: `"${op.datePrecision}" does not fit the date ${JSON.stringify(op.date)}, whose precision is "${precisionOfDate(op.date)}"` });
  });

export const RenameActor = z.object({ op: z.literal("rename-actor"), actor: Id, name: z.string().trim().min(1, "expected a name of at least one character"), ...common }).strict();

export const RetypeActor = z.object({ op: z.literal("retype-actor"), actor: Id, kind: ActorKind, ...common }).strict();

/** `actor` and `into` are one actor: `actor`'s mentions, aliases and roles join `into`, and
 *  `actor`'s id becomes a former id of `into`. */
export const MergeActors = z
  .object({ op: z.literal("merge-actors"), actor: Id, into: Id, ...common })
  .strict()
  .refine((op) => op.actor !== op.into, { path: ["into"], message: "names the actor it merges; name another actor" });

const OPERATIONS = [HideEvent, SetEvent, RenameActor, RetypeActor, MergeActors] as const;
const OP_NAMES = OPERATIONS.map((o) => o.shape.op.value);

export const CorrectionOperation = z.discriminatedUnion("op", [...OPERATIONS], {
  error: (issue) => (issue.code === "invalid_union" ? `expected an operation: "op" is one of ${OP_NAMES.join(", ")}` : undefined),
});
export type CorrectionOperation = z.infer<typeof CorrectionOperation>;
export type HideEvent = z.infer<typeof HideEvent>;
export type SetEvent = z.infer<typeof SetEvent>;
export type RenameActor = z.infer<typeof RenameActor>;
export type RetypeActor = z.infer<typeof RetypeActor>;
export type MergeActors = z.infer<typeof MergeActors>;

export const Corrections = z
  .object({
    version: z.literal(CORRECTIONS_VERSION, { error: `expected version ${CORRECTIONS_VERSION}: this Dateline reads corrections of version ${CORRECTIONS_VERSION}` }),
    operations: z.array(CorrectionOperation),
  })
  .strict();
export type Corrections = z.infer<typeof Corrections>;

/** A path in a document as a reader writes it: operations[3].date. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : `${out}${out ? "." : ""}${String(key)}`), "") || "(the document)";
}

/** Checks a corrections document, or says where it is wrong: each problem with its path
 *  (`operations[3].date: expected a calendar date…`), the first five of them. */
export function checkCorrections(data: unknown): { corrections: Corrections } | { problems: { path: string; message: string }[] } {
  const result = Corrections.safeParse(data);
  if (result.success) return { corrections: result.data };
  return { problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** Reads a corrections file's text: the document, or the error Diagnostic that refuses it with
 *  the path of the bad entry. The run goes on without it, so the timeline comes out uncorrected. */
export function readCorrections(text: string, file: string): { corrections: Corrections; diagnostic?: undefined } | { corrections?: undefined; diagnostic: Diagnostic } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { diagnostic: refused(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`) };
  }
  const checked = checkCorrections(data);
  if ("corrections" in checked) return { corrections: checked.corrections };
  const shown = checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
  const more = checked.problems.length > 5 ? `; …and ${checked.problems.length - 5} more` : "";
  return { diagnostic: refused(file, `${shown.join("; ")}${more}`) };
}

function refused(file: string, problem: string): Diagnostic {
  return { file, severity: "error", skipped: true, message: `${problem}. None of its corrections were applied: fix the entry (or remove the file) and extract again` };
}
