import type { CorrectionOperation, Corrections } from "../../model/corrections";
import type { ExplorerActor, ExplorerEvent, ExplorerTimeline } from "../../model/explorer-data";
import type { Actor, Event, Timeline } from "../../model/timeline";
import { applyCorrections } from "../../pipeline/corpus/apply-corrections";

// The reader's corrections applied in the page, to the explorer's copy of the timeline.
//
// The served timeline may have corrections baked in already (the extractor applied the
// folder's corrections.json): hidden events, corrected fields with what the extractor had
// said, renamed and merged actors. The page's document holds those operations too (see
// use-corrections.ts), so that removing one undoes it. To make that possible the page
// first takes the served timeline back to what the extractor said (`asExtracted`) and applies
// the whole document to that. Everything comes back but merges of actors: a merged actor's
// mentions and roles are folded into the survivor's, and the served data does not say which
// were whose, so a merge baked into the build stays until the timeline is extracted again
// without it.

/** The served timeline as the extractor made it, before the corrections baked into it, except
 *  for merges of actors (see above). */
export function asExtracted(timeline: ExplorerTimeline): ExplorerTimeline {
  const events = [...timeline.events, ...(timeline.hiddenEvents ?? [])].map(uncorrectEvent);
  const actors = timeline.actors.map(uncorrectActor);
  const { hiddenEvents: _, ...rest } = timeline;
  return { ...rest, events, actors };
}

function uncorrectEvent(e: ExplorerEvent): ExplorerEvent {
  if (!e.corrected) return e;
  const { corrected, ...plain } = e;
  const restored: ExplorerEvent = { ...plain };
  for (const field of corrected.fields) Object.assign(restored, { [field]: corrected.original[field] });
  return restored;
}

function uncorrectActor(a: ExplorerActor): ExplorerActor {
  if (!a.corrected) return a;
  const { corrected, ...plain } = a;
  const restored: ExplorerActor = { ...plain, name: corrected.original.name ?? a.name, kind: corrected.original.kind ?? a.kind };
  // the merges stay, and with them the record of what was merged
  return corrected.merged ? { ...restored, corrected: { fields: [], original: {}, merged: corrected.merged } } : restored;
}

/** The operations baked into a served timeline, read back from it: what a static build carries
 *  of the corrections.json it was built with. */
export function operationsIn(timeline: ExplorerTimeline): CorrectionOperation[] {
  const ops: CorrectionOperation[] = [];
  for (const a of timeline.actors) {
    for (const merged of a.corrected?.merged ?? []) ops.push({ op: "merge-actors", actor: merged, into: a.id });
    if (a.corrected?.fields.includes("name")) ops.push({ op: "rename-actor", actor: a.id, name: a.name });
    if (a.corrected?.fields.includes("kind")) ops.push({ op: "retype-actor", actor: a.id, kind: a.kind });
  }
  for (const e of [...timeline.events, ...(timeline.hiddenEvents ?? [])]) {
    if (!e.corrected) continue;
    const fields = e.corrected.fields;
    const op: CorrectionOperation = { op: "set-event", event: e.id };
    for (const field of fields) Object.assign(op, { [field]: e[field] });
    // a date is set with its precision, and a precision only with its date
    if (fields.includes("date") || fields.includes("datePrecision")) Object.assign(op, { date: e.date, datePrecision: e.datePrecision });
    ops.push(op);
  }
  for (const e of timeline.hiddenEvents ?? []) ops.push({ op: "hide-event", event: e.id });
  return ops;
}

/** An operation's identity: what it does, not when it was made or what it was called then. */
export function operationKey(op: CorrectionOperation): string {
  const { at: _, label: __, ...rest } = op;
  return JSON.stringify(Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/** The timeline with the corrections applied, and the warnings for those that could not be
 *  (their event or actor is gone). `timeline` is the served one (corrections baked in or not). */
export function correctExplorer(timeline: ExplorerTimeline, corrections: Corrections): { timeline: ExplorerTimeline; warnings: string[] } {
  const base = asExtracted(timeline);
  if (corrections.operations.length === 0) return { timeline: base, warnings: [] };
  // applyCorrections works on the whole timeline; the explorer's copy lacks the evidence
  // (sources, quotes, mentions), which corrections never change, so empty lists stand in
  const { hiddenEvents: _none, ...shown } = base; // asExtracted has shown them all
  const whole = {
    ...shown,
    articles: [],
    actors: base.actors.map((a): Actor => ({ ...a, mentions: [] })),
    locations: base.locations.map((l) => ({ ...l, mentions: [] })),
    events: base.events.map(toWhole),
  } satisfies Timeline;
  const outcome = applyCorrections(whole, corrections, "your corrections");
  const t = outcome.timeline;
  const hiddenEvents = (t.hiddenEvents ?? []).map(toExplorer);
  return {
    timeline: {
      ...base,
      actors: t.actors.map(({ mentions: _, ...a }) => a),
      events: t.events.map(toExplorer),
      ...(hiddenEvents.length ? { hiddenEvents } : {}),
    },
    warnings: outcome.diagnostics.map((d) => d.message),
  };
}

const toWhole = (e: ExplorerEvent): Event => ({ ...e, dateBasis: null, quotes: [], sources: [], rules: [] });

function toExplorer({ dateBasis: _, quotes: __, sources: ___, rules: ____, corrected, ...e }: Event): ExplorerEvent {
  if (!corrected) return e;
  // the stand-in basis is no word of the texts; the page says a corrected date is a reader's
  const { dateBasis: _basis, ...original } = corrected.original;
  return { ...e, corrected: { fields: corrected.fields, original } };
}
