import { describe, expect, it } from "vitest";
import { Corrections, type CorrectionOperation } from "../../src/model/corrections";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { applyCorrections } from "../../src/pipeline/corpus/apply-corrections";
import { FIXTURE } from "../app/fixture-timeline";

// A reader's corrections applied after extraction: each operation, merges of merges, ids that
// have become former ids, operations whose target is gone, and a result the schema accepts
// whatever the order of the operations.

const copy = (): Timeline => JSON.parse(JSON.stringify(FIXTURE));
const doc = (...operations: CorrectionOperation[]) => Corrections.parse({ version: 1, operations });
/** Applies the operations to the fixture, and checks the result against the timeline schema. */
const apply = (operations: CorrectionOperation[], timeline = copy()) => {
  const outcome = applyCorrections(timeline, doc(...operations));
  expect(() => parseTimeline(outcome.timeline)).not.toThrow();
  return outcome;
};
const eventOf = (t: Timeline, id: string) => [...t.events, ...(t.hiddenEvents ?? [])].find((e) => e.id === id)!;
const actorOf = (t: Timeline, id: string) => t.actors.find((a) => a.id === id);

describe("hiding an event", () => {
  it("takes it out of the events and keeps it whole among the hidden ones, so it can be shown again", () => {
    const { timeline, applied, skipped, diagnostics } = apply([{ op: "hide-event", event: "e-budget" }]);
    expect(timeline.events.map((e) => e.id)).not.toContain("e-budget");
    expect(timeline.hiddenEvents).toEqual([FIXTURE.events.find((e) => e.id === "e-budget")]);
    expect([applied, skipped, diagnostics]).toEqual([1, 0, []]);
  });

  it("is undone by removing the operation", () => {
    expect(apply([]).timeline).toEqual(FIXTURE);
  });
});

describe("setting an event's fields", () => {
  it("changes the date, keeps the id and the sources, and records what the extractor had said", () => {
    const { timeline } = apply([{ op: "set-event", event: "e-meeting", date: "2025-12-05" }]);
    const before = FIXTURE.events[0];
    const after = eventOf(timeline, "e-meeting");
    expect(after).toMatchObject({ id: "e-meeting", date: "2025-12-05", datePrecision: "day", sources: before.sources, reportedBy: before.reportedBy });
    // the date no longer comes from "Tuesday": the extractor's basis goes with its date
    expect(after.dateBasis).toBeNull();
    expect(after.corrected).toEqual({ fields: ["date"], original: { date: "2025-12-02", dateBasis: before.dateBasis } });
  });

  it("takes the precision a date's shape states, and records it when it changed", () => {
    const after = eventOf(apply([{ op: "set-event", event: "e-meeting", date: "2025-12" }]).timeline, "e-meeting");
    expect(after).toMatchObject({ date: "2025-12", datePrecision: "month" });
    expect(after.corrected?.fields).toEqual(["date", "datePrecision"]);
    expect(after.corrected?.original).toMatchObject({ date: "2025-12-02", datePrecision: "day" });
    const undated = eventOf(apply([{ op: "set-event", event: "e-meeting", date: null }]).timeline, "e-meeting");
    expect(undated).toMatchObject({ date: null, datePrecision: "unknown", dateBasis: null });
  });

  it("sets the type, status, title, actors and places", () => {
    const { timeline } = apply([{ op: "set-event", event: "e-florida", type: "visit", status: "occurred", title: "Witkoff visits Florida", actorIds: ["steve-witkoff", "volodymyr-zelensky"], locationIds: ["florida", "moscow"] }]);
    const after = eventOf(timeline, "e-florida");
    expect(after).toMatchObject({ type: "visit", status: "occurred", title: "Witkoff visits Florida", actorIds: ["steve-witkoff", "volodymyr-zelensky"], locationIds: ["florida", "moscow"] });
    expect(after.corrected).toEqual({
      fields: ["type", "status", "title", "actorIds", "locationIds"],
      original: { type: "meeting", status: "planned", title: "Witkoff to meet the Ukrainian team in Florida", actorIds: ["steve-witkoff"], locationIds: ["florida"] },
    });
    // the date was not touched, so it still comes from the text
    expect(after.dateBasis).toEqual(FIXTURE.events[2].dateBasis);
  });

  it("marks nothing when the value set is the extractor's own", () => {
    const after = eventOf(apply([{ op: "set-event", event: "e-meeting", date: "2025-12-02", title: "Putin and Witkoff meet in Moscow" }]).timeline, "e-meeting");
    expect(after).toEqual(FIXTURE.events[0]);
  });

  it("combines several operations on one event field by field, the later winning", () => {
    const after = eventOf(
      apply([
        { op: "set-event", event: "e-kremlin", title: "First try", status: "planned" },
        { op: "set-event", event: "e-kremlin", title: "Kremlin says no compromise yet" },
      ]).timeline,
      "e-kremlin",
    );
    expect(after).toMatchObject({ title: "Kremlin says no compromise yet", status: "planned" });
    expect(after.corrected?.original).toEqual({ title: FIXTURE.events[1].title, status: "occurred" });
  });

  it("sets the fields of a hidden event, so that it comes back corrected", () => {
    const ops: CorrectionOperation[] = [
      { op: "hide-event", event: "e-budget" },
      { op: "set-event", event: "e-budget", type: "proposal" },
    ];
    const { timeline } = apply(ops);
    expect(timeline.hiddenEvents?.[0]).toMatchObject({ id: "e-budget", type: "proposal", corrected: { fields: ["type"], original: { type: "other" } } });
    expect(apply(ops.reverse()).timeline).toEqual(timeline);
    expect(eventOf(apply([ops[0]]).timeline, "e-budget").type).toBe("proposal");
  });
});

describe("correcting actors", () => {
  it("renames an actor under the same id, keeping the extractor's name as a spelling", () => {
    const { timeline } = apply([{ op: "rename-actor", actor: "steve-witkoff", name: "Steven Witkoff" }]);
    expect(actorOf(timeline, "steve-witkoff")).toMatchObject({
      name: "Steven Witkoff",
      aliases: ["Steve Witkoff", "Witkoff", "Witkopf"],
      corrected: { fields: ["name"], original: { name: "Steve Witkoff" } },
    });
  });

  it("changes an actor's kind", () => {
    const { timeline } = apply([{ op: "retype-actor", actor: "kremlin", kind: "person" }]);
    expect(actorOf(timeline, "kremlin")).toMatchObject({ kind: "person", corrected: { fields: ["kind"], original: { kind: "organization" } } });
  });

  it("merges one actor into another: its events, quotes, spellings, roles and mentions join the survivor, its id becomes a former id", () => {
    const { timeline } = apply([{ op: "merge-actors", actor: "kremlin", into: "vladimir-putin" }]);
    expect(actorOf(timeline, "kremlin")).toBeUndefined();
    const putin = actorOf(timeline, "vladimir-putin")!;
    expect(putin).toMatchObject({ name: "Vladimir Putin", formerIds: ["kremlin"], corrected: { fields: [], original: {}, merged: ["kremlin"] } });
    expect(putin.aliases).toEqual(["Kremlin", "Putin"]);
    // in the order of the articles and of the words in them
    expect(putin.mentions).toEqual([FIXTURE.actors[3].mentions[0], FIXTURE.actors[0].mentions[0], FIXTURE.actors[0].mentions[1]]);
    const statement = eventOf(timeline, "e-kremlin");
    expect(statement.actorIds).toEqual(["vladimir-putin"]);
    expect(statement.quotes[0].speakerId).toBe("vladimir-putin");
    // a merge is a fact about the actor, not a correction of the event
    expect(statement.corrected).toBeUndefined();
  });

  it("names an event's actor once when both actors of a merge took part", () => {
    const { timeline } = apply([{ op: "merge-actors", actor: "steve-witkoff", into: "vladimir-putin" }]);
    expect(eventOf(timeline, "e-meeting").actorIds).toEqual(["vladimir-putin"]);
  });

  it("merges of merges make one actor whatever their order (A→B then B→C, or B→C then A→B)", () => {
    const ab: CorrectionOperation = { op: "merge-actors", actor: "kremlin", into: "steve-witkoff" };
    const bc: CorrectionOperation = { op: "merge-actors", actor: "steve-witkoff", into: "vladimir-putin" };
    const one = apply([ab, bc]).timeline;
    expect(apply([bc, ab]).timeline).toEqual(one);
    expect(one.actors.map((a) => a.id)).toEqual(["vladimir-putin", "volodymyr-zelensky"]);
    expect(actorOf(one, "vladimir-putin")?.formerIds).toEqual(["kremlin", "steve-witkoff"]);
    expect(eventOf(one, "e-florida").actorIds).toEqual(["vladimir-putin"]);
  });

  it("takes a merge back the other way as a merge already made: the first one wins", () => {
    const { timeline, skipped, diagnostics } = apply([
      { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      { op: "merge-actors", actor: "vladimir-putin", into: "kremlin" },
    ]);
    expect(timeline.actors.map((a) => a.id)).toEqual(["vladimir-putin", "steve-witkoff", "volodymyr-zelensky"]);
    expect([skipped, diagnostics]).toEqual([0, []]);
  });

  it("keeps the survivor's name when an actor renamed is then merged, and its new name as a spelling, in either order", () => {
    const rename: CorrectionOperation = { op: "rename-actor", actor: "kremlin", name: "The Kremlin" };
    const merge: CorrectionOperation = { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" };
    const { timeline } = apply([rename, merge]);
    expect(actorOf(timeline, "vladimir-putin")).toMatchObject({ name: "Vladimir Putin", aliases: ["Kremlin", "Putin", "The Kremlin"] });
    expect(apply([merge, rename]).timeline).toEqual(timeline);
  });

  it("renames a survivor of a merge, whatever the order", () => {
    const rename: CorrectionOperation = { op: "rename-actor", actor: "vladimir-putin", name: "V. Putin" };
    const merge: CorrectionOperation = { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" };
    const { timeline } = apply([merge, rename]);
    expect(actorOf(timeline, "vladimir-putin")?.name).toBe("V. Putin");
    expect(apply([rename, merge]).timeline).toEqual(timeline);
  });

  it("skips a change of kind of an actor merged away, saying which actor keeps its kind", () => {
    const { timeline, skipped, diagnostics } = apply([
      { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      { op: "retype-actor", actor: "kremlin", kind: "person" },
    ]);
    expect(actorOf(timeline, "vladimir-putin")?.kind).toBe("person");
    expect(skipped).toBe(1);
    expect(diagnostics[0].message).toMatch(/operations\[1\] \(retype-actor\): "kremlin" was merged into "vladimir-putin", which keeps its own kind/);
  });

  it("rewrites the extractor's actors of a corrected event through merges, so every id names an actor", () => {
    const { timeline } = apply([
      { op: "set-event", event: "e-kremlin", actorIds: ["volodymyr-zelensky"] },
      { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
    ]);
    expect(eventOf(timeline, "e-kremlin").corrected?.original.actorIds).toEqual(["vladimir-putin"]);
  });
});

describe("ids that became former ids", () => {
  const renamed = () => {
    const t = copy();
    // the extractor, re-run, now calls Witkoff by a better id and keeps the old one; a meeting was retitled
    Object.assign(t.actors[1], { id: "steven-witkoff", formerIds: ["steve-witkoff"] });
    for (const e of t.events) e.actorIds = e.actorIds.map((id) => (id === "steve-witkoff" ? "steven-witkoff" : id));
    Object.assign(t.events[0], { id: "e-meeting-2", formerIds: ["e-meeting"] });
    return t;
  };

  it("apply a correction to the survivor", () => {
    const { timeline, skipped } = apply(
      [
        { op: "set-event", event: "e-meeting", title: "Putin receives Witkoff", actorIds: ["steve-witkoff"] },
        { op: "rename-actor", actor: "steve-witkoff", name: "Steven Witkoff" },
        { op: "merge-actors", actor: "kremlin", into: "steve-witkoff" },
      ],
      renamed(),
    );
    expect(skipped).toBe(0);
    expect(eventOf(timeline, "e-meeting-2")).toMatchObject({ title: "Putin receives Witkoff", actorIds: ["steven-witkoff"] });
    expect(actorOf(timeline, "steven-witkoff")).toMatchObject({ name: "Steven Witkoff", formerIds: ["kremlin", "steve-witkoff"] });
  });

  it("count an actor merged by a correction as a former id too, so applying twice changes nothing", () => {
    const ops: CorrectionOperation[] = [
      { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      { op: "rename-actor", actor: "steve-witkoff", name: "Steven Witkoff" },
      { op: "set-event", event: "e-meeting", date: "2025-12-05", actorIds: ["kremlin", "steve-witkoff"] },
      { op: "hide-event", event: "e-budget" },
    ];
    const once = apply(ops).timeline;
    const twice = apply(ops, once);
    expect(twice.timeline).toEqual(once);
    expect(twice.skipped).toBe(0);
  });

  it("are skipped when several survivors had the same former id (data the schema refuses, met all the same)", () => {
    const t = copy();
    t.actors[0].formerIds = ["russian-leaders"];
    t.actors[3].formerIds = ["russian-leaders"];
    const { skipped, diagnostics } = applyCorrections(t, doc({ op: "rename-actor", actor: "russian-leaders", name: "x" }));
    expect(skipped).toBe(1);
    expect(diagnostics[0].message).toMatch(/"russian-leaders" has since become part of several: "vladimir-putin", "kremlin"/);
  });
});

describe("operations whose event or actor is gone", () => {
  it("are skipped with a warning naming the file, the operation, the id and its label; the others apply", () => {
    const { timeline, applied, skipped, diagnostics } = applyCorrections(
      copy(),
      doc(
        { op: "hide-event", event: "e-budget" },
        { op: "set-event", event: "e-vanished", label: "Talks in Geneva", title: "Talks in Geneva end" },
        { op: "rename-actor", actor: "anna-nowhere", label: "Anna Nowhere", name: "Anna Somewhere" },
        { op: "merge-actors", actor: "kremlin", into: "nobody" },
      ),
      "news/corrections.json",
    );
    expect([applied, skipped]).toEqual([1, 3]);
    expect(timeline.hiddenEvents?.map((e) => e.id)).toEqual(["e-budget"]);
    expect(actorOf(timeline, "kremlin")).toBeDefined();
    expect(diagnostics).toHaveLength(3);
    expect(diagnostics.every((d) => d.file === "news/corrections.json" && d.severity === "warning")).toBe(true);
    expect(diagnostics[0].message).toMatch(/^operations\[1\] \(set-event\): the event "e-vanished" \("Talks in Geneva"\) is not in this extraction \(the extractor may have changed it, or its article was removed\); remove the operation, or make the correction again; skipped$/);
    expect(diagnostics[1].message).toMatch(/^operations\[2\] \(rename-actor\): the actor "anna-nowhere" \("Anna Nowhere"\) is not in this extraction/);
    expect(diagnostics[2].message).toMatch(/^operations\[3\] \(merge-actors\): the actor "nobody" is not in this extraction.*skipped$/);
    expect(() => parseTimeline(timeline)).not.toThrow();
  });

  it("leave out of an event's actors and places the ones that are gone, and set the rest", () => {
    const { timeline, applied, diagnostics } = apply([{ op: "set-event", event: "e-florida", actorIds: ["steve-witkoff", "ghost"], locationIds: ["florida", "atlantis"] }]);
    expect(applied).toBe(1);
    expect(eventOf(timeline, "e-florida")).toMatchObject({ actorIds: ["steve-witkoff"], locationIds: ["florida"] });
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/operations\[0\] \(set-event\): the actor "ghost" is not in this extraction.*the event's other actors are set without it/),
      expect.stringMatching(/the place "atlantis" is not in this extraction/),
    ]);
  });
});

describe("the order of the operations", () => {
  it("does not change the result when the operations do not contradict each other", () => {
    const ops: CorrectionOperation[] = [
      { op: "hide-event", event: "e-budget" },
      { op: "set-event", event: "e-meeting", date: "2025-12", status: "planned", actorIds: ["steve-witkoff", "kremlin"] },
      { op: "rename-actor", actor: "steve-witkoff", name: "Steven Witkoff" },
      { op: "retype-actor", actor: "vladimir-putin", kind: "organization" },
      { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      { op: "merge-actors", actor: "vladimir-putin", into: "volodymyr-zelensky" },
      { op: "set-event", event: "e-budget", title: "Budget review" },
    ];
    const expected = apply(ops).timeline;
    // every rotation and the reverse
    for (let k = 1; k < ops.length; k++) expect(apply([...ops.slice(k), ...ops.slice(0, k)]).timeline).toEqual(expected);
    expect(apply([...ops].reverse()).timeline).toEqual(expected);
  });
});
