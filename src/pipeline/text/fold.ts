/** Folds a name for comparison: accents, case, curly apostrophes and punctuation removed,
 *  a leading "the" dropped. "The Kremlin" and "kremlin" fold alike. */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}
