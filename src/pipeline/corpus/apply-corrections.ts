import { CORRECTIONS_FILE, precisionOfDate, type CorrectionOperation, type Corrections, type SetEvent } from "../../model/corrections";
import { CORRECTABLE_EVENT_FIELDS, type Actor, type ActorKind, type Diagnostic, type Event, type EventCorrection, type Timeline } from "../../model/timeline";

// The stage after extraction: a reader's corrections (src/model/corrections.ts) applied to the
// extractor's timeline, so a rebuild keeps every fix. Pure, with no Node imports: the explorer
// runs it too.
//
// The result does not depend on the order of the operations, except where two of them say
// opposite things, and then the later one in the list wins (two titles for one event), or the
// first one does (a merge of A into B, then of B into A: they are one actor already):
//   1. merges first: each joins two groups of actors, so A→B then B→C and B→C then A→B both
//      make one actor C that was A, B and C;
//   2. renames and changes of kind apply to the actor that remains; a rename of an actor merged
//      away keeps its name as a spelling (an alias) of the actor it joined, whose name stays;
//   3. events: sets apply field by field, to shown and hidden events alike, so an event shown
//      again keeps its fixes; then the hidden ones leave `events` for `hiddenEvents`.
// Every id an operation names is looked up among the current ids first, then among former ids
// (`formerIds`): an id that has become a former id names its survivor. An operation whose
// event or actor is gone is skipped with a warning that names it; the others still apply.
// Applying the same corrections to a timeline they already corrected changes nothing.

export interface CorrectionsOutcome {
  timeline: Timeline;
  /** Warnings naming the corrections file and each operation skipped or applied in part. The
   *  timeline's own diagnostics are left as they were: the caller adds these where it reports. */
  diagnostics: Diagnostic[];
  /** Operations applied (including those that changed nothing: the fix was already there). */
  applied: number;
  /** Operations skipped: their event or actor is gone, or an earlier merge made them moot. */
  skipped: number;
}

// the extractor's order (merge-name-variants' cmp), declared here so that the explorer, which
// runs this stage, does not load the name matcher and its phonetic libraries with it
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Found = { id: string } | { problem: string };

/** Looks an id up among the current ids, then among the ids the entities had before. */
function lookup(entities: readonly { id: string; formerIds?: string[] }[], what: string) {
  const current = new Set(entities.map((e) => e.id));
  const former = new Map<string, string[]>();
  for (const e of entities) {
    for (const id of e.formerIds ?? []) if (!current.has(id)) former.set(id, [...(former.get(id) ?? []), e.id]);
  }
  return (id: string, label?: string): Found => {
    if (current.has(id)) return { id };
    const survivors = former.get(id) ?? [];
    if (survivors.length === 1) return { id: survivors[0] };
    const named = `the ${what} "${id}"${label ? ` (${JSON.stringify(label)})` : ""}`;
    if (survivors.length > 1) return { problem: `${named} has since become part of several: ${survivors.map((s) => `"${s}"`).join(", ")}; make the correction again on the one you mean` };
    return { problem: `${named} is not in this extraction (the extractor may have changed it, or its article was removed); remove the operation, or make the correction again` };
  };
}

type EventPatch = Partial<Pick<Event, (typeof CORRECTABLE_EVENT_FIELDS)[number]>>;

/** Applies `corrections` to `timeline`. `file` names the corrections in the diagnostics. */
export function applyCorrections(timeline: Timeline, corrections: Corrections, file = CORRECTIONS_FILE): CorrectionsOutcome {
  const warnings: { i: number; diagnostic: Diagnostic }[] = [];
  let skipped = 0;
  const warn = (i: number, op: CorrectionOperation, message: string) => warnings.push({ i, diagnostic: { file, severity: "warning", message: `operations[${i}] (${op.op}): ${message}` } });
  const skip = (i: number, op: CorrectionOperation, message: string) => {
    warn(i, op, `${message}; skipped`);
    skipped++;
  };
  const ops = corrections.operations.map((op, i) => ({ op, i }));
  const findActor = lookup(timeline.actors, "actor");
  const shownAndHidden = [...timeline.events, ...(timeline.hiddenEvents ?? [])];
  const findEvent = lookup(shownAndHidden, "event");

  // 1. merges: `into` links an actor merged away to the actor it joined
  const into = new Map<string, string>();
  const survivorOf = (id: string): string => {
    let at = id;
    for (let next = into.get(at); next !== undefined; next = into.get(at)) at = next;
    return at;
  };
  for (const { op, i } of ops) {
    if (op.op !== "merge-actors") continue;
    const from = findActor(op.actor, op.label);
    const to = findActor(op.into);
    if ("problem" in from) skip(i, op, from.problem);
    else if ("problem" in to) skip(i, op, to.problem);
    else {
      const [a, b] = [survivorOf(from.id), survivorOf(to.id)];
      // already one actor (merged before, or by the extractor): nothing to do
      if (a !== b) into.set(a, b);
    }
  }

  // 2. renames and kinds, for the actors that remain
  const names = new Map<string, string>();
  const kinds = new Map<string, ActorKind>();
  const spellings = new Map<string, string[]>();
  for (const { op, i } of ops) {
    if (op.op !== "rename-actor" && op.op !== "retype-actor") continue;
    const found = findActor(op.actor, op.label);
    if ("problem" in found) {
      skip(i, op, found.problem);
      continue;
    }
    const survivor = survivorOf(found.id);
    if (op.op === "rename-actor") {
      if (survivor === found.id) names.set(survivor, op.name);
      else spellings.set(survivor, [...(spellings.get(survivor) ?? []), op.name]);
    } else if (survivor === found.id) kinds.set(survivor, op.kind);
    else skip(i, op, `"${found.id}" was merged into "${survivor}", which keeps its own kind; change that actor's kind instead`);
  }
  const absorbed = new Map<string, Actor[]>();
  for (const actor of timeline.actors) {
    if (into.has(actor.id)) absorbed.set(survivorOf(actor.id), [...(absorbed.get(survivorOf(actor.id)) ?? []), actor]);
  }
  const actors = timeline.actors
    .filter((a) => !into.has(a.id))
    .map((a) => correctActor(a, { name: names.get(a.id), kind: kinds.get(a.id), absorbed: absorbed.get(a.id) ?? [], spellings: spellings.get(a.id) ?? [] }));

  // 3. events
  const locationIds = new Set(timeline.locations.map((l) => l.id));
  const patches = new Map<string, EventPatch>();
  const hide = new Set<string>();
  for (const { op, i } of ops) {
    if (op.op !== "hide-event" && op.op !== "set-event") continue;
    const found = findEvent(op.event, op.label);
    if ("problem" in found) {
      skip(i, op, found.problem);
      continue;
    }
    if (op.op === "hide-event") hide.add(found.id);
    else patches.set(found.id, { ...patches.get(found.id), ...patchOf(op, (message) => warn(i, op, message), findActor, locationIds) });
  }
  const corrected = (e: Event) => correctEvent(e, patches.get(e.id) ?? {}, survivorOf);
  const events = timeline.events.filter((e) => !hide.has(e.id)).map(corrected);
  const hiddenEvents = [...(timeline.hiddenEvents ?? []), ...timeline.events.filter((e) => hide.has(e.id))].map(corrected);

  const { hiddenEvents: _, ...rest } = timeline;
  return {
    timeline: { ...rest, actors, events, ...(hiddenEvents.length ? { hiddenEvents } : {}) },
    // in the order of the operations, however the stages met them
    diagnostics: warnings.sort((a, b) => a.i - b.i).map((w) => w.diagnostic),
    applied: corrections.operations.length - skipped,
    skipped,
  };
}

/** The fields a set-event operation sets, with its ids looked up (through former ids); an actor
 *  or place that is gone is left out with a warning, and the rest of the operation applies. */
function patchOf(op: SetEvent, warn: (message: string) => void, findActor: ReturnType<typeof lookup>, locationIds: ReadonlySet<string>): EventPatch {
  const patch: EventPatch = {};
  if (op.date !== undefined) {
    patch.date = op.date;
    patch.datePrecision = op.datePrecision ?? precisionOfDate(op.date);
  }
  if (op.type !== undefined) patch.type = op.type;
  if (op.status !== undefined) patch.status = op.status;
  if (op.title !== undefined) patch.title = op.title;
  if (op.actorIds !== undefined) {
    patch.actorIds = op.actorIds.flatMap((id) => {
      const found = findActor(id);
      if ("id" in found) return [found.id];
      warn(`${found.problem}; the event's other actors are set without it`);
      return [];
    });
  }
  if (op.locationIds !== undefined) {
    patch.locationIds = op.locationIds.filter((id) => {
      if (locationIds.has(id)) return true;
      warn(`the place "${id}" is not in this extraction; the event's other places are set without it`);
      return false;
    });
  }
  return patch;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const distinct = <T>(list: readonly T[]) => [...new Set(list)];

/** An event with its fields set, its actors following merges, and what the extractor had said
 *  of each field that now differs. Its id and sources stay. */
function correctEvent(e: Event, patch: EventPatch, survivorOf: (id: string) => string): Event {
  // what the extractor said: kept from an earlier application, so applying twice changes nothing
  const original: EventCorrection["original"] = { ...e.corrected?.original };
  const next: Event = { ...e, ...patch };
  for (const field of Object.keys(patch) as (keyof EventPatch)[]) if (original[field] === undefined) Object.assign(original, { [field]: e[field] });
  // a date set by a reader no longer comes from the words the extractor read it from
  if (patch.date !== undefined && original.dateBasis === undefined) {
    original.dateBasis = e.dateBasis;
    next.dateBasis = null;
  }
  // merged actors are one actor, in what the extractor said as in what the reader says
  next.actorIds = distinct(next.actorIds.map(survivorOf));
  next.quotes = e.quotes.map((q) => (q.speakerId === null ? q : { ...q, speakerId: survivorOf(q.speakerId) }));
  if (original.actorIds) original.actorIds = distinct(original.actorIds.map(survivorOf));

  const fields = CORRECTABLE_EVENT_FIELDS.filter((f) => original[f] !== undefined && !same(original[f], next[f]));
  const dateChanged = fields.includes("date") || fields.includes("datePrecision");
  if (!dateChanged && original.dateBasis !== undefined) next.dateBasis = original.dateBasis;
  const kept: EventCorrection["original"] = {};
  for (const f of fields) Object.assign(kept, { [f]: original[f] });
  if (dateChanged) kept.dateBasis = original.dateBasis;
  const { corrected: _, ...plain } = next;
  return fields.length ? { ...plain, corrected: { fields, original: kept } } : plain;
}

interface ActorChanges {
  name: string | undefined;
  kind: ActorKind | undefined;
  /** The actors merged into this one, in the actors' order. */
  absorbed: Actor[];
  /** Names a reader gave to actors merged into this one. */
  spellings: string[];
}

/** An actor renamed, retyped, and with the actors merged into it folded in: their mentions,
 *  spellings and roles, their ids as former ids. */
function correctActor(a: Actor, { name, kind, absorbed, spellings }: ActorChanges): Actor {
  if (name === undefined && kind === undefined && absorbed.length === 0 && spellings.length === 0) return a;
  const original = { ...a.corrected?.original };
  if (name !== undefined) original.name ??= a.name;
  if (kind !== undefined) original.kind ??= a.kind;
  const next = { name: name ?? a.name, kind: kind ?? a.kind };
  const fields = (["name", "kind"] as const).filter((f) => original[f] !== undefined && original[f] !== next[f]);
  const kept: NonNullable<Actor["corrected"]>["original"] = {};
  for (const f of fields) Object.assign(kept, { [f]: original[f] });
  const merged = distinct([...(a.corrected?.merged ?? []), ...absorbed.flatMap((x) => [x.id, ...(x.corrected?.merged ?? [])])]);
  // every name the articles or the reader gave stays findable: the extractor's name, and the
  // names and spellings of the actors merged in
  const names = [original.name, ...absorbed.flatMap((x) => [x.name, x.corrected?.original.name]), ...spellings].filter((n): n is string => n !== undefined && n !== next.name);
  const { corrected: _, ...plain } = a;
  return {
    ...plain,
    ...next,
    aliases: distinct([...a.aliases, ...absorbed.flatMap((x) => x.aliases), ...names]).sort(cmp),
    roles: distinct([...a.roles, ...absorbed.flatMap((x) => x.roles)]),
    mentions: absorbed.length ? [...a.mentions, ...absorbed.flatMap((x) => x.mentions)].sort((x, y) => cmp(x.articleId, y.articleId) || x.start - y.start) : a.mentions,
    // (sorted and distinct, as the schema holds every list of former ids)
    ...(absorbed.length || a.formerIds ? { formerIds: distinct([...(a.formerIds ?? []), ...absorbed.flatMap((x) => [x.id, ...(x.formerIds ?? [])])]).filter((id) => id !== a.id).sort(cmp) } : {}),
    ...(absorbed.length && (a.rules || absorbed.some((x) => x.rules)) ? { rules: distinct([...(a.rules ?? []), ...absorbed.flatMap((x) => x.rules ?? [])]).sort(cmp) } : {}),
    ...(fields.length || merged.length ? { corrected: { fields, original: kept, ...(merged.length ? { merged } : {}) } } : {}),
  };
}
