/** Wraps words from the articles in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the
 *  plain-text form of <bdi>. For article words inside a string of ours (a sentence, a title
 *  attribute), where an override character in them (U+202E) would otherwise reverse the rest of
 *  the string. The words themselves stay as they are. In the DOM, prefer <bdi> or dir="auto". */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
