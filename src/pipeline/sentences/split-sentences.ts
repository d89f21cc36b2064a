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

/** Splits a body into its non-empty lines, trimmed, with offsets. Web copy puts one paragraph,
 *  caption or credit on a line, so the line is the unit the debris rules look at. */
export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = /^\s*/.exec(m[0])![0].length;
    const text = m[0].trim();
    if (!text) continue;
    lines.push({ index: lines.length, start: m.index + lead, end: m.index + lead + text.length, text });
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
