export type LineKind = "body" | "heading" | "caption" | "credit" | "counter" | "embed" | "signature";

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  index: number;
  /** Offsets into the article body. */
  start: number;
  end: number;
  text: string;
  line: number;
  kind: LineKind;
}

// A gap this wide inside a line is layout, not a space between words: blanked HTML leaves one
// where each block tag or script stood, and a text saved from a table or columns has them too.
// Such a gap ends the line, so no later pattern ever meets a long run of whitespace (the kind of
// input on which a pattern with adjacent quantifiers backtracks); offsets still point into the
// text as saved. Inline tags (<b>, </a>, <em>) are shorter and stay inside their sentence.
export const MAX_GAP = 16;
const GAP = new RegExp(`[^\\S\\r\\n]{${MAX_GAP},}`, "g");

/** Splits a body into its non-empty lines, trimmed, with offsets. Web copy puts one paragraph,
 *  caption or credit on a line, so the line is the unit the debris rules look at; a wide gap
 *  of whitespace (see MAX_GAP) also ends a line. */
export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const push = (start: number, raw: string) => {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) lines.push({ index: lines.length, start: start + lead, end: start + lead + text.length, text });
  };
  const re = /[^\r\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let from = 0;
    for (const gap of m[0].matchAll(GAP)) {
      push(m.index + from, m[0].slice(from, gap.index));
      from = gap.index + gap[0].length;
    }
    push(m.index + from, m[0].slice(from));
  }
  return lines;
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st jr sr gen lt col capt sgt maj adm gov sen rep rev hon pres supt insp cmdr " +
    "inc corp co ltd llc plc bros dept univ assn est approx vs etc no nos vol fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "u.s u.k u.n e.u a.m p.m d.c i.e e.g").split(" "),
);

/** Splits one line into sentences at ., ! or ? followed by space and a capital, a digit or an
 *  opening quote, unless the period closes an abbreviation or an initial. */
export function splitLineIntoSentences(line: Line): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // a run of stops is tried from its first: tried from each, a long run was read again and again
  const re = /(?<![.!?…])[.!?…]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d])/gu;
  let from = 0;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && m[0].length === 1) {
      // the word from its first letter only, for the same reason
      const word = /(?<![\p{L}.])([\p{L}.]+)$/u.exec(line.text.slice(from, m.index))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    spans.push({ start: from, end });
    from = end + /^\s*/.exec(line.text.slice(end))![0].length;
  }
  if (from < line.text.length) spans.push({ start: from, end: line.text.length });
  return spans.flatMap((s) => capLength(line.text, s)).map((s) => ({ start: line.start + s.start, end: line.start + s.end }));
}

// No real sentence runs past this; a longer run (a table, a line without stops) is read in
// pieces cut at spaces, which keeps every stage's cost bounded.
export const MAX_SENTENCE = 1000;

function capLength(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(" ", start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    pieces.push({ start, end: cut });
    start = cut;
    while (start < span.end && text[start] === " ") start++;
  }
  if (start < span.end) pieces.push({ start, end: span.end });
  return pieces;
}
