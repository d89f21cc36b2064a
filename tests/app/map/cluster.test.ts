import { describe, expect, it } from "vitest";
import { CLUSTER_RADIUS, clusterMarks, labelledClusters, markRadius } from "../../../src/app/map/cluster";

describe("clustering the map's marks", () => {
  it("draws marks within the radius of a heavier mark as one, with their total count", () => {
    const clusters = clusterMarks([
      { id: "kyiv", x: 100, y: 100, count: 2 },
      { id: "moscow", x: 110, y: 105, count: 5 },
      { id: "miami", x: 400, y: 200, count: 3 },
    ]);
    expect(clusters.map((c) => ({ id: c.id, count: c.count, members: c.members.map((m) => m.id) }))).toEqual([
      { id: "moscow", count: 7, members: ["moscow", "kyiv"] },
      { id: "miami", count: 3, members: ["miami"] },
    ]);
  });

  it("stands a cluster at the count-weighted centre of its members", () => {
    const [cluster] = clusterMarks([
      { id: "a", x: 0, y: 0, count: 3 },
      { id: "b", x: 8, y: 4, count: 1 },
    ]);
    expect(cluster).toMatchObject({ x: 2, y: 1, count: 4 });
  });

  it("keeps marks apart at exactly the radius plus a little, and together at the radius", () => {
    const at = (d: number) => clusterMarks([
      { id: "a", x: 0, y: 0, count: 1 },
      { id: "b", x: d, y: 0, count: 1 },
    ]).length;
    expect(at(CLUSTER_RADIUS)).toBe(1);
    expect(at(CLUSTER_RADIUS + 0.01)).toBe(2);
  });

  it("groups the same marks the same way whatever their order", () => {
    const marks = [
      { id: "a", x: 0, y: 0, count: 1 },
      { id: "b", x: 15, y: 0, count: 1 },
      { id: "c", x: 30, y: 0, count: 1 },
    ];
    const ids = (m: typeof marks) => clusterMarks(m).map((c) => c.members.map((x) => x.id).sort());
    expect(ids([...marks].reverse())).toEqual(ids(marks));
  });

  it("returns no clusters for no marks", () => {
    expect(clusterMarks([])).toEqual([]);
  });
});

describe("the marks' sizes and labels", () => {
  it("grows a mark with its events, up to a cap", () => {
    expect(markRadius(4)).toBeGreaterThan(markRadius(1));
    expect(markRadius(10_000)).toBe(20);
  });

  it("labels the heavier of two marks whose labels would overlap", () => {
    const clusters = clusterMarks([
      { id: "big", x: 100, y: 100, count: 9 },
      { id: "small", x: 100, y: 130, count: 1 },
      { id: "far", x: 100, y: 300, count: 1 },
    ]);
    const labels = labelledClusters(clusters, (c) => c.id.padEnd(10, "x"), Infinity, 7, 40);
    expect([...labels.keys()].sort()).toEqual(["big", "far"]);
  });

  it("puts a label to the left of its mark where the right would leave the map, and drops it where neither side fits", () => {
    const clusters = clusterMarks([
      { id: "east", x: 940, y: 100, count: 1 },
      { id: "west", x: 100, y: 300, count: 1 },
    ]);
    expect(labelledClusters(clusters, () => "Vladivostok", 960)).toEqual(new Map([["west", "right"], ["east", "left"]]));
    expect(labelledClusters(clusters, () => "A name far too long for the map", 200).has("east")).toBe(false);
  });
});
