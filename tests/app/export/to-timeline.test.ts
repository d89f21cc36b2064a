import { describe, expect, it } from "vitest";
import { toTimeline } from "../../../src/app/export/to-timeline";
import { parseTimeline, Timeline } from "../../../src/model/timeline";
import { FIXTURE } from "../fixture-timeline";
import { exportInput } from "./export-fixture";

describe("toTimeline", () => {
  it("gives back the whole document when every event is exported", () => {
    const input = exportInput((events) => [...events].sort((a, b) => FIXTURE.events.findIndex((e) => e.id === a.id) - FIXTURE.events.findIndex((e) => e.id === b.id)));
    // the fixture's mentions carry their words for its own checks; the schema keeps only the span
    expect(toTimeline(input)).toEqual(parseTimeline(FIXTURE));
  });

  it("holds only the chosen events, in order, and what they name, and round-trips through parseTimeline", () => {
    const input = exportInput((events) => events.filter((e) => e.id === "e-kremlin" || e.id === "e-florida").reverse());
    const doc = toTimeline(input);
    expect(Timeline.safeParse(doc).success).toBe(true);
    expect(parseTimeline(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(doc.events.map((e) => e.id)).toEqual(input.events.map((e) => e.id));
    expect(new Set(doc.events.map((e) => e.id))).toEqual(new Set(["e-florida", "e-kremlin"]));
    expect(doc.articles.map((a) => a.id)).toEqual(["a1"]);
    expect(doc.actors.map((a) => a.id)).toEqual(["steve-witkoff", "kremlin"]);
    expect(doc.locations.map((l) => l.id)).toEqual(["florida"]);
    // the actors' mentions are only those in the exported articles
    expect(doc.actors[0].mentions.every((m) => m.articleId === "a1")).toBe(true);
    expect(doc.events.find((e) => e.id === "e-kremlin")!.quotes[0].text).toBe("“compromises have not yet been found”");
  });

  it("brings the places an event's place lies in, so `within` names a place of the document", () => {
    const timeline = { ...FIXTURE, locations: [...FIXTURE.locations.map((l) => (l.id === "florida" ? { ...l, within: "usa" } : l)), { id: "usa", name: "United States", kind: "country" as const, aliases: [], mentions: [] }] };
    const doc = toTimeline(exportInput((events) => events.filter((e) => e.id === "e-florida"), timeline));
    expect(doc.locations.map((l) => l.id)).toEqual(["florida", "usa"]);
  });

  it("is an empty but valid document when no event is chosen", () => {
    expect(toTimeline(exportInput(() => []))).toEqual({ schemaVersion: 1, articles: [], actors: [], locations: [], events: [], diagnostics: [] });
  });
});
