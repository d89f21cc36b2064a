import type { ExplorerEvent as Event, ExplorerLocation as Location } from "../../model/explorer-data";

/** A place of the filtered events, and where on the map it stands. */
export interface MapPlace {
  id: string;
  name: string;
  /** How many of the filtered events name it. */
  count: number;
  lon: number;
  lat: number;
  /** The place whose point it borrows, when it has none of its own ("Florida" for a Miami the
   *  gazetteer gave no coordinates), so the list can say so. */
  placedAt?: string;
}

/** A place the map cannot draw: neither it nor any place it lies in has a point. */
export interface PlaceOffMap {
  id: string;
  name: string;
  count: number;
}

export type LonLat = readonly [lon: number, lat: number];

/**
 * The places the events name, each once with its number of events, most events first. A place
 * stands at its own coordinates; without them, a country or region at its centroid (from the
 * map's outlines, through `centroidOf`), otherwise at the point of the nearest place it lies in;
 * failing all, it is listed as off the map.
 */
export function placesOnMap(events: readonly Event[], locationsById: ReadonlyMap<string, Location>, centroidOf: (location: Location) => LonLat | undefined = () => undefined): { onMap: MapPlace[]; offMap: PlaceOffMap[] } {
  const counts = new Map<string, number>();
  for (const event of events) for (const id of new Set(event.locationIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const onMap: MapPlace[] = [];
  const offMap: PlaceOffMap[] = [];
  for (const [id, count] of counts) {
    const location = locationsById.get(id);
    // the schema checks every id an event names, so this is a location added since; skip it
    if (!location) continue;
    const found = pointOf(location, locationsById, centroidOf);
    if (!found) offMap.push({ id, name: location.name, count });
    else onMap.push({ id, name: location.name, count, lon: found.point[0], lat: found.point[1], ...(found.from === location ? {} : { placedAt: found.from.name }) });
  }
  const order = (a: { count: number; name: string }, b: { count: number; name: string }) => b.count - a.count || a.name.localeCompare(b.name);
  return { onMap: onMap.sort(order), offMap: offMap.sort(order) };
}

function pointOf(location: Location, locationsById: ReadonlyMap<string, Location>, centroidOf: (location: Location) => LonLat | undefined): { point: LonLat; from: Location } | undefined {
  // the schema refuses a place that lies within itself, so the walk up ends
  for (let at: Location | undefined = location; at; at = at.within === undefined ? undefined : locationsById.get(at.within)) {
    if (at.lat !== undefined && at.lon !== undefined) return { point: [at.lon, at.lat], from: at };
    if (at.kind === "country" || at.kind === "region") {
      const centroid = centroidOf(at);
      if (centroid) return { point: centroid, from: at };
    }
  }
  return undefined;
}
