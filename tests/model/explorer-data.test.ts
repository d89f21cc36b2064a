import { describe, expect, it } from "vitest";
import { ArticleTexts, ExplorerFile, readExplorerFile, toExplorerData, type ExplorerEvent } from "../../src/model/explorer-data";
import { FIXTURE } from "../app/fixture-timeline";

describe("the explorer's two files", () => {
  const { timeline, texts } = toExplorerData(FIXTURE);

  it("the timeline file holds no article text, excerpt text or mention, and passes its schema", () => {
    expect(ExplorerFile.safeParse(timeline).success).toBe(true);
    const json = JSON.stringify(timeline);
    for (const article of FIXTURE.articles) expect(json).not.toContain(JSON.stringify(article.text).slice(1, -1));
    expect(json).not.toContain('"text"');
    expect(json).not.toContain('"mentions"');
    expect(timeline.articles.map((a) => a.length)).toEqual(FIXTURE.articles.map((a) => a.text.length));
  });

  it("reads back as the timeline's events, with excerpts and quotes as spans", () => {
    const read = readExplorerFile(JSON.parse(JSON.stringify(timeline)));
    const spanOnly = ({ articleId, start, end }: { articleId: string; start: number; end: number }) => ({ articleId, start, end });
    // sources, quotes and the date basis are read when asked for, so they are named here
    const fields = ({ id, type, title, date, datePrecision, dateBasis, status, actorIds, locationIds, quotes, sources }: ExplorerEvent) => ({ id, type, title, date, datePrecision, dateBasis, status, actorIds, locationIds, quotes, sources });
    expect(read.events.map(fields)).toEqual(
      FIXTURE.events.map((event) => ({
        ...event,
        sources: event.sources.map(spanOnly),
        quotes: event.quotes.map((q) => ({ ...spanOnly(q), speakerId: q.speakerId })),
      })),
    );
    expect(read.actors.map((a) => a.id)).toEqual(FIXTURE.actors.map((a) => a.id));
    expect(read.diagnostics).toEqual(FIXTURE.diagnostics);
  });

  it("with the texts file, every excerpt, quote and mention is the same as in the timeline document", () => {
    expect(ArticleTexts.safeParse(texts).success).toBe(true);
    const textOf = new Map(texts.articles.map((a) => [a.id, a.text]));
    const words = ({ articleId, start, end }: { articleId: string; start: number; end: number }) => textOf.get(articleId)!.slice(start, end);
    const read = readExplorerFile(timeline);
    FIXTURE.events.forEach((event, i) => {
      expect(read.events[i].sources.map(words)).toEqual(event.sources.map((s) => s.text));
      expect(read.events[i].quotes.map(words)).toEqual(event.quotes.map((q) => q.text));
    });
    const mentions = [...FIXTURE.actors, ...FIXTURE.locations].flatMap((e) => e.mentions.map(({ articleId, start, end }) => ({ articleId, start, end, of: e.id })));
    expect(texts.mentions).toEqual(mentions);
  });

  it("refuses a reference to an actor, location or speaker that is not in the file, naming the event", () => {
    const broken = structuredClone(timeline);
    // the lists run together: event i's entries end at ends[i]
    const firstOf = (ends: number[], i: number) => (i === 0 ? 0 : ends[i - 1]);
    const withActor = broken.events.actors.ends.findIndex((end, i) => end > firstOf(broken.events.actors.ends, i));
    broken.events.actors.values[firstOf(broken.events.actors.ends, withActor)] = broken.actors.length;
    const withQuote = broken.events.quotes.ends.findIndex((end, i) => end > firstOf(broken.events.quotes.ends, i));
    const speakerAt = firstOf(broken.events.quotes.ends, withQuote) + 3;
    broken.events.quotes.values[speakerAt] = 999;
    expect(() => readExplorerFile(broken)).toThrow(
      new RegExp(
        [
          `At events\\.actors\\.values\\.${firstOf(broken.events.actors.ends, withActor)}: event ${withActor}: actor ${broken.actors.length} is not one of the ${broken.actors.length} actors`,
          `At events\\.quotes\\.values\\.${speakerAt}: event ${withQuote}: speaker 999 is not one of the ${broken.actors.length} actors`,
        ].join("[^]*"),
      ),
    );
  });

  it("refuses columns of different lengths, lists that do not add up, and an event without a source", () => {
    const short = structuredClone(timeline);
    short.events.title.pop();
    expect(() => readExplorerFile(short)).toThrow(`At events.title: has ${timeline.events.id.length - 1} entries for ${timeline.events.id.length} events`);
    const overrun = structuredClone(timeline);
    overrun.events.locations.values.push(0);
    expect(() => readExplorerFile(overrun)).toThrow(`At events.locations.values: has ${overrun.events.locations.values.length} numbers, but the lists end at ${overrun.events.locations.values.length - 1}`);
    const sourceless = structuredClone(timeline);
    // the first event's one source goes to the second event
    sourceless.events.sources.ends[0] = 0;
    expect(() => readExplorerFile(sourceless)).toThrow("At events.sources.ends.0: event 0 has no source; every event needs at least one");
  });
});
