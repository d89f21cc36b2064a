import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { resolveIds } from "../../src/model/resolve-ids";
import { Timeline, type Span } from "../../src/model/timeline";
import { actorIds, eventId, reportIds, shortHash } from "../../src/pipeline/corpus/stable-ids";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { analyzeSafely, extractFromResults, extractTimeline, type ArticleFile } from "../../src/pipeline/recipe";

// Links, bookmarks and corrections name events and actors by id, so ids must outlast the
// folder changing: the same folder gives the same ids, articles that do not touch an event or
// an actor leave its id alone, and an id that must change (a merge, a better spelling, an
// earlier report) is kept on the survivor as a former id. The story is invented: a dock strike
// in a harbour town, told by two articles, then by three more.

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const BASE: Record<string, string> = {
  "a-harbour-wire": `date 2025-03-05
outlet Harbour Wire
title Minister meets union leader as dock strike drags on
Harbour minister Teodora Vasquel met union leader Ilmar Roste in Kelsby on Monday to discuss the dock strike, now in its third week.
Vasquel said on Tuesday that "the docks will reopen before the end of the month".
Roste told reporters that the union would vote on the offer on Thursday.
`,
  "b-coast-daily": `date 2025-03-06
outlet Coast Daily
title Union weighs port offer
Teodora Vasquel and Ilmar Roste met in Kelsby on Monday, officials said.
The Kelsby Dockworkers Union said on Wednesday that it had received a written offer from the ministry.
`,
};

/** Published a day before either, it reports Monday's meeting: the events merge, and the meeting's earliest report is now this one. */
const EARLIER_REPORT = `date 2025-03-04
outlet Kelsby Radio
title Talks at the harbour office
Minister Teodora Vasquel met Ilmar Roste, the dockworkers' leader, in Kelsby on Monday.
`;
/** Spells the union leader "Rooste", three times over: the better spelling becomes his name. */
const BETTER_SPELLING = `date 2025-03-08
outlet Coast Daily
title The patient man of the docks
Ilmar Rooste has led the dockworkers since 2019.
Ilmar Rooste said on Friday that the strike was over.
Colleagues describe Ilmar Rooste as patient and stubborn.
`;
/** Another story altogether. */
const UNRELATED = `date 2025-03-05
outlet Dunmere Courier
title Bakery opens on Marrow Lane
Baker Anselm Fridrik said on Tuesday that bread prices in Dunmere would rise by a tenth in April.
`;

const files = (articles: Record<string, string>): ArticleFile[] => Object.entries(articles).map(([id, text]) => ({ path: `${id}.txt`, bytes: new TextEncoder().encode(text) }));
const extract = (articles: Record<string, string>) => Timeline.parse(extractTimeline(files(articles), gazetteer).timeline);

const spanKey = (s: Span) => `${s.articleId}@${s.start}-${s.end}`;
const evidenceOf = (entry: { sources?: Span[]; mentions?: Span[] }) => new Set((entry.sources ?? entry.mentions ?? []).map(spanKey));
const holdsAll = (outer: Set<string>, inner: Set<string>) => [...inner].every((k) => outer.has(k));

/** What an old id opens in a newer timeline: the entry with that id, else the one it is a former id of. */
function opens<T extends { id: string }>(id: string, entries: T[], formerToCurrent: ReadonlyMap<string, string>): T | undefined {
  const current = entries.find((x) => x.id === id)?.id ?? formerToCurrent.get(id);
  return entries.find((x) => x.id === current);
}

describe("ids that last when articles are added", () => {
  it("every old event and actor id opens the event or actor that holds the same evidence, after articles on the same story arrive", () => {
    const before = extract(BASE);
    const after = extract({ ...BASE, "c-kelsby-radio": EARLIER_REPORT, "d-profile": BETTER_SPELLING, "e-bakery": UNRELATED });
    const maps = resolveIds(after);
    for (const old of before.events) {
      const now = opens(old.id, after.events, maps.events);
      expect(now, `event ${old.id} (${old.title})`).toBeDefined();
      expect(holdsAll(evidenceOf(now!), evidenceOf(old)), `event ${old.id} opens ${now!.id}`).toBe(true);
      // and every id the old event answered to still opens it
      for (const former of old.formerIds ?? []) expect(opens(former, after.events, maps.events)).toBe(now);
    }
    for (const old of before.actors) {
      const now = opens(old.id, after.actors, maps.actors);
      expect(now, `actor ${old.id}`).toBeDefined();
      expect(holdsAll(evidenceOf(now!), evidenceOf(old)), `actor ${old.id} opens ${now!.id}`).toBe(true);
    }
  });

  it("an actor renamed to a better spelling keeps the old id as a former id", () => {
    const before = extract(BASE);
    const after = extract({ ...BASE, "d-profile": BETTER_SPELLING });
    expect(before.actors.map((a) => a.id)).toContain("ilmar-roste");
    const leader = after.actors.find((a) => a.name === "Ilmar Rooste")!;
    expect(leader.id).toBe("ilmar-rooste");
    expect(leader.formerIds).toContain("ilmar-roste");
    expect(after.actors.some((a) => a.id === "ilmar-roste")).toBe(false);
  });

  it("an earlier report of a happening takes over its id, and the old id and the new article's are kept", () => {
    const before = extract(BASE);
    const after = extract({ ...BASE, "c-kelsby-radio": EARLIER_REPORT });
    const meeting = (t: Timeline) => t.events.filter((e) => e.type === "meeting");
    expect(meeting(before)).toHaveLength(1);
    expect(meeting(after)).toHaveLength(1);
    const [old, now] = [meeting(before)[0], meeting(after)[0]];
    expect(now.reportedBy.articles).toEqual(["a-harbour-wire", "b-coast-daily", "c-kelsby-radio"]);
    expect(now.id).not.toBe(old.id);
    expect(now.formerIds).toEqual([old.id, ...(old.formerIds ?? [])].sort());
  });

  it("a merge keeps the id of the earliest report and names the other report's id as a former id", () => {
    // the two base articles both report Monday's meeting: the Harbour Wire came out first
    const alone = extract({ "b-coast-daily": BASE["b-coast-daily"] });
    const both = extract(BASE);
    const aloneMeeting = alone.events.find((e) => e.type === "meeting")!;
    const meeting = both.events.find((e) => e.type === "meeting")!;
    expect(meeting.reportedBy.articles).toEqual(["a-harbour-wire", "b-coast-daily"]);
    expect(meeting.formerIds).toEqual([aloneMeeting.id]);
    expect(extract({ "a-harbour-wire": BASE["a-harbour-wire"] }).events.find((e) => e.type === "meeting")!.id).toBe(meeting.id);
  });

  it("an article on another story changes no id or former id; taking it away again changes none either", () => {
    const before = extract(BASE);
    const after = extract({ ...BASE, "e-bakery": UNRELATED });
    const ids = (t: Timeline) => [...t.events, ...t.actors].map((x) => [x.id, x.formerIds ?? []]);
    const added = new Set(after.events.filter((e) => e.reportedBy.articles.includes("e-bakery")).map((e) => e.id));
    const addedActors = new Set(after.actors.filter((a) => a.mentions.some((m) => m.articleId === "e-bakery")).map((a) => a.id));
    expect(added.size).toBeGreaterThan(0);
    expect(ids({ ...after, events: after.events.filter((e) => !added.has(e.id)), actors: after.actors.filter((a) => !addedActors.has(a.id)) })).toEqual(ids(before));
  });

  it("an event's or actor's id does not follow its title or display name", () => {
    // the better spelling retitles the union leader's statement ("Rooste statement") and renames him, not its id
    const before = extract(BASE);
    const after = extract({ ...BASE, "d-profile": BETTER_SPELLING });
    const statement = (t: Timeline) => t.events.find((e) => e.type === "statement" && e.reportedBy.articles.join() === "a-harbour-wire" && /Roo?ste/.test(e.title))!;
    expect(statement(before).title).not.toBe(statement(after).title);
    expect(statement(after).id).toBe(statement(before).id);
  });
});

describe("ids that do not depend on the order of work", () => {
  const ALL = { ...BASE, "c-kelsby-radio": EARLIER_REPORT, "d-profile": BETTER_SPELLING, "e-bakery": UNRELATED };

  it("the same folder gives byte-identical output, whatever order its files are listed in", () => {
    const listed = files(ALL);
    const first = JSON.stringify(extractTimeline(listed, gazetteer).timeline);
    expect(JSON.stringify(extractTimeline([...listed].reverse(), gazetteer).timeline)).toBe(first);
    expect(JSON.stringify(extractTimeline([listed[2], listed[4], listed[0], listed[3], listed[1]], gazetteer).timeline)).toBe(first);
  });

  it("whatever order the workers finish their articles in", () => {
    const results = files(ALL).map((file) => analyzeSafely(file, gazetteer));
    const first = JSON.stringify(extractFromResults(results, gazetteer).timeline);
    for (const order of [[4, 3, 2, 1, 0], [1, 3, 0, 4, 2]]) expect(JSON.stringify(extractFromResults(order.map((i) => results[i]), gazetteer).timeline)).toBe(first);
  });
});

describe("ids over generated corpora", () => {
  const newsy = fc
    .tuple(
      fc.constantFrom("2025-03-03", "2025-03-04", "2025-03-05"),
      fc.array(
        fc
          .tuple(
            fc.constantFrom("Mayor Ana Lopes", "Lopes", "Ana Lopez", "Minister Tomas Varga", "Varga", "The harbour board", "Union leader Ilmar Roste", "Ilmar Rooste"),
            fc.constantFrom(" met ", " said ", " will meet ", " resigned", " visited "),
            fc.constantFrom("Tomas Varga", "Lopes", "the union", "Ilmar Roste", ""),
            fc.constantFrom("", " in Lisbon", " in Porto"),
            fc.constantFrom(" on Monday", " on Tuesday", " last week", ""),
          )
          .map((parts) => `${parts.join("")}.`),
        { minLength: 1, maxLength: 5 },
      ),
    )
    .map(([date, sentences]) => `date ${date}\n${sentences.join(" ")}`);

  // merging is greedy, so new reports can regroup the old ones: an old id then opens the event
  // that holds the report it was made from, which shares evidence with the old event
  it("every id of a corpus opens, in the corpus with more articles, an entry that shares its evidence", () => {
    fc.assert(
      fc.property(fc.array(newsy, { minLength: 1, maxLength: 4 }), fc.array(newsy, { minLength: 1, maxLength: 3 }), (first, more) => {
        const name = (prefix: string) => (text: string, i: number) => [`${prefix}${i}`, text] as const;
        const base = Object.fromEntries(first.map(name("a")));
        const before = extract(base);
        const after = extract({ ...base, ...Object.fromEntries(more.map(name("b"))) });
        const maps = resolveIds(after);
        for (const old of before.events) {
          const now = opens(old.id, after.events, maps.events);
          expect(now, `event ${old.id}`).toBeDefined();
          expect([...evidenceOf(old)].some((k) => evidenceOf(now!).has(k))).toBe(true);
        }
        for (const old of before.actors) {
          const now = opens(old.id, after.actors, maps.actors);
          expect(now, `actor ${old.id}`).toBeDefined();
          expect([...evidenceOf(old)].some((k) => evidenceOf(now!).has(k))).toBe(true);
        }
      }),
      { numRuns: 60, seed: 20261202 },
    );
  }, 120_000);
});

describe("the id makers", () => {
  it("a report's id is its date, its type and a hash of its article and offsets, and two like accounts in one article differ", () => {
    const report = { articleId: "a1", type: "meeting" as const, date: "2025-03-03", sources: [{ start: 10, end: 40 }] };
    const [one, two, other] = reportIds([report, report, { ...report, articleId: "a2" }]);
    expect(one).toMatch(/^2025-03-03-meeting-[0-9a-f]{10}$/);
    expect(new Set([one, two, other]).size).toBe(3);
    expect(reportIds([{ ...report, date: null }])[0]).toMatch(/^undated-meeting-[0-9a-f]{10}$/);
    // the same evidence, the same id, on any machine
    expect(reportIds([report])[0]).toBe(one);
    expect(shortHash("a1@10", 6)).toBe(shortHash("a1@10", 6));
    expect(shortHash("a1@10", 6)).not.toBe(shortHash("a1@11", 6));
  });

  it("an event takes its first published report's id; a report of unknown date comes last", () => {
    const reports = [
      { id: "r-late", published: "2025-03-06", articleId: "a", start: 0 },
      { id: "r-undated", published: null, articleId: "0", start: 0 },
      { id: "r-early", published: "2025-03-04", articleId: "z", start: 50 },
    ];
    expect(eventId(reports)).toEqual({ id: "r-early", formerIds: ["r-late", "r-undated"] });
    expect(eventId([...reports].reverse())).toEqual(eventId(reports));
  });

  it("two actors of one name: the one mentioned first keeps the name's slug whatever the list's order, the other gets a hash of where it is first mentioned", () => {
    const person = { name: "Hale", mentions: [{ name: "Hale", published: "2025-01-02", articleId: "a2", start: 5 }] };
    const company = { name: "Hale", mentions: [{ name: "Hale", published: "2025-01-01", articleId: "a9", start: 80 }] };
    const [p, c] = actorIds([person, company]);
    expect(c.id).toBe("hale");
    expect(p.id).toMatch(/^hale-[0-9a-f]{6}$/);
    expect(actorIds([company, person])).toEqual([c, p]);
  });

  it("an actor's former ids are its other names' slugs, none an actor's id; a name two actors give goes to its earliest mention's", () => {
    const at = (name: string, published: string, start: number) => ({ name, published, articleId: "a1", start });
    const ana = { name: "Ana Lopes", mentions: [at("Ana Lopes", "2025-01-01", 0), at("Lopes", "2025-01-01", 40), at("Varga", "2025-01-01", 90)] };
    const rui = { name: "Rui Lopes", mentions: [at("Rui Lopes", "2025-01-02", 0), at("Lopes", "2025-01-02", 30)] };
    const varga = { name: "Varga", mentions: [at("Varga", "2025-01-03", 0)] };
    expect(actorIds([ana, rui, varga])).toEqual([
      { id: "ana-lopes", formerIds: ["lopes"] },
      { id: "rui-lopes", formerIds: [] },
      { id: "varga", formerIds: [] },
    ]);
  });
});
