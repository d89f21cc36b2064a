export interface ExcerptInContext {
  /** Text before the excerpt, starting at a word (or paragraph) boundary. */
  before: string;
  excerpt: string;
  after: string;
  /** Whether text was cut before `before` or after `after` (show an ellipsis). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** The excerpt text[start, end) with up to `radius` characters around it from the same
 *  paragraph, cut at word boundaries, so a reader sees what the excerpt sits in. */
export function excerptInContext(text: string, start: number, end: number, radius = 160): ExcerptInContext {
  const paragraphStart = text.lastIndexOf("\n", start - 1) + 1;
  const newlineAfter = text.indexOf("\n", end);
  const paragraphEnd = newlineAfter === -1 ? text.length : newlineAfter;

  let from = Math.max(paragraphStart, start - radius);
  if (from > paragraphStart) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= start ? start : space + 1;
  }
  let to = Math.min(paragraphEnd, end + radius);
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(" ", to);
    to = space <= end ? end : space;
  }
  return {
    before: text.slice(from, start),
    excerpt: text.slice(start, end),
    after: text.slice(end, to),
    clippedBefore: from > paragraphStart,
    clippedAfter: to < paragraphEnd,
  };
}
