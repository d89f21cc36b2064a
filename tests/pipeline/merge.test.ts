import { describe, it, expect } from "vitest";
import { mergeNameVariants, type ActorMention } from "../../src/pipeline/corpus/merge-name-variants";
import { mergeEvents, type CorpusEvent } from "../../src/pipeline/corpus/merge-events";
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
    actorIds: [], locationIds: [], quotes: [], sources: [{ articleId: "a1", start: 0, end: 10 }],
    ...overrides,
  };
}

describe("mergeEvents", () => {
  it("[M1] two statements of one speaker on one day merge into one event with both sources", () => {
    const merged = mergeEvents([
      event({ actorIds: ["ana-lopes"], sources: [{ articleId: "a1", start: 0, end: 10 }] }),
      event({ actorIds: ["ana-lopes"], sources: [{ articleId: "a2", start: 5, end: 20 }] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].sources).toEqual([{ articleId: "a1", start: 0, end: 10 }, { articleId: "a2", start: 5, end: 20 }]);
  });

  it("[M1] statements of one speaker on different days stay apart", () => {
    const merged = mergeEvents([event({ actorIds: ["ana-lopes"], date: "2025-12-02" }), event({ actorIds: ["ana-lopes"], date: "2025-12-03" })]);
    expect(merged).toHaveLength(2);
  });

  it("[M1] statements of two speakers on one day stay apart", () => {
    expect(mergeEvents([event({ actorIds: ["ana-lopes"] }), event({ actorIds: ["tomas-varga"] })])).toHaveLength(2);
  });

  it("[M1] statements without a speaker never merge", () => {
    expect(mergeEvents([event({}), event({})])).toHaveLength(2);
  });

  it("[M1] undated events stay apart", () => {
    expect(mergeEvents([event({ actorIds: ["ana-lopes"], date: null }), event({ actorIds: ["ana-lopes"], date: null })])).toHaveLength(2);
  });

  it("[M1] a planned and an occurred event of one day stay apart", () => {
    expect(mergeEvents([event({ actorIds: ["ana-lopes"], status: "planned" }), event({ actorIds: ["ana-lopes"] })])).toHaveLength(2);
  });

  it("[M1] meetings that share an actor merge and pool their actors and places", () => {
    const merged = mergeEvents([
      event({ type: "meeting", actorIds: ["ana-lopes", "tomas-varga"], locationIds: ["lisbon"] }),
      event({ type: "meeting", actorIds: ["tomas-varga", "rafael-duarte"], locationIds: [] }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].actorIds).toEqual(["ana-lopes", "tomas-varga", "rafael-duarte"]);
    expect(merged[0].locationIds).toEqual(["lisbon"]);
  });

  it("[M1] meetings that share an actor but name different places stay apart", () => {
    const merged = mergeEvents([
      event({ type: "meeting", actorIds: ["ana-lopes"], locationIds: ["lisbon"] }),
      event({ type: "meeting", actorIds: ["ana-lopes"], locationIds: ["madrid"] }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it("[M1] the merged event keeps the stated date basis over one read from context", () => {
    const merged = mergeEvents([
      event({ actorIds: ["ana-lopes"], dateBasis: { kind: "context", expression: "then", anchor: "2025-12-02", articleId: "a1", start: 0, end: 5 } }),
      event({ actorIds: ["ana-lopes"], dateBasis: { kind: "stated", expression: "December 2", anchor: null, articleId: "a2", start: 3, end: 13 } }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].dateBasis?.kind).toBe("stated");
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
