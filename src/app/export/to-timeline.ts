import type { ExplorerArticle } from "../../model/explorer-data";
import { parseTimeline, type Article, type Event, type Span, type Timeline } from "../../model/timeline";
import type { ExportInput } from "./export-input";

/**
 * A timeline document (src/model/timeline.ts) holding only the given events, in the given
 * order, and what they name: the articles their sources, quotes and date bases are in (with
 * their texts), their actors (speakers included) and places (with the places those lie in, so
 * `within` still names one), each with its mentions in those articles. It is what the extractor
 * would write for these events, so `npm run eval` can score it; it is checked against the
 * schema before it is returned, and throws saying where if it does not hold.
 */
export function toTimeline({ events, index, texts }: ExportInput): Timeline {
  const { locationsById, articlesById } = index;
  const articleIds = new Set<string>();
  const actorIds = new Set<string>();
  const locationIds = new Set<string>();
  const spanText = (span: Span) => {
    articleIds.add(span.articleId);
    const text = texts.wordsAt(span);
    if (text === undefined) throw new Error(`The export needs the text of article "${span.articleId}", which is not loaded; reload the page and try again.`);
    return text;
  };

  const written: Event[] = events.map((event) => {
    const evidence = texts.evidenceOf(event);
    if (!evidence) throw new Error(`The article texts hold no sources for the event "${event.id}"; reload the page so that the timeline and its texts come from the same extraction.`);
    for (const id of [...event.actorIds, ...(event.corrected?.original.actorIds ?? [])]) actorIds.add(id);
    for (const id of [...event.locationIds, ...(event.corrected?.original.locationIds ?? [])]) locationIds.add(id);
    if (evidence.dateBasis) articleIds.add(evidence.dateBasis.articleId);
    const basisBefore = event.corrected?.original.dateBasis;
    if (basisBefore) articleIds.add(basisBefore.articleId);
    return {
      ...event,
      dateBasis: evidence.dateBasis,
      sources: evidence.sources.map((s) => ({ ...s, text: spanText(s) })),
      quotes: evidence.quotes.map((q) => {
        if (q.speakerId !== null) actorIds.add(q.speakerId);
        return { ...q, text: spanText(q) };
      }),
      rules: evidence.rules,
    };
  });

  // a place's `within` names a place of the document: the places the events' places lie in come too
  for (const id of [...locationIds]) {
    for (let up = locationsById.get(id)?.within; up !== undefined && !locationIds.has(up); up = locationsById.get(up)?.within) locationIds.add(up);
  }
  // each actor and place with its mentions in the exported articles, as the extractor lists them
  const mentionsOf = new Map<string, Span[]>();
  for (const articleId of articleIds) {
    for (const { of, ...span } of texts.mentionsIn(articleId)) {
      const list = mentionsOf.get(of);
      if (list) list.push(span);
      else mentionsOf.set(of, [span]);
    }
  }
  // the lists keep the loaded timeline's order, so two exports of the same events are the same file
  const { timeline } = index;
  const articles = timeline.articles.filter((a) => articleIds.has(a.id)).map((a) => toArticle(a, texts.textOf(a.id)));
  const actors = timeline.actors.filter((a) => actorIds.has(a.id)).map((actor) => ({ ...actor, mentions: mentionsOf.get(actor.id) ?? [] }));
  const locations = timeline.locations.filter((l) => locationIds.has(l.id)).map((location) => ({ ...location, mentions: mentionsOf.get(location.id) ?? [] }));
  for (const id of articleIds) if (!articlesById.has(id)) throw new Error(`An event names the article "${id}", which the timeline does not hold; reload the page.`);
  return parseTimeline({ schemaVersion: 1, articles, actors, locations, events: written, diagnostics: [] });
}

/** An article as the document stores it: with its text, without the explorer's own fields. */
function toArticle({ length: _, added: __, ...article }: ExplorerArticle, text: string | undefined): Article {
  if (text === undefined) throw new Error(`The export needs the text of article "${article.id}", which is not loaded; reload the page and try again.`);
  return { ...article, text };
}
