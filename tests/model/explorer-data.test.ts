import { describe, expect, it } from "vitest";
import { ArticleTexts, ExplorerFile, readEvidence, readExplorerFile, toExplorerData } from "../../src/model/explorer-data";
import { parseTimeline } from "../../src/model/timeline";
import { FIXTURE } from "../app/fixture-timeline";

const spanOnly = ({ articleId, start, end }: { articleId: string; start: number; end: number }) => ({ articleId, start, end });
/** Event i's part of a run-together list: its numbers run from firstOf(ends, i) to ends[i]. */
const firstOf = (ends: number[], i: number) => (i === 0 ? 0 : ends[i - 1]);

describe("the explorer's two files", () => {
  const { timeline, texts } = toExplorerData(FIXTURE);

  it("the timeline file holds no article text, excerpt or mention, and passes its schema", () => {
    expect(ExplorerFile.safeParse(timeline).success).toBe(true);
    const json = JSON.stringify(timeline);
    for (const article of FIXTURE.articles) expect(json).not.toContain(JSON.stringify(article.text).slice(1, -1));
    expect(json).not.toContain('"text"');
    expect(json).not.toContain('"mentions"');
    expect(json).not.toContain('"sources"');
    expect(timeline.articles.map((a) => a.length)).toEqual(FIXTURE.articles.map((a) => a.text.length));
  });

  it("reads back as the timeline's events, and with the texts file as their evidence", () => {
    const read = readExplorerFile(JSON.parse(JSON.stringify(timeline)));
    expect(read.events).toEqual(FIXTURE.events.map(({ id, formerIds, type, title, date, datePrecision, status, actorIds, locationIds, reportedBy }) => ({ id, ...(formerIds ? { formerIds } : {}), type, title, date, datePrecision, status, actorIds, locationIds, reportedBy })));
    expect(read.actors).toEqual(FIXTURE.actors.map(({ mentions: _, ...actor }) => actor));
    expect(read.diagnostics).toEqual(FIXTURE.diagnostics);
    const evidenceOf = readEvidence(ArticleTexts.parse(JSON.parse(JSON.stringify(texts))), read);
    for (const event of FIXTURE.events) {
      expect(evidenceOf(event.id)).toEqual({
        dateBasis: event.dateBasis,
        sources: event.sources.map(spanOnly),
        quotes: event.quotes.map((q) => ({ ...spanOnly(q), speakerId: q.speakerId })),
        rules: event.rules,
      });
    }
    expect(evidenceOf("no-such-event")).toBeUndefined();
  });

  it("with the texts file, every excerpt, quote and mention has the timeline document's words", () => {
    expect(ArticleTexts.safeParse(texts).success).toBe(true);
    const textOf = new Map(texts.articles.map((a) => [a.id, a.text]));
    const words = ({ articleId, start, end }: { articleId: string; start: number; end: number }) => textOf.get(articleId)!.slice(start, end);
    const evidenceOf = readEvidence(texts, readExplorerFile(timeline));
    for (const event of FIXTURE.events) {
      expect(evidenceOf(event.id)!.sources.map(words)).toEqual(event.sources.map((s) => s.text));
      expect(evidenceOf(event.id)!.quotes.map(words)).toEqual(event.quotes.map((q) => q.text));
    }
    const mentions = [...FIXTURE.actors, ...FIXTURE.locations].flatMap((e) => e.mentions.map(({ articleId, start, end }) => ({ articleId, start, end, of: e.id })));
    expect(texts.mentions).toEqual(mentions);
  });

  it("refuses a reference to an actor or location that is not in the file, naming the event", () => {
    const broken = structuredClone(timeline);
    const withActor = broken.events.actors.ends.findIndex((end, i) => end > firstOf(broken.events.actors.ends, i));
    broken.events.actors.values[firstOf(broken.events.actors.ends, withActor)] = broken.actors.length;
    broken.events.locations.values.push(-1);
    broken.events.locations.ends[broken.events.locations.ends.length - 1]++;
    const last = broken.events.id.length - 1;
    expect(() => readExplorerFile(broken)).toThrow(
      new RegExp(
        [
          `At events\\.actors\\.values\\.${firstOf(broken.events.actors.ends, withActor)}: event ${withActor}: actor ${broken.actors.length} is not one of the ${broken.actors.length} actors`,
          `At events\\.locations\\.values\\.\\d+: event ${last}: location -1 is not one of`,
        ].join("[^]*"),
      ),
    );
  });

  it("keeps the outlets as one sorted list of names, each event's as numbers into it, and the rule codes in the texts file", () => {
    expect(timeline.outlets).toEqual(["The Wire", "a2"]);
    const meeting = FIXTURE.events.findIndex((e) => e.id === "e-meeting");
    const { reportedOutlets, reportedArticles } = timeline.events;
    expect(reportedOutlets.values.slice(firstOf(reportedOutlets.ends, meeting), reportedOutlets.ends[meeting])).toEqual([0, 1]);
    expect(reportedArticles.values.slice(firstOf(reportedArticles.ends, meeting), reportedArticles.ends[meeting])).toEqual([0, 1]);
    expect(JSON.stringify(timeline)).not.toContain("merge/");
    expect(texts.ruleCodes).toEqual([...new Set(FIXTURE.events.flatMap((e) => e.rules))].sort());
  });

  it("refuses an event reported by no article, an outlet that is not in the list, a repeated outlet, and a rule that is not in the codes", () => {
    const none = structuredClone(timeline);
    none.events.reportedArticles.values.splice(0, none.events.reportedArticles.ends[0]);
    const cut = none.events.reportedArticles.ends[0];
    none.events.reportedArticles.ends = none.events.reportedArticles.ends.map((end) => end - cut);
    expect(() => readExplorerFile(none)).toThrow("At events.reportedArticles.ends.0: event 0 is reported by no article; every event has at least one");
    const unknown = structuredClone(timeline);
    unknown.events.reportedOutlets.values[0] = unknown.outlets.length;
    expect(() => readExplorerFile(unknown)).toThrow(`At events.reportedOutlets.values.0: event 0: outlet ${unknown.outlets.length} is not one of the ${unknown.outlets.length} outlets`);
    const meeting = FIXTURE.events.findIndex((e) => e.id === "e-meeting");
    const repeated = structuredClone(timeline);
    const at = firstOf(repeated.events.reportedOutlets.ends, meeting);
    repeated.events.reportedOutlets.values[at + 1] = repeated.events.reportedOutlets.values[at];
    expect(() => readExplorerFile(repeated)).toThrow(`At events.reportedOutlets.values.${at + 1}: event ${meeting}: 0 is repeated or out of order`);
    const unsorted = structuredClone(timeline);
    unsorted.outlets.reverse();
    expect(() => readExplorerFile(unsorted)).toThrow('At outlets.1: "The Wire" is out of order or repeated');
    const rule = structuredClone(texts);
    rule.evidence.rules.values[0] = rule.ruleCodes.length;
    expect(ArticleTexts.safeParse(rule).error?.issues[0]).toMatchObject({ path: ["evidence", "rules", "values", 0], message: `event ${eventWithRules()}: rule ${rule.ruleCodes.length} is not one of the ${rule.ruleCodes.length} rule codes` });
  });

  it("refuses columns of different lengths and lists that do not add up", () => {
    const short = structuredClone(timeline);
    short.events.title.pop();
    expect(() => readExplorerFile(short)).toThrow(`At events.title: has ${timeline.events.id.length - 1} entries for ${timeline.events.id.length} events`);
    const overrun = structuredClone(timeline);
    overrun.events.locations.values.push(0);
    expect(() => readExplorerFile(overrun)).toThrow(`At events.locations.values: has ${overrun.events.locations.values.length} numbers, but the lists end at ${overrun.events.locations.values.length - 1}`);
  });

  it("refuses two events, or two actors, with one id: a link would name either", () => {
    const broken = structuredClone(timeline);
    broken.events.id[1] = broken.events.id[0];
    broken.actors[1].id = broken.actors[0].id;
    expect(() => readExplorerFile(broken)).toThrow(new RegExp(`At events\\.id\\.1: the id "${timeline.events.id[0]}" is used twice[^]*At actors\\.1\\.id: the id "${timeline.actors[0].id}" is used twice`));
  });

  it("refuses a former id that is a current id, or that two events hold: a link would name either", () => {
    const current = structuredClone(timeline);
    current.events.formerIds!.id[0] = current.events.id[1];
    expect(() => readExplorerFile(current)).toThrow(`At events.formerIds.id.0: the former id "${timeline.events.id[1]}" is a current id; a former id names what no longer has it`);
    const twice = structuredClone(timeline);
    twice.events.formerIds = { event: [0, 1], id: ["e-old", "e-old"] };
    expect(() => readExplorerFile(twice)).toThrow(`At events.formerIds.id.1: the former id "e-old" is also held by "${timeline.events.id[0]}"; a former id names one entry`);
    const nowhere = structuredClone(timeline);
    nowhere.events.formerIds = { event: [timeline.events.id.length], id: ["e-old"] };
    expect(() => readExplorerFile(nowhere)).toThrow(`At events.formerIds.event.0: ${timeline.events.id.length} is not one of the ${timeline.events.id.length} events, or out of order`);
    const actor = structuredClone(timeline);
    actor.actors[0].formerIds = [actor.actors[1].id];
    expect(() => readExplorerFile(actor)).toThrow(`At actors.0.formerIds.0: the former id "${timeline.actors[1].id}" is a current id`);
  });

  it("refuses evidence outside its article, an event without a source, and texts from another extraction", () => {
    const outside = structuredClone(texts);
    const at = outside.evidence.sources.ends[0];
    const [article, start] = outside.evidence.sources.values.slice(at, at + 2);
    const { length } = outside.articles[article].text;
    outside.evidence.sources.values[at + 2] = length + 5;
    expect(ArticleTexts.safeParse(outside).error?.issues[0]).toMatchObject({ path: ["evidence", "sources", "values", at], message: `event 1: ${start}..${length + 5} is not inside the article's ${length} characters` });
    const sourceless = structuredClone(texts);
    // the first event's one source goes to the second event
    sourceless.evidence.sources.ends[0] = 0;
    expect(ArticleTexts.safeParse(sourceless).error?.issues[0]).toMatchObject({ path: ["evidence", "sources", "ends", 0], message: "event 0 has no source; every event needs at least one" });
    const fewer = { ...FIXTURE, events: FIXTURE.events.slice(1) };
    expect(() => readEvidence(texts, readExplorerFile(toExplorerData(fewer).timeline))).toThrow(`The article texts hold the evidence of ${FIXTURE.events.length} events, but the timeline has ${FIXTURE.events.length - 1}; both must come from the same extraction.`);
  });
});

/** The first fixture event that names a rule. */
const eventWithRules = () => FIXTURE.events.findIndex((e) => e.rules.length > 0);

describe("the timeline document", () => {
  it("refuses two events with one id", () => {
    const broken = structuredClone(FIXTURE);
    broken.events[1].id = broken.events[0].id;
    expect(() => parseTimeline(broken)).toThrow(`At events.1.id: the id "${FIXTURE.events[0].id}" is used twice; ids must be unique`);
  });
});
