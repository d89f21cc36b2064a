import type { Span } from "../../model/timeline";

/** The passages of one article that an event rests on. */
export interface ArticlePassages {
  articleId: string;
  /** In text order; no two overlap or touch. */
  passages: Span[];
}

/** An event's excerpts gathered by article, the articles in the order their first excerpt
 *  comes in: a reader counts the articles that report an event, not the sentences it was read
 *  from. Excerpts of one article that overlap or touch (two rules reading one sentence, a
 *  sentence and the clause inside it) are one passage, so no words are marked twice. */
export function passagesByArticle(sources: readonly Span[]): ArticlePassages[] {
  const byArticle = new Map<string, Span[]>();
  for (const source of sources) {
    const spans = byArticle.get(source.articleId);
    if (spans) spans.push(source);
    else byArticle.set(source.articleId, [source]);
  }
  return [...byArticle].map(([articleId, spans]) => {
    const passages: Span[] = [];
    for (const { start, end } of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
      const last = passages.at(-1);
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else passages.push({ articleId, start, end });
    }
    return { articleId, passages };
  });
}
