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
  let open: number | null = null;
  for (const m of text.matchAll(/["“”]/g)) {
    const at = m.index!;
    // a straight quote opens after a space or at the start and before a word; it closes after
    // a word or punctuation: `It will cost money," said Carraway.` continues a quotation that an
    // earlier sentence opened, and what follows its closing mark is the speech clause
    const before = text[at - 1] ?? " ";
    const after = text[at + 1] ?? " ";
    const opens = m[0] === "“" || (m[0] === '"' && (open === null ? /[\s([{—–-]/.test(before) && /\S/.test(after) : false));
    if (opens && open === null) open = at;
    else if (open !== null) {
      if (at + 1 - open > 2) ranges.push([open, at + 1]);
      open = null;
    } else if (m[0] !== "“" && /[,.!?;:…—–-]/.test(before)) ranges.push([0, at + 1]);
  }
  if (open !== null && text.length - open > 2) ranges.push([open, text.length]);
  return ranges;
}

export const inRanges = (at: number, ranges: [number, number][]) => ranges.some(([a, b]) => at >= a && at < b);
