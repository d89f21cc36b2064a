import { describe, expect, it } from "vitest";
import { ArticleTexts, ExplorerTimeline, toExplorerData } from "../../src/model/explorer-data";
import { FIXTURE } from "../app/fixture-timeline";

describe("the explorer's two files", () => {
  const { timeline, texts } = toExplorerData(FIXTURE);

  it("the timeline file holds no article text, excerpt text or mention, and passes its schema", () => {
    expect(ExplorerTimeline.safeParse(timeline).success).toBe(true);
    const json = JSON.stringify(timeline);
    for (const article of FIXTURE.articles) expect(json).not.toContain(JSON.stringify(article.text).slice(1, -1));
    expect(json).not.toContain('"text"');
    expect(json).not.toContain('"mentions"');
    expect(timeline.articles.map((a) => a.length)).toEqual(FIXTURE.articles.map((a) => a.text.length));
  });

  it("with the texts file, every excerpt, quote and mention is the same as in the timeline document", () => {
    expect(ArticleTexts.safeParse(texts).success).toBe(true);
    const textOf = new Map(texts.articles.map((a) => [a.id, a.text]));
    const words = ({ articleId, start, end }: { articleId: string; start: number; end: number }) => textOf.get(articleId)!.slice(start, end);
    FIXTURE.events.forEach((event, i) => {
      expect(timeline.events[i].sources.map(words)).toEqual(event.sources.map((s) => s.text));
      expect(timeline.events[i].quotes.map(words)).toEqual(event.quotes.map((q) => q.text));
    });
    const mentions = [...FIXTURE.actors, ...FIXTURE.locations].flatMap((e) => e.mentions.map(({ articleId, start, end }) => ({ articleId, start, end, of: e.id })));
    expect(texts.mentions).toEqual(mentions);
  });
});
