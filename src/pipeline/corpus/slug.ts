import { foldName } from "../text/fold";

export const slug = (text: string) => foldName(text).replace(/ /g, "-").slice(0, 48) || "x";

/** Gives each item a readable id from its base, numbered on collisions in the items' order. */
export function uniqueIds(bases: string[]): string[] {
  const used = new Map<string, number>();
  return bases.map((base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
