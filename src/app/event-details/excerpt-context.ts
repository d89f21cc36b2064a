export interface ExcerptInContext {
  /** Text before the excerpt, starting at a word (or paragraph) boundary. */
  before: string;
  excerpt: string;
  after: string;
  /** Whether text was cut before `before` or after `after` (show an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** The excerpt text[start, end) with up to `radius` characters around it, cut at word
 *  boundaries and never across a blank line (a new section of the article), so a reader sees
 *  what the excerpt sits in. */
export function excerptInContext(text: string, start: number, end: number, radius = 160): ExcerptInContext {
  const blankBefore = text.lastIndexOf("\n\n", start - 1);
  const sectionStart = blankBefore === -1 ? 0 : blankBefore + 2;
  const blankAfter = text.indexOf("\n\n", end);
  const sectionEnd = blankAfter === -1 ? text.length : blankAfter;

  let from = Math.max(sectionStart, start - radius);
  if (from > sectionStart) {
    const space = text.slice(from, start).search(/\s/);
    from = space === -1 ? start : from + space + 1;
  }
  let to = Math.min(sectionEnd, end + radius);
  if (to < sectionEnd) {
    const cut = text.slice(end, to).search(/\s\S*$/);
    to = cut === -1 ? end : end + cut;
  }
  return {
    before: text.slice(from, start),
    excerpt: text.slice(start, end),
    after: text.slice(end, to),
    clippedBefore: from > sectionStart,
    clippedAfter: to < sectionEnd,
  };
}
