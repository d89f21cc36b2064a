import type { ExplorerState } from "./explorer-state";

export type EntityList = "actors" | "locations";

interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** An id in a link that the data no longer has, and the entry it most likely became. */
export interface MissingId {
  id: string;
  /** The one entry that has the missing id's name among its names: an actor renamed when new
   *  articles spelled them another way keeps the old spelling as an alias. */
  renamedTo: Named | null;
}

/** The actor and location ids a link names that are not in the data: a link shared before the
 *  articles changed can name an actor since renamed or merged into another. */
export function missingIds(state: Pick<ExplorerState, EntityList>, byId: Record<EntityList, ReadonlyMap<string, Named>>): Record<EntityList, MissingId[]> {
  const find = (list: EntityList): MissingId[] => state[list].filter((id) => !byId[list].has(id)).map((id) => ({ id, renamedTo: renamedTo(id, byId[list].values()) }));
  return { actors: find("actors"), locations: find("locations") };
}

function renamedTo(id: string, entries: Iterable<Named>): Named | null {
  const matches = [...entries].filter((entry) => [entry.name, ...entry.aliases].some((name) => idOf(name) === id));
  // two candidates are a guess, not a rename
  return matches.length === 1 ? matches[0] : null;
}

/** A name as the extractor makes an id of it (src/pipeline/corpus/slug.ts, which the app may
 *  not import): "Lena Kortes" → "lena-kortes", accents and apostrophes dropped, a leading
 *  "the" too, words joined by hyphens, at most 48 characters. */
function idOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ /g, "-")
    .slice(0, 48);
}
