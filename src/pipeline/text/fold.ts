/** Folds a name for comparison: accents, case, curly apostrophes and punctuation removed,
 *  a leading "the" dropped. "The Kremlin" and "kremlin" fold alike. */
export function foldName(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (cache.size < 200_000) cache.set(text, folded);
  }
  return folded;
}

// names recur across a corpus, and folding is on every comparison's path
const cache = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
