import { describe, it, expect } from "vitest";
import { mergeNameVariants, type ActorMention } from "../../src/pipeline/corpus/merge-name-variants";
import { MERGE_RULES, mergeEvents, type CorpusEvent, type MergeContext } from "../../src/pipeline/corpus/merge-events";
import type { Mention } from "../../src/pipeline/mentions/find-mentions";

let nextStart = 0;
/** A hand-built mention: only the fields the merge reads matter. */
function mention(name: string, kind: "person" | "organization", extra: Partial<Mention> = {}, articleId = "a1"): ActorMention {
  const start = nextStart;
  nextStart += 100;
  return {
    articleId,
    mention: { start, end: start + name.length, surface: name, name, kind, possessive: false, placeContext: false, agent: false, sentence: 0, ...extra },
  };
}

/** The clusters as sorted lists of member names, sorted. */
const groups = (clusters: ReturnType<typeof mergeNameVariants>) =>
  clusters.map((c) => c.mentions.map((m) => m.mention.name).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));

describe("mergeNameVariants", () => {
  it("[A1] a bare surname joins the full name and the full name is the canonical name", () => {
    const clusters = mergeNameVariants([mention("Quintero", "person"), mention("Marta Quintero", "person", { role: "Foreign Minister" })]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ kind: "person", name: "Marta Quintero", roles: ["Foreign Minister"] });
    expect(clusters[0].aliases).toEqual(["Marta Quintero", "Quintero"]);
  });

  it("[A1] mentions from different articles join", () => {
    const clusters = mergeNameVariants([mention("Marta Quintero", "person", {}, "a1"), mention("Quintero", "person", {}, "a2")]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].mentions.map((m) => m.articleId).sort()).toEqual(["a1", "a2"]);
  });

  it("[A1] a misspelled surname with the same given name joins (Steve Wytkov / Steve Witkoff)", () => {
    const clusters = mergeNameVariants([mention("Steve Witkoff", "person"), mention("Steve Witkoff", "person"), mention("Steve Wytkov", "person")]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].name).toBe("Steve Witkoff");
  });

  it("[A1] two people sharing a surname with different given names stay apart", () => {
    const clusters = mergeNameVariants([mention("Marta Quintero", "person"), mention("Rafael Quintero", "person")]);
    expect(groups(clusters)).toEqual([["Marta Quintero"], ["Rafael Quintero"]]);
  });

  it("[A1] a bare surname that fits two full names joins the more mentioned one", () => {
    const clusters = mergeNameVariants([
      mention("Marta Quintero", "person"),
      mention("Rafael Quintero", "person"),
      mention("Rafael Quintero", "person"),
      mention("Quintero", "person"),
    ]);
    expect(groups(clusters)).toEqual([["Marta Quintero"], ["Quintero", "Rafael Quintero", "Rafael Quintero"]]);
  });

  it("[A1] different surnames stay apart", () => {
    const clusters = mergeNameVariants([mention("Ana Lopes", "person"), mention("Ana Smith", "person")]);
    expect(clusters).toHaveLength(2);
  });

  it("[A1] a weak mention joins an actor named elsewhere but never makes one", () => {
    expect(mergeNameVariants([mention("Marta Quintero", "person", { weak: true })])).toEqual([]);
    const clusters = mergeNameVariants([mention("Marta Quintero", "person"), mention("Quintero", "person", { weak: true })]);
    expect(groups(clusters)).toEqual([["Marta Quintero", "Quintero"]]);
  });

  it("[A2] organizations join on the folded name", () => {
    const clusters = mergeNameVariants([mention("Lisbon Harbour Authority", "organization"), mention("the Lisbon harbour authority", "organization")]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].kind).toBe("organization");
  });

  it("[A2] an acronym joins the organization whose initials it spells (GM → General Motors)", () => {
    const clusters = mergeNameVariants([mention("GM", "organization"), mention("General Motors", "organization")]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ kind: "organization", name: "General Motors", aliases: ["GM", "General Motors"] });
  });

  it("[A2] a club's acronym joins the club named without its F.C. (LTFC → Lisbon Town)", () => {
    const clusters = mergeNameVariants([mention("LTFC", "organization"), mention("Lisbon Town", "organization"), mention("Lisbon Town", "organization")]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ name: "Lisbon Town", aliases: ["LTFC", "Lisbon Town"] });
  });

  it("[A2] an acronym that spells no organization present stays its own actor", () => {
    const clusters = mergeNameVariants([mention("GM", "organization"), mention("Lisbon Harbour Authority", "organization")]);
    expect(groups(clusters)).toEqual([["GM"], ["Lisbon Harbour Authority"]]);
  });

  it("an organization and a person with the same last word stay apart (Ford / Gerald Ford)", () => {
    const clusters = mergeNameVariants([mention("Ford", "organization"), mention("Gerald Ford", "person")]);
    expect(clusters.map((c) => [c.kind, c.name]).sort()).toEqual([
      ["organization", "Ford"],
      ["person", "Gerald Ford"],
    ]);
  });
});

function event(overrides: Partial<CorpusEvent>): CorpusEvent {
  return {
    type: "statement", status: "occurred", date: "2025-12-02", precision: "day", dateBasis: null,
    actorIds: [], locationIds: [], quotes: [], sources: [{ articleId: "a1", start: 0, end: 10 }], rules: [], reports: [],
    ...overrides,
  };
}

/** An event reported by article `articleId`. */
const from = (articleId: string, overrides: Partial<CorpusEvent>) => event({ sources: [{ articleId, start: 0, end: 10 }], ...overrides });

// invented places: two cities of one country, a region of it, the country, and a city elsewhere
const PLACES: Record<string, { kind: "country" | "region" | "city" | "place"; country?: string }> = {
  lisbon: { kind: "city", country: "PT" },
  porto: { kind: "city", country: "PT" },
  algarve: { kind: "region", country: "PT" },
  portugal: { kind: "country", country: "PT" },
  madrid: { kind: "city", country: "ES" },
  "harbour-hall": { kind: "place" },
};
const PUBLISHED: Record<string, string> = { a1: "2025-11-28", a2: "2025-12-03", a3: "2025-12-04" };
const context: MergeContext = { placeOf: (id) => PLACES[id], publishedOf: (id) => PUBLISHED[id] };
const merge = (events: CorpusEvent[]) => mergeEvents(events, context);

describe("mergeEvents", () => {
  describe(`[M1] ${MERGE_RULES.sameSpeakerDay}`, () => {
    it("two statements of one speaker on one day merge into one event with both sources, naming the rule", () => {
      const merged = merge([
        event({ actorIds: ["ana-lopes"], sources: [{ articleId: "a1", start: 0, end: 10 }], rules: ["statement/reported:said"] }),
        event({ actorIds: ["ana-lopes"], sources: [{ articleId: "a2", start: 5, end: 20 }] }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0].sources).toEqual([{ articleId: "a1", start: 0, end: 10 }, { articleId: "a2", start: 5, end: 20 }]);
      expect(merged[0].rules).toEqual(["statement/reported:said", MERGE_RULES.sameSpeakerDay]);
    });

    it("statements of one speaker on different days stay apart", () => {
      expect(merge([event({ actorIds: ["ana-lopes"], date: "2025-12-02" }), event({ actorIds: ["ana-lopes"], date: "2025-12-03" })])).toHaveLength(2);
    });

    it("statements of two speakers on one day stay apart, even when each names the other", () => {
      expect(merge([event({ actorIds: ["ana-lopes"] }), event({ actorIds: ["tomas-varga"] })])).toHaveLength(2);
      expect(merge([event({ actorIds: ["ana-lopes", "tomas-varga"] }), event({ actorIds: ["tomas-varga", "ana-lopes"] })])).toHaveLength(2);
    });

    it("statements without a speaker never merge", () => {
      expect(merge([event({}), event({})])).toHaveLength(2);
    });

    it("a statement on a day and one of that month by the same speaker stay apart: a speaker says many things in a month", () => {
      expect(merge([event({ actorIds: ["ana-lopes"] }), event({ actorIds: ["ana-lopes"], date: "2025-12", precision: "month" })])).toHaveLength(2);
    });
  });

  describe(`[M2] ${MERGE_RULES.sharedParticipants}`, () => {
    it("meetings on one day that share participants merge and pool their actors and places", () => {
      const merged = merge([
        from("a1", { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"] }),
        from("a2", { type: "meeting", actorIds: ["tomas-varga", "rafael-duarte"], locationIds: [] }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0].actorIds).toEqual(["ana-lopes", "tomas-varga", "rafael-duarte"]);
      expect(merged[0].locationIds).toEqual(["lisbon"]);
      expect(merged[0].rules).toEqual([MERGE_RULES.sharedParticipants]);
    });

    it("three outlets' reports of one meeting are one event", () => {
      const merged = merge(["a1", "a2", "a3"].map((a) => from(a, { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"] })));
      expect(merged).toHaveLength(1);
      expect(new Set(merged[0].sources.map((s) => s.articleId))).toEqual(new Set(["a1", "a2", "a3"]));
    });

    it("two meetings on one day in different cities stay apart, though they share a participant", () => {
      expect(merge([from("a1", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"] }), from("a2", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["porto"] })])).toHaveLength(2);
      expect(merge([from("a1", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"] }), from("a2", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["madrid"] })])).toHaveLength(2);
    });

    it("a city agrees with its country, and with a region of its country; not with another country", () => {
      const meeting = (a: string, locationIds: string[]) => from(a, { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds });
      expect(merge([meeting("a1", ["lisbon"]), meeting("a2", ["portugal"])])).toHaveLength(1);
      expect(merge([meeting("a1", ["algarve"]), meeting("a2", ["porto"])])).toHaveLength(1);
      expect(merge([meeting("a1", ["madrid"]), meeting("a2", ["portugal"])])).toHaveLength(2);
      // without the places' countries, only the same place agrees
      expect(mergeEvents([meeting("a1", ["lisbon"]), meeting("a2", ["portugal"])])).toHaveLength(2);
    });

    it("meetings need at least half of the smaller side's participants in common", () => {
      const meeting = (a: string, actorIds: string[]) => from(a, { type: "meeting", actorIds });
      expect(merge([meeting("a1", ["ana-lopes", "tomas-varga", "rafael-duarte", "eva-berg"]), meeting("a2", ["ana-lopes", "tomas-varga", "ines-moura", "joao-reis"])])).toHaveLength(1);
      expect(merge([meeting("a1", ["ana-lopes", "tomas-varga", "rafael-duarte"]), meeting("a2", ["ana-lopes", "ines-moura", "joao-reis"])])).toHaveLength(2);
    });

    it("[M2b] two reports of a meeting on one day in one city with one participant in common merge, each outlet naming the side it knows", () => {
      const meeting = (a: string, actorIds: string[], locationIds: string[]) => from(a, { type: "meeting", actorIds, locationIds });
      expect(merge([meeting("a1", ["ana-lopes", "tomas-varga", "rafael-duarte"], ["lisbon"]), meeting("a2", ["ana-lopes", "ines-moura", "joao-reis"], ["lisbon"])])).toHaveLength(1);
      // not without the city on both sides, nor in a country alone
      expect(merge([meeting("a1", ["ana-lopes", "tomas-varga", "rafael-duarte"], ["lisbon"]), meeting("a2", ["ana-lopes", "ines-moura", "joao-reis"], [])])).toHaveLength(2);
      expect(merge([meeting("a1", ["ana-lopes", "tomas-varga", "rafael-duarte"], ["portugal"]), meeting("a2", ["ana-lopes", "ines-moura", "joao-reis"], ["portugal"])])).toHaveLength(2);
    });

    it("two appointments by one prime minister on one day stay apart: other kinds need more than half in common", () => {
      const appointment = (a: string, actorIds: string[]) => from(a, { type: "appointment", actorIds });
      expect(merge([appointment("a1", ["pm-ana-lopes", "tomas-varga"]), appointment("a2", ["pm-ana-lopes", "rafael-duarte"])])).toHaveLength(2);
      expect(merge([appointment("a1", ["pm-ana-lopes", "tomas-varga"]), appointment("a2", ["tomas-varga"])])).toHaveLength(1);
    });

    it("events of different kinds stay apart, however much they share: a resignation is not an appointment, nor 'other'", () => {
      const one = { actorIds: ["tomas-varga"], locationIds: ["lisbon"] };
      expect(merge([from("a1", { type: "resignation", ...one }), from("a2", { type: "appointment", ...one })])).toHaveLength(2);
      expect(merge([from("a1", { type: "resignation", ...one }), from("a2", { type: "other", ...one })])).toHaveLength(2);
      expect(merge([from("a1", { type: "resignation", ...one }), from("a2", { type: "resignation", ...one })])).toHaveLength(1);
    });

    it("a day and a year, or two months, never merge", () => {
      const meeting = (a: string, date: string, precision: CorpusEvent["precision"]) => from(a, { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], date, precision });
      expect(merge([meeting("a1", "2025-12-02", "day"), meeting("a2", "2025", "year")])).toHaveLength(2);
      expect(merge([meeting("a1", "2025-11", "month"), meeting("a2", "2025-12", "month")])).toHaveLength(2);
      expect(merge([meeting("a1", "2025", "year"), meeting("a2", "2025", "year")])).toHaveLength(1);
    });

    it("the merged event keeps the stated date basis over one read from context", () => {
      const merged = merge([
        event({ actorIds: ["ana-lopes"], dateBasis: { kind: "context", expression: "then", anchor: "2025-12-02", articleId: "a1", start: 0, end: 5 } }),
        event({ actorIds: ["ana-lopes"], dateBasis: { kind: "stated", expression: "December 2", anchor: null, articleId: "a2", start: 3, end: 13 } }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0].dateBasis?.kind).toBe("stated");
    });
  });

  describe(`[M3] ${MERGE_RULES.sharedPlace}`, () => {
    it("a meeting naming no one joins one at the same city on the same day", () => {
      const merged = merge([from("a1", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"] }), from("a2", { type: "meeting", locationIds: ["lisbon"] })]);
      expect(merged).toHaveLength(1);
      expect(merged[0].rules).toEqual([MERGE_RULES.sharedPlace]);
    });

    it("a shared country is not enough, nor a shared city when both name different people", () => {
      expect(merge([from("a1", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["portugal"] }), from("a2", { type: "meeting", locationIds: ["portugal"] })])).toHaveLength(2);
      expect(merge([from("a1", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"] }), from("a2", { type: "meeting", actorIds: ["tomas-varga"], locationIds: ["lisbon"] })])).toHaveLength(2);
    });
  });

  describe(`[M4] ${MERGE_RULES.dayInMonth}`, () => {
    it("a day joins its month when they share participants and the place agrees, and takes the day", () => {
      const merged = merge([
        from("a1", { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["portugal"], date: "2025-12", precision: "month" }),
        from("a2", { type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"], date: "2025-12-02", precision: "day" }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ date: "2025-12-02", precision: "day", rules: [MERGE_RULES.dayInMonth] });
    });

    it("without a place on one side, two shared participants are needed", () => {
      const month = (actorIds: string[]) => from("a1", { type: "meeting", actorIds, date: "2025-12", precision: "month" });
      const day = (actorIds: string[]) => from("a2", { type: "meeting", actorIds, locationIds: ["lisbon"] });
      expect(merge([month(["ana-lopes"]), day(["ana-lopes"])])).toHaveLength(2);
      expect(merge([month(["ana-lopes", "tomas-varga"]), day(["ana-lopes", "tomas-varga"])])).toHaveLength(1);
    });

    it("a day of another month, or in another city, stays apart", () => {
      const month = from("a1", { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], date: "2025-12", precision: "month" });
      expect(merge([structuredClone(month), from("a2", { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], date: "2025-11-30" })])).toHaveLength(2);
      expect(merge([structuredClone(month), from("a2", { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["porto"] })])).toHaveLength(2);
    });
  });

  describe(`[M5] ${MERGE_RULES.plannedThenOccurred}`, () => {
    const basis = (articleId: string, expression: string) => ({ kind: "stated" as const, expression, anchor: null, articleId, start: 0, end: expression.length });

    it("planned in an earlier article and occurred in a later one: one occurred event, with the later report's date basis", () => {
      const merged = merge([
        from("a1", { type: "meeting", status: "planned", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], dateBasis: basis("a1", "next Tuesday") }),
        from("a2", { type: "meeting", status: "occurred", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], dateBasis: basis("a2", "on Tuesday") }),
      ]);
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ status: "occurred", dateBasis: { articleId: "a2", expression: "on Tuesday" } });
      expect(merged[0].rules).toEqual([MERGE_RULES.sharedParticipants, MERGE_RULES.plannedThenOccurred]);
    });

    it("a plan reported after the event, one article saying both, or no publication dates known: they stay apart", () => {
      const meeting = (a: string, status: CorpusEvent["status"]) => from(a, { type: "meeting", status, actorIds: ["ana-lopes", "tomas-varga"] });
      expect(merge([meeting("a2", "occurred"), meeting("a1", "occurred"), meeting("a3", "planned")])).toHaveLength(2);
      expect(merge([meeting("a1", "planned"), meeting("a1", "occurred")])).toHaveLength(2);
      expect(mergeEvents([meeting("a1", "planned"), meeting("a2", "occurred")])).toHaveLength(2);
    });

    it("a planned and an occurred statement stay apart", () => {
      expect(merge([from("a1", { actorIds: ["ana-lopes"], status: "planned" }), from("a2", { actorIds: ["ana-lopes"] })])).toHaveLength(2);
    });
  });

  describe(`[M6] ${MERGE_RULES.undatedSameActorsPlace}`, () => {
    const dated = (a: string, overrides: Partial<CorpusEvent> = {}) => from(a, { type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"], ...overrides });

    it("an undated event joins the one dated event of its type with the same participants and place", () => {
      const merged = merge([dated("a1"), dated("a2", { date: null, precision: "unknown", actorIds: ["tomas-varga", "ana-lopes"] })]);
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ date: "2025-12-02", rules: [MERGE_RULES.undatedSameActorsPlace] });
    });

    it("'a separate meeting in Lisbon between Lopes and Varga' joins a meeting of theirs with others there too", () => {
      const merged = merge([dated("a1", { actorIds: ["ana-lopes", "tomas-varga", "rui-costa"] }), dated("a3", { date: null, precision: "unknown" })]);
      expect(merged).toHaveLength(1);
    });

    it("of two such meetings it joins the latest dated no later than its own article", () => {
      const merged = merge([dated("a1", { date: "2025-11-20" }), dated("a2", { date: "2025-12-02" }), dated("a2", { date: "2025-12-20" }), dated("a3", { date: null, precision: "unknown" })]);
      expect(merged.map((e) => [e.date, e.sources.length])).toEqual([["2025-11-20", 1], ["2025-12-02", 2], ["2025-12-20", 1]]);
    });

    it("it stays apart with one participant, someone the meeting lacks, another place, no place, only a meeting after its own article, or only undated company", () => {
      const undated = (overrides: Partial<CorpusEvent> = {}) => dated("a3", { date: null, precision: "unknown", ...overrides });
      expect(merge([dated("a1", { actorIds: ["ana-lopes"] }), undated({ actorIds: ["ana-lopes"] })])).toHaveLength(2);
      expect(merge([dated("a1"), undated({ actorIds: ["ana-lopes", "tomas-varga", "rui-costa"] })])).toHaveLength(2);
      expect(merge([dated("a1"), undated({ locationIds: ["porto"] })])).toHaveLength(2);
      expect(merge([dated("a1", { locationIds: [] }), undated({ locationIds: [] })])).toHaveLength(2);
      expect(merge([dated("a2", { date: "2025-12-20" }), undated()])).toHaveLength(2);
      expect(merge([undated(), undated()])).toHaveLength(2);
    });
  });
});

describe("mergeNameVariants: misspelt organizations", () => {
  it("[A5] a one-word name one typo from a far more frequent one joins it ('Castelaln' → 'Castellan')", () => {
    const clusters = mergeNameVariants([
      mention("Castellan", "organization"),
      mention("Castellan", "organization"),
      mention("Castellan Group", "organization"),
      mention("Castelaln", "organization"),
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].aliases).toContain("Castelaln");
  });

  it("[A5] short names and names seen as often stay apart ('Nissan'/'Nissin', 'Marketa'/'Marketo')", () => {
    const short = mergeNameVariants([mention("Nissan", "organization"), mention("Nissan", "organization"), mention("Nissan", "organization"), mention("Nissin", "organization")]);
    expect(short).toHaveLength(2);
    const even = mergeNameVariants([mention("Marketa", "organization"), mention("Marketa", "organization"), mention("Marketo", "organization")]);
    expect(even).toHaveLength(2);
  });
});
