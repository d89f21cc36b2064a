import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
// bundled with the map's code: the map draws offline, with no request for tiles or outlines
import countries110m from "world-atlas/countries-110m.json";
import type { ExplorerLocation as Location } from "../../model/explorer-data";
import type { LonLat } from "./place-points";

/** The map's drawing size; the SVG scales it to its box. Twice as wide as high, as the
 *  Natural Earth projection of the whole world is. */
export const MAP_SIZE = { width: 960, height: 500 } as const;

// world-atlas ships TopoJSON of a known shape; its JSON import types every name as a string
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries).features;

export const projection = geoNaturalEarth1().fitExtent(
  [
    [4, 4],
    [MAP_SIZE.width - 4, MAP_SIZE.height - 4],
  ],
  { type: "Sphere" },
);

const path = geoPath(projection);

/** The world's outline and its countries' outlines, as SVG path data: drawn once, then only
 *  transformed as the map pans and zooms. */
export const spherePath = path({ type: "Sphere" }) ?? "";
export const countryPaths: readonly string[] = countries.map((c) => path(c) ?? "");

// the atlas names a few countries otherwise than the articles do
const ATLAS_NAMES: Record<string, string> = {
  "United States": "United States of America",
  USA: "United States of America",
  "Czech Republic": "Czechia",
  "Democratic Republic of the Congo": "Dem. Rep. Congo",
  "Bosnia and Herzegovina": "Bosnia and Herz.",
  "Central African Republic": "Central African Rep.",
  "South Sudan": "S. Sudan",
  "Dominican Republic": "Dominican Rep.",
};

const centroids = new Map(countries.map((c) => [c.properties.name, geoCentroid(c) as LonLat]));

/** A country's centre, by any of its names, where the atlas knows it. */
export function countryCentroid(location: Location): LonLat | undefined {
  for (const name of [location.name, ...location.aliases]) {
    const found = centroids.get(ATLAS_NAMES[name] ?? name);
    if (found) return found;
  }
  return undefined;
}

/** Where a longitude/latitude is drawn, in drawing units. */
export function project(point: LonLat): [number, number] | undefined {
  const xy = projection([point[0], point[1]]);
  return xy ? [xy[0], xy[1]] : undefined;
}
