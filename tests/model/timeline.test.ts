import { describe, expect, it } from "vitest";
import { ExplorerFile, toExplorerData } from "../../src/model/explorer-data";
import { isCalendarDate, parseTimeline, type Timeline } from "../../src/model/timeline";
import { FIXTURE } from "../app/fixture-timeline";

// The schema checks what it promises, when the extractor writes and when the app loads: every
// span lies inside its article, every quoted word is the article's own, every id names
// something in the document, and every date is on the calendar.
const copy = (): Timeline => JSON.parse(JSON.stringify(FIXTURE));
const refused = (t: Timeline) => expect(() => parseTimeline(t));

describe("the timeline schema", () => {
  it("refuses a former id that names two entries, is a current id, or is out of order", () => {
    const t = copy();
    t.events[1].formerIds = [...t.events[0].formerIds!];
    refused(t).toThrow(`At events.1.formerIds.0: the former id "${FIXTURE.events[0].formerIds![0]}" is also held by "${FIXTURE.events[0].id}"; a former id names one entry`);
    const u = copy();
    u.actors[0].formerIds = [u.actors[0].id];
    refused(u).toThrow(`At actors.0.formerIds.0: the former id "${FIXTURE.actors[0].id}" is a current id of the same entry`);
    const v = copy();
    v.events[0].formerIds = ["e-z", "e-a"];
    refused(v).toThrow(`At events.0.formerIds.1: "e-a" is out of order or repeated; the former ids are distinct and sorted`);
  });

  it("takes the fixture as it is", () => {
    expect(() => parseTimeline(copy())).not.toThrow();
  });

  it("tells calendar dates from strings shaped like them", () => {
    expect(["2025", "2025-12", "2025-12-31", "2024-02-29", "2000-02-29"].every(isCalendarDate)).toBe(true);
    expect(["2025-13-45", "2025-13", "2025-00", "2025-02-29", "1900-02-29", "2025-04-31", "2025-12-00", "25-12-01"].some(isCalendarDate)).toBe(false);
  });

  it("refuses an impossible date on an event, an article or a date basis", () => {
    const t = copy();
    t.events[0].date = "2025-13-45";
    refused(t).toThrow(/At events\.0\.date: expected a calendar date/);
    const u = copy();
    u.articles[0].published = "2025-02-30";
    refused(u).toThrow(/At articles\.0\.published: expected a calendar day/);
  });

  it("refuses a quote whose text is not the article's words at its offsets", () => {
    const t = copy();
    const e = t.events.find((x) => x.quotes.length)!;
    e.quotes[0].text = `${e.quotes[0].text}!`;
    refused(t).toThrow(/quotes\.0\.text: excerpt is not the article text/);
  });

  it("refuses a quote by a speaker who is not among the actors", () => {
    const t = copy();
    const e = t.events.find((x) => x.quotes.length)!;
    e.quotes[0].speakerId = "nobody";
    refused(t).toThrow(/quotes\.0\.speakerId: unknown actor "nobody"/);
  });

  it("refuses a date basis or a mention in an article that is not in the document", () => {
    const t = copy();
    const e = t.events.find((x) => x.dateBasis)!;
    e.dateBasis!.articleId = "missing";
    refused(t).toThrow(/dateBasis\.articleId: unknown article "missing"/);
    const u = copy();
    u.actors[0].mentions[0].articleId = "missing";
    refused(u).toThrow(/At actors\.0\.mentions\.0\.articleId: unknown article "missing"/);
  });

  it("refuses a span that ends before it starts or runs past its article", () => {
    const t = copy();
    const s = t.events[0].sources[0];
    [s.start, s.end] = [s.end, s.start];
    s.text = "";
    refused(t).toThrow(/sources\.0\.start: \d+\.\.\d+ is not inside the article/);
    const u = copy();
    u.locations[0].mentions[0].end = 10 ** 6;
    refused(u).toThrow(/At locations\.0\.mentions\.0\.start: .* is not inside the article/);
  });

  it("records who reports each event: its sources' articles and their outlets, distinct and sorted", () => {
    const meeting = parseTimeline(copy()).events.find((e) => e.id === "e-meeting")!;
    expect(meeting.reportedBy).toEqual({ articles: ["a1", "a2"], outlets: ["The Wire", "a2"] });
  });

  it("refuses reporting articles that are not the sources' articles, and outlets that are empty, repeated or more than the articles", () => {
    const t = copy();
    t.events[0].reportedBy.articles = ["a1"];
    refused(t).toThrow(/At events\.0\.reportedBy\.articles: names \["a1"\], but the sources are in \["a1","a2"\]/);
    const u = copy();
    u.events[0].reportedBy.articles = ["a1", "missing"];
    refused(u).toThrow(/At events\.0\.reportedBy\.articles/);
    const v = copy();
    v.events[0].reportedBy.outlets = ["The Wire", ""];
    refused(v).toThrow(/At events\.0\.reportedBy\.outlets\.1/);
    const w = copy();
    w.events[0].reportedBy.outlets = ["a2", "The Wire"];
    refused(w).toThrow(/At events\.0\.reportedBy\.outlets\.1: "The Wire" is out of order or repeated/);
    const x = copy();
    x.events[1].reportedBy.outlets = ["The Wire", "a2"];
    refused(x).toThrow(/At events\.1\.reportedBy\.outlets: 2 outlets for 1 articles/);
    const y = copy();
    y.events[1].reportedBy = { articles: [], outlets: [] };
    refused(y).toThrow(/At events\.1\.reportedBy\.articles/);
  });

  it("carries the rules that found an event, and refuses an empty rule code", () => {
    expect(parseTimeline(copy()).events[0].rules).toContain("merge/shared-participants");
    const t = copy();
    t.events[0].rules = [""];
    refused(t).toThrow(/At events\.0\.rules\.0/);
    const u = copy() as unknown as { events: Record<string, unknown>[] };
    delete u.events[0].rules;
    refused(u as unknown as Timeline).toThrow(/At events\.0\.rules/);
  });

  it("nests a location in another of the document, and refuses one that names no location or lies within itself", () => {
    const t = copy();
    t.locations.push({ id: "united-states", name: "United States", kind: "country", aliases: [], mentions: [] });
    t.locations[1].within = "united-states";
    expect(parseTimeline(t).locations[1].within).toBe("united-states");
    const u = copy();
    u.locations[1].within = "nowhere";
    refused(u).toThrow(/At locations\.1\.within: unknown location "nowhere"/);
    const v = copy();
    v.locations[0].within = "florida";
    v.locations[1].within = "moscow";
    refused(v).toThrow(/At locations\.0\.within: "moscow" would lie within itself/);
    // the explorer's file is held to the same when it loads
    const w = toExplorerData(v).timeline;
    expect(ExplorerFile.safeParse(w).error?.issues[0]).toMatchObject({ path: ["locations", 0, "within"] });
  });

  it("refuses an impossible date in the explorer's file when it is loaded", () => {
    const { timeline } = toExplorerData(FIXTURE);
    const broken = JSON.parse(JSON.stringify(timeline));
    broken.events.date[0] = "2025-02-30";
    const result = ExplorerFile.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["events", "date", 0], message: expect.stringMatching(/expected a calendar date/) });
  });
});
