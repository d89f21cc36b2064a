import doubleMetaphone from "talisman/phonetics/double-metaphone";
import damerauLevenshtein from "talisman/metrics/damerau-levenshtein";
import { foldName } from "../text/fold";

/** One place the gazetteer knows. `rank` orders homonyms: the larger the likelier. */
export interface Place {
  key: string;
  name: string;
  kind: "country" | "region" | "city" | "place";
  country?: string;
  lat?: number;
  lon?: number;
  rank: number;
  /** For a landmark such as a seat of government: the place it stands in. */
  within?: string;
  /** For a landmark that also speaks as an institution ("the Kremlin said"). */
  institution?: boolean;
}

export interface GazetteerData {
  places: Place[];
  /** Surface forms (folded) → place key: alternative spellings, abbreviations. */
  aliases: [string, string][];
  /** Demonyms (folded) → country key: "ukrainian" → the key of Ukraine. */
  demonyms: [string, string][];
}

export interface Gazetteer {
  /** The likeliest place a name denotes, exactly or through a listed alias. */
  lookup(name: string): Place | undefined;
  /** A large place whose name sounds like this one and is spelled nearly the same:
   *  transliteration variants such as Kiev/Kyiv or Kharkov/Kharkiv. */
  soundsLike(name: string): Place | undefined;
  demonym(word: string): Place | undefined;
  byKey(key: string): Place | undefined;
  /** The region a city lies in, where the gazetteer's data says (Miami: Florida). */
  regionOf(city: Place): Place | undefined;
}

// Only places this large take part in sound-alike matching: a fuzzy match against every
// village would turn any unknown surname into a place.
export const SOUND_ALIKE_MIN_RANK = 500_000;

/** What the lookups read: each folded name and demonym with the one place it denotes. Made
 *  from GazetteerData by `indexGazetteer`, or read back from its compact form (compact-gazetteer.ts). */
export interface GazetteerIndex {
  places: readonly Place[];
  /** Folded name or alias → the place it denotes (of all the places so named, the likeliest). */
  names: ReadonlyMap<string, Place>;
  /** Folded demonym → its country. */
  demonyms: ReadonlyMap<string, Place>;
}

/** `cityRegions` gives each city's region key by city key; it is asked for on the first
 *  regionOf, since only the corpus stage wants it and building it costs a loader some time. */
export function createGazetteer(data: GazetteerData, cityRegions?: () => ReadonlyMap<string, string>): Gazetteer {
  return gazetteerFromIndex(indexGazetteer(data), cityRegions);
}

export function indexGazetteer(data: GazetteerData): GazetteerIndex {
  const byKey = new Map<string, Place>();
  const names = new Map<string, Place>();
  const consider = (form: string, place: Place) => {
    const folded = foldName(form);
    if (!folded) return;
    const current = names.get(folded);
    if (!current || outranks(place, current)) names.set(folded, place);
  };
  for (const place of data.places) {
    byKey.set(place.key, place);
    consider(place.name, place);
  }
  for (const [form, key] of data.aliases) {
    const place = byKey.get(key);
    if (place) consider(form, place);
  }
  const demonyms = new Map<string, Place>();
  for (const [word, key] of data.demonyms) {
    const place = byKey.get(key);
    if (place && !demonyms.has(foldName(word))) demonyms.set(foldName(word), place);
  }
  return { places: data.places, names, demonyms };
}

/** Whether soundsLike may answer with this place. */
export const soundsAlikeCandidate = (place: Place) => place.rank >= SOUND_ALIKE_MIN_RANK && place.kind !== "place";

export function gazetteerFromIndex(index: GazetteerIndex, cityRegions?: () => ReadonlyMap<string, string>): Gazetteer {
  const byKey = new Map<string, Place>();
  const byCode = new Map<string, Place[]>();
  for (const place of index.places) {
    byKey.set(place.key, place);
    if (!soundsAlikeCandidate(place)) continue;
    for (const code of doubleMetaphone(foldName(place.name))) {
      const list = byCode.get(code) ?? [];
      list.push(place);
      byCode.set(code, list);
    }
  }
  let regions: ReadonlyMap<string, string> | undefined;
  return {
    lookup: (name) => index.names.get(foldName(name)),
    byKey: (key) => byKey.get(key),
    regionOf(city) {
      if (city.kind !== "city" || !cityRegions) return undefined;
      regions ??= cityRegions();
      const key = regions.get(city.key);
      return key === undefined ? undefined : byKey.get(key);
    },
    demonym: (word) => index.demonyms.get(foldName(word)),
    soundsLike(name) {
      const folded = foldName(name);
      if (folded.length < 4) return undefined;
      let best: Place | undefined;
      for (const code of new Set(doubleMetaphone(folded))) {
        for (const place of byCode.get(code) ?? []) {
          const other = foldName(place.name);
          if (other[0] !== folded[0]) continue;
          if (damerauLevenshtein(folded, other) > 2) continue;
          if (!best || outranks(place, best)) best = place;
        }
      }
      return best;
    },
  };
}

// Countries first, then regions over cities only where the region is larger: "Georgia" the
// country, "Washington" the capital city (ranked as a capital), "Florida" the state.
function outranks(a: Place, b: Place): boolean {
  const order = { country: 3, region: 1, city: 1, place: 0 };
  if (order[a.kind] !== order[b.kind]) return order[a.kind] > order[b.kind];
  if (a.rank !== b.rank) return a.rank > b.rank;
  return a.key < b.key;
}
