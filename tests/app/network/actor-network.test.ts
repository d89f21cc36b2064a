import { describe, expect, it } from "vitest";
import { buildNetwork, neighboursOf, sharedEvents, shortName, topActors, TOP_ACTORS } from "../../../src/app/network/actor-network";
import { layoutNetwork, linkAt } from "../../../src/app/network/network-layout";
import { actor, ACTORS, event, EVENTS } from "./network-fixture";

const byId = new Map(ACTORS.map((a) => [a.id, a]));

describe("buildNetwork", () => {
  const network = buildNetwork(EVENTS, byId);
  const link = (a: string, b: string) => network.links.find((l) => l.key === [a, b].sort().join("|"));

  it("links two actors by each event they share, a meeting or an agreement weighing twice a statement", () => {
    expect(link("ada-brandt", "omar-sefu")).toMatchObject({ weight: 2 + 1 + 2, shared: 3 });
    expect(link("ada-brandt", "lena-koval")).toMatchObject({ weight: 1, shared: 1 });
    expect(link("harbour-council", "lena-koval")).toMatchObject({ weight: 1, shared: 1 });
    expect(link("ada-brandt", "harbour-council")).toBeUndefined();
  });

  it("counts each actor's events, alone or not, and lists the most connected first", () => {
    expect(network.actors.map((a) => [a.id, a.events, a.strength])).toEqual([
      ["ada-brandt", 3, 6],
      ["omar-sefu", 3, 6],
      ["lena-koval", 3, 3],
      ["harbour-council", 1, 1],
    ]);
  });

  it("lists the pairs most connected first, ties in a fixed order", () => {
    expect(network.links.map((l) => l.key)).toEqual(["ada-brandt|omar-sefu", "ada-brandt|lena-koval", "harbour-council|lena-koval", "lena-koval|omar-sefu"]);
  });

  it("orders pairs by their shared events first, the pair that met more among equals", () => {
    const n = buildNetwork(
      [
        event("s1", "statement", ["lena-koval", "omar-sefu"]),
        event("s2", "statement", ["lena-koval", "omar-sefu"]),
        event("s3", "statement", ["lena-koval", "omar-sefu"]),
        event("m1", "meeting", ["ada-brandt", "harbour-council"]),
        event("m2", "meeting", ["ada-brandt", "harbour-council"]),
        event("m3", "meeting", ["ada-brandt", "lena-koval"]),
        event("s4", "statement", ["ada-brandt", "lena-koval"]),
      ],
      byId,
    );
    // 3 statements (weight 3) before 2 meetings (weight 4); of two pairs with 2 events, the one with a meeting first
    expect(n.links.map((l) => [l.key, l.shared, l.weight])).toEqual([
      ["lena-koval|omar-sefu", 3, 3],
      ["ada-brandt|harbour-council", 2, 4],
      ["ada-brandt|lena-koval", 2, 3],
    ]);
  });

  it("counts an actor named twice in one event once, and leaves out actors the timeline does not know", () => {
    const n = buildNetwork([event("x", "meeting", ["ada-brandt", "ada-brandt", "nobody", "omar-sefu"])], byId);
    expect(n.actors.map((a) => [a.id, a.events])).toEqual([["ada-brandt", 1], ["omar-sefu", 1]]);
    expect(n.links).toHaveLength(1);
  });

  it("lists the events a pair shares, in the order given", () => {
    expect(sharedEvents(EVENTS, link("ada-brandt", "omar-sefu")!).map((e) => e.id)).toEqual(["e1", "e2", "e3"]);
  });

  it("tells the neighbours of the chosen actors", () => {
    expect([...neighboursOf(network, ["harbour-council"])]).toEqual(["lena-koval"]);
  });
});

describe("topActors", () => {
  it("keeps the most connected actors and only the links among them", () => {
    const top = topActors(buildNetwork(EVENTS, byId), 2);
    expect(top.actors.map((a) => a.id)).toEqual(["ada-brandt", "omar-sefu"]);
    expect(top.links.map((l) => l.key)).toEqual(["ada-brandt|omar-sefu"]);
  });

  it(`draws ${TOP_ACTORS} actors at first, the whole network when it has no more`, () => {
    const many = Array.from({ length: TOP_ACTORS + 1 }, (_, i) => actor(`p${i}`, `Person ${i}`));
    const events = many.map((a, i) => event(`m${i}`, "meeting", [a.id, many[(i + 1) % many.length].id]));
    const network = buildNetwork(events, new Map(many.map((a) => [a.id, a])));
    expect(topActors(network, TOP_ACTORS).actors).toHaveLength(TOP_ACTORS);
    expect(topActors(network, TOP_ACTORS + 1)).toBe(network);
  });
});

describe("shortName", () => {
  it("names a person by the surname and an organization in full", () => {
    expect(shortName({ name: "Ada Brandt", kind: "person" })).toBe("Brandt");
    expect(shortName({ name: "Harbour Council", kind: "organization" })).toBe("Harbour Council");
  });
});

describe("layoutNetwork", () => {
  it("places the same network the same way every time, whatever order its events came in", () => {
    const first = layoutNetwork(buildNetwork(EVENTS, byId));
    const again = layoutNetwork(buildNetwork([...EVENTS].reverse(), byId));
    expect([...again.places.values()]).toEqual([...first.places.values()]);
    expect(again.box).toEqual(first.box);
  });

  it("keeps every circle inside the box and apart from the others", () => {
    const { places, box } = layoutNetwork(buildNetwork(EVENTS, byId));
    const all = [...places.values()];
    for (const p of all) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(box.x);
      expect(p.y + p.r).toBeLessThanOrEqual(box.y + box.height);
    }
    for (const p of all) for (const q of all) if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.r + q.r - 1);
  });
});

describe("layoutNetwork from a layout of the whole", () => {
  const whole = layoutNetwork(buildNetwork(EVENTS, byId));
  const part = buildNetwork(EVENTS.slice(0, Math.ceil(EVENTS.length / 2)), byId);

  it("places a part of the network the same way every time from the same whole", () => {
    expect([...layoutNetwork(part, whole).places.values()]).toEqual([...layoutNetwork(part, whole).places.values()]);
  });

  it("keeps each actor near where the whole put it", () => {
    const settled = layoutNetwork(part, whole);
    const fresh = layoutNetwork(part);
    const drift = (layout: typeof whole) => [...layout.places.values()].reduce((sum, p) => sum + Math.hypot(p.x - whole.places.get(p.id)!.x, p.y - whole.places.get(p.id)!.y), 0);
    expect(drift(settled)).toBeLessThan(drift(fresh));
  });
});

describe("linkAt", () => {
  const places = new Map([
    ["a", { id: "a", x: 0, y: 0, r: 10 }],
    ["b", { id: "b", x: 100, y: 0, r: 10 }],
    ["c", { id: "c", x: 0, y: 100, r: 10 }],
  ]);
  const links = [
    { key: "a|b", source: "a", target: "b" },
    { key: "a|c", source: "a", target: "c" },
  ];

  it("finds the link whose line passes nearest the point, within the tolerance", () => {
    expect(linkAt({ x: 50, y: 3 }, links, places, 8)?.key).toBe("a|b");
    expect(linkAt({ x: 4, y: 60 }, links, places, 8)?.key).toBe("a|c");
  });

  it("finds nothing away from every line, or beyond a line's ends", () => {
    expect(linkAt({ x: 50, y: 50 }, links, places, 8)).toBeUndefined();
    expect(linkAt({ x: 120, y: 0 }, links, places, 8)).toBeUndefined();
  });
});
