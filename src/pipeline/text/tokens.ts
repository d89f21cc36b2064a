export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[’'.\-](?=[\p{L}\p{N}]))*|\S/gu;

/** Words and single punctuation marks with offsets into `text`. "son-in-law", "U.S" and
 *  "Trump’s" stay whole; the possessive is split off by the callers that care. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return tokens;
}

export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** Quoted stretches of a sentence (“…” or "…"), as offset ranges. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /“[^”]*(”|$)|"[^"]*("|$)/g;
  for (const m of text.matchAll(re)) if (m[0].length > 2) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

export const inRanges = (at: number, ranges: [number, number][]) => ranges.some(([a, b]) => at >= a && at < b);
