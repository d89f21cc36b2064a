/** Lower case, accents and curly quotes folded, so "kortes's" finds “Kortés’s”: what a
 *  search compares. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLowerCase();
}

/** The folded text, with where in the original each folded character came from (`starts[i]`
 *  up to `ends[i]`), so a match found in the folded text can be marked in the original. Folded
 *  one character at a time: a whole-string fold may change the length ("é" is two characters
 *  after NFD, "İ" lowers to two), and then no offset would line up. */
export function foldWithOffsets(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldText(char);
    // a combining accent folds to nothing: it belongs with the letter before it
    if (piece === "" && ends.length > 0) ends[ends.length - 1] = at + char.length;
    folded += piece;
    for (let k = 0; k < piece.length; k++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    at += char.length;
  }
  return { folded, starts, ends };
}
