import { z } from "zod";
import { Actor, Article, checkEntityIds, Diagnostic, Event, Location, Quote, Span, type Timeline } from "./timeline";


// The explorer's copy of a timeline, in two files derived from the one schema in timeline.ts.
// The timeline document repeats the article text in every excerpt and quote and lists every
// mention: on 10,000 articles that is 100 MB, more than a browser can fetch and parse before
// the user loses patience. So the explorer first loads everything the timeline, the filters and
// the list need, with excerpts as offsets only (timeline.explorer.json), and loads the article
// texts and mentions (timeline.texts.json) when the details, the reader or a search needs them.
// The explorer's code imports these types under the plain names (ExplorerEvent as Event): in
// the app, an event is always this one.

export const ExplorerArticle = Article.omit({ text: true }).extend({
  /** The length of the article's text, so offsets can be checked before the text is loaded. */
  length: z.number().int().nonnegative(),
});
export type ExplorerArticle = z.infer<typeof ExplorerArticle>;

export const ExplorerQuote = Quote.omit({ text: true });
export type ExplorerQuote = z.infer<typeof ExplorerQuote>;

export const ExplorerEvent = Event.extend({
  quotes: z.array(ExplorerQuote),
  sources: z.array(Span).min(1),
});
export type ExplorerEvent = z.infer<typeof ExplorerEvent>;

export const ExplorerActor = Actor.omit({ mentions: true });
export type ExplorerActor = z.infer<typeof ExplorerActor>;

export const ExplorerLocation = Location.omit({ mentions: true });
export type ExplorerLocation = z.infer<typeof ExplorerLocation>;

export const ExplorerTimeline = z
  .object({
    schemaVersion: z.literal(1),
    articles: z.array(ExplorerArticle),
    actors: z.array(ExplorerActor),
    locations: z.array(ExplorerLocation),
    events: z.array(ExplorerEvent),
    diagnostics: z.array(Diagnostic),
  })
  .superRefine((t, ctx) => {
    const lengths = new Map(t.articles.map((a) => [a.id, a.length]));
    const checkSpan = (span: Span, path: (string | number)[]) => {
      const length = lengths.get(span.articleId);
      if (length === undefined) ctx.addIssue({ code: "custom", path: [...path, "articleId"], message: `unknown article "${span.articleId}"` });
      else if (span.start > span.end || span.end > length) ctx.addIssue({ code: "custom", path: [...path, "end"], message: `${span.start}..${span.end} is not inside the article's ${length} characters` });
    };
    t.events.forEach((e, i) => {
      e.sources.forEach((s, j) => checkSpan(s, ["events", i, "sources", j]));
      e.quotes.forEach((q, j) => checkSpan(q, ["events", i, "quotes", j]));
    });
    checkEntityIds(t, ctx);
  });
export type ExplorerTimeline = z.infer<typeof ExplorerTimeline>;

/** A mention of an actor or a location: `of` is its id. */
export const Mention = Span.extend({ of: z.string() });
export type Mention = z.infer<typeof Mention>;

export const ArticleTexts = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(z.object({ id: z.string(), text: z.string() })),
  mentions: z.array(Mention),
});
export type ArticleTexts = z.infer<typeof ArticleTexts>;

/** Splits a timeline into the explorer's two files. */
export function toExplorerData(timeline: Timeline): { timeline: ExplorerTimeline; texts: ArticleTexts } {
  const spanOnly = ({ articleId, start, end }: Span): Span => ({ articleId, start, end });
  return {
    timeline: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ text, ...article }) => ({ ...article, length: text.length })),
      actors: timeline.actors.map(({ mentions: _, ...actor }) => actor),
      locations: timeline.locations.map(({ mentions: _, ...location }) => location),
      events: timeline.events.map((event) => ({
        ...event,
        quotes: event.quotes.map(({ text: _, ...quote }) => quote),
        sources: event.sources.map(spanOnly),
      })),
      diagnostics: timeline.diagnostics,
    },
    texts: {
      schemaVersion: timeline.schemaVersion,
      articles: timeline.articles.map(({ id, text }) => ({ id, text })),
      mentions: [...timeline.actors, ...timeline.locations].flatMap(({ id, mentions }) => mentions.map((m) => ({ ...spanOnly(m), of: id }))),
    },
  };
}
