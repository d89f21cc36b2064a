import { describe, expect, it } from "vitest";
import { readCorrections } from "../../src/model/corrections";
import { ExplorerFile, readExplorerFile, toExplorerData } from "../../src/model/explorer-data";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { applyCorrections } from "../../src/pipeline/corpus/apply-corrections";
import { FIXTURE } from "../app/fixture-timeline";

// corrections.json has its own schema: a malformed file is refused with the path of the bad
// entry, and a corrected timeline still passes the timeline schema and the explorer's loaders.

const read = (operations: unknown[], version: unknown = 1) => readCorrections(JSON.stringify({ version, operations }), "corrections.json");
const refusal = (operations: unknown[], version: unknown = 1) => {
  const { diagnostic } = read(operations, version);
  expect(diagnostic).toMatchObject({ file: "corrections.json", severity: "error", skipped: true });
  return diagnostic!.message;
};

describe("a corrections document", () => {
  it("takes each kind of operation, with an optional time and label", () => {
    const { corrections } = read([
      { op: "hide-event", event: "e1", at: "2026-12-01T09:30:00Z", label: "Not an event" },
      { op: "set-event", event: "e2", date: "2025-12", datePrecision: "month", type: "visit", status: "planned", title: "A visit", actorIds: ["a"], locationIds: [] },
      { op: "rename-actor", actor: "a", name: "Anna", at: "2026-12-01T10:30:00+01:00" },
      { op: "retype-actor", actor: "a", kind: "organization" },
      { op: "merge-actors", actor: "a", into: "b" },
    ]);
    expect(corrections?.operations).toHaveLength(5);
  });

  it("is refused with the path of the bad entry", () => {
    const ok = { op: "hide-event", event: "e1" };
    expect(refusal([ok, ok, ok, { op: "set-event", event: "e2", date: "2025-13-45" }])).toMatch(/^operations\[3\]\.date: expected a calendar date: YYYY, YYYY-MM or YYYY-MM-DD\. None of its corrections were applied: fix the entry \(or remove the file\) and extract again$/);
    expect(refusal([{ op: "split-event", event: "e1" }])).toMatch(/^operations\[0\]\.op: expected an operation: "op" is one of hide-event, set-event, rename-actor, retype-actor, merge-actors/);
    expect(refusal([{ op: "set-event", event: "e1", dat: "2025" }])).toMatch(/operations\[0\]: Unrecognized key: "dat"/);
    expect(refusal([{ op: "set-event", event: "e1" }])).toMatch(/operations\[0\]: sets no field/);
    expect(refusal([{ op: "set-event", event: "e1", date: "2025-12", datePrecision: "day" }])).toMatch(/operations\[0\]\.datePrecision: "day" does not fit the date "2025-12", whose precision is "month"/);
    expect(refusal([{ op: "set-event", event: "e1", datePrecision: "year" }])).toMatch(/operations\[0\]\.datePrecision: set together with date/);
    expect(refusal([{ op: "set-event", event: "e1", title: "  " }])).toMatch(/operations\[0\]\.title: expected a title/);
    expect(refusal([{ op: "set-event", event: "e1", type: "party" }])).toMatch(/operations\[0\]\.type: /);
    expect(refusal([{ op: "merge-actors", actor: "a", into: "a" }])).toMatch(/operations\[0\]\.into: names the actor it merges/);
    expect(refusal([{ op: "retype-actor", actor: "a", kind: "robot" }])).toMatch(/operations\[0\]\.kind: /);
    expect(refusal([{ op: "hide-event", event: "e1", at: "yesterday" }])).toMatch(/operations\[0\]\.at: expected an ISO timestamp/);
    expect(refusal([{ op: "hide-event", event: "" }])).toMatch(/operations\[0\]\.event: expected an id/);
    expect(refusal([], 2)).toMatch(/^version: expected version 1/);
  });

  it("is refused when it is not JSON", () => {
    expect(readCorrections("{ version: 1", "news/corrections.json").diagnostic).toMatchObject({ file: "news/corrections.json", severity: "error", message: expect.stringMatching(/^not valid JSON \(/) });
  });
});

describe("a corrected timeline", () => {
  const corrected = (): Timeline =>
    applyCorrections(structuredClone(FIXTURE), {
      version: 1,
      operations: [
        { op: "hide-event", event: "e-budget" },
        { op: "set-event", event: "e-meeting", date: "2025-12-05", title: "Putin receives Witkoff" },
        { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      ],
    }).timeline;

  it("passes the timeline schema", () => {
    expect(() => parseTimeline(corrected())).not.toThrow();
  });

  it("is refused when a hidden event names an actor that is not there, or shares an id with a shown one", () => {
    const t = corrected();
    t.hiddenEvents![0].actorIds = ["nobody"];
    expect(() => parseTimeline(t)).toThrow(/At hiddenEvents\.0\.actorIds\.0: unknown actor "nobody"/);
    const u = corrected();
    u.hiddenEvents![0].id = "e-meeting";
    expect(() => parseTimeline(u)).toThrow(/At hiddenEvents\.0\.id: the id "e-meeting" is used twice/);
    const v = corrected();
    v.events[0].corrected!.original.dateBasis!.end = 10_000;
    expect(() => parseTimeline(v)).toThrow(/At events\.0\.corrected\.original\.dateBasis\.start: /);
  });

  it("goes into the explorer's files and comes back with its corrections and hidden events", () => {
    const t = corrected();
    const files = toExplorerData(t);
    const loaded = readExplorerFile(ExplorerFile.parse(JSON.parse(JSON.stringify(files.timeline))));
    expect(loaded.events.find((e) => e.id === "e-meeting")?.corrected).toEqual(t.events[0].corrected);
    expect(loaded.events.filter((e) => e.corrected)).toHaveLength(1);
    expect(loaded.hiddenEvents?.map((e) => [e.id, e.title])).toEqual([["e-budget", "A review of <b>the budget</b>"]]);
    expect(loaded.actors.find((a) => a.id === "vladimir-putin")?.formerIds).toEqual(["kremlin"]);
  });

  it("leaves the explorer's files as they were when nothing was corrected", () => {
    const files = toExplorerData(FIXTURE);
    expect(Object.keys(files.timeline)).not.toContain("corrected");
    expect(Object.keys(files.timeline)).not.toContain("hiddenEvents");
  });

  it("is refused by the explorer's loader when a hidden event names an actor it lacks", () => {
    const files = JSON.parse(JSON.stringify(toExplorerData(corrected()).timeline));
    files.hiddenEvents[0].actorIds = ["nobody"];
    expect(() => readExplorerFile(files)).toThrow(/At hiddenEvents\.0\.actorIds\.0: unknown actor "nobody"/);
  });
});
