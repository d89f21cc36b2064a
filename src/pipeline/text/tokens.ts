export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[’'.-](?=[\p{L}\p{N}]))*|\S/gu;

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
  let open: { at: number; mark: string } | null = null;
  for (const m of text.matchAll(/["“”]/g)) {
    const at = m.index!;
    const mark = m[0];
    if (open) {
      // a quotation ends at its own closing mark; other marks inside it are part of it
      if ((open.mark === "“" && mark === "”") || (open.mark === '"' && mark === '"')) {
        if (at + 1 - open.at > 2) ranges.push([open.at, at + 1]);
        open = null;
      }
      continue;
    }
    const before = text[at - 1] ?? " ";
    const after = text[at + 1] ?? " ";
    // a straight mark opens after a space or at the start and before a word; it closes after a
    // word or punctuation: `It will cost money," said Carraway.` ends a quotation an earlier
    // sentence opened, and what follows its closing mark is the speech clause
    if (mark === "“" || (mark === '"' && /[\s([{—–-]/.test(before) && /\S/.test(after))) open = { at, mark };
    else if (at > 0 && (mark === "”" || /[,.!?;:…—–-]/.test(before))) ranges.push([0, at + 1]);
  }
  if (open && text.length - open.at > 2) ranges.push([open.at, text.length]);
  return ranges;
}

export const inRanges = (at: number, ranges: [number, number][]) => ranges.some(([a, b]) => at >= a && at < b);
