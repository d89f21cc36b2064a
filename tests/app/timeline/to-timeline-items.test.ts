import { describe, expect, it } from "vitest";
import { indexTimeline } from "../../../src/app/timeline-data/timeline-index";
import { toTimelineItems } from "../../../src/app/timeline/to-timeline-items";
import { readExplorerFile, toExplorerData } from "../../../src/model/explorer-data";
import { FIXTURE } from "../fixture-timeline";

const index = indexTimeline(readExplorerFile(toExplorerData(FIXTURE).timeline));

describe("toTimelineItems", () => {
  const { items, groups, undated } = toTimelineItems(index.events, "none", index);
  const item = (eventId: string) => items.find((i) => i.eventId === eventId)!;

  it("a dated event is a box on its day, classed by its type", () => {
    expect(item("e-meeting")).toMatchObject({ id: "e-meeting", start: "2025-12-02", type: "box", label: "Putin and Witkoff meet in Moscow" });
    expect(item("e-meeting").end).toBeUndefined();
    expect(item("e-meeting").className.split(" ")).toEqual(["type-meeting", "is-occurred", "precision-day"]);
  });

  it("a month is a range over the month, and a planned event is marked planned", () => {
    expect(item("e-florida")).toMatchObject({ type: "range", start: "2025-12-01", end: "2026-01-01" });
    expect(item("e-florida").className).toContain("is-planned");
  });

  it("a year is a range over the year", () => {
    expect(item("e-budget")).toMatchObject({ type: "range", start: "2024-01-01", end: "2025-01-01" });
  });

  it("undated events go to the tray, not the timeline", () => {
    expect(undated.map((e) => e.id)).toEqual(["e-signals"]);
    expect(items.map((i) => i.eventId)).not.toContain("e-signals");
    expect(groups).toBeNull();
  });

  it("keeps article text as plain text for the wrapper to put in a text node", () => {
    expect(item("e-budget").label).toBe("A review of <b>the budget</b>");
    expect(item("e-budget").tooltip).toBe("A review of <b>the budget</b>\nOther, 2024");
    expect(item("e-florida").tooltip).toBe("Witkoff to meet the Ukrainian team in Florida\nMeeting (planned), December 2025");
  });

  it("lanes by actor put an event in each of its actors' lanes, the actorless in a last lane", () => {
    const byActor = toTimelineItems(index.events, "actor", index);
    expect(byActor.items.filter((i) => i.eventId === "e-meeting").map((i) => i.group)).toEqual(["vladimir-putin", "steve-witkoff"]);
    expect(new Set(byActor.items.map((i) => i.id)).size).toBe(byActor.items.length);
    expect(byActor.groups?.map((g) => g.label)).toEqual(["Kremlin", "Steve Witkoff", "Vladimir Putin", "No actor named"]);
  });

  it("lanes by type name the types", () => {
    expect(toTimelineItems(index.events, "type", index).groups?.map((g) => g.label)).toEqual(["Meeting", "Other", "Statement"]);
  });
});
