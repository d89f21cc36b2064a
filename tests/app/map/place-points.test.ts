import { describe, expect, it } from "vitest";
import { placesOnMap } from "../../../src/app/map/place-points";
import type { ExplorerEvent, ExplorerLocation } from "../../../src/model/explorer-data";

const place = (id: string, more: Partial<ExplorerLocation> = {}): ExplorerLocation => ({ id, name: id[0].toUpperCase() + id.slice(1), kind: "city", aliases: [], ...more });
const LOCATIONS = new Map(
  [
    place("nordland", { kind: "country", name: "Nordland" }),
    place("vessa", { kind: "region", within: "nordland" }),
    place("port-amber", { name: "Port Amber", lat: 61.5, lon: 10.25, within: "vessa" }),
    place("hollow", { within: "vessa" }),
    place("nowhere"),
  ].map((l) => [l.id, l]),
);
const event = (id: string, locationIds: string[]) => ({ id, locationIds }) as unknown as ExplorerEvent;
const NORDLAND_CENTRE = [12, 60] as const;
const centroidOf = (l: ExplorerLocation) => (l.id === "nordland" ? NORDLAND_CENTRE : undefined);

describe("the places on the map", () => {
  it("counts each place once per event, most events first", () => {
    const { onMap } = placesOnMap([event("e1", ["port-amber", "port-amber"]), event("e2", ["port-amber", "nordland"]), event("e3", ["nordland"]), event("e4", ["nordland"])], LOCATIONS, centroidOf);
    expect(onMap.map((p) => [p.name, p.count])).toEqual([
      ["Nordland", 3],
      ["Port Amber", 2],
    ]);
  });

  it("stands a place at its own coordinates, a country at its centroid", () => {
    const { onMap } = placesOnMap([event("e1", ["port-amber", "nordland"])], LOCATIONS, centroidOf);
    expect(onMap.find((p) => p.id === "port-amber")).toMatchObject({ lon: 10.25, lat: 61.5 });
    expect(onMap.find((p) => p.id === "port-amber")?.placedAt).toBeUndefined();
    expect(onMap.find((p) => p.id === "nordland")).toMatchObject({ lon: 12, lat: 60 });
  });

  it("stands a place without a point at the nearest place it lies in that has one, and says which", () => {
    const { onMap } = placesOnMap([event("e1", ["hollow"])], LOCATIONS, centroidOf);
    expect(onMap).toEqual([{ id: "hollow", name: "Hollow", count: 1, lon: 12, lat: 60, placedAt: "Nordland" }]);
  });

  it("lists a place with no point, in nothing that has one, as off the map", () => {
    const { onMap, offMap } = placesOnMap([event("e1", ["nowhere"])], LOCATIONS, centroidOf);
    expect(onMap).toEqual([]);
    expect(offMap).toEqual([{ id: "nowhere", name: "Nowhere", count: 1 }]);
  });

  it("has no places for events that name none", () => {
    expect(placesOnMap([event("e1", [])], LOCATIONS)).toEqual({ onMap: [], offMap: [] });
  });
});
