import { beforeAll, describe, it, expect } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractTimeline } from "../../src/pipeline/recipe";

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const run = (text: string) => extractTimeline([{ path: "x.txt", bytes: new TextEncoder().encode(text) }], gazetteer).timeline;

describe("the harness itself", () => {
  it("finds an event and its actors in a plain positive sentence (so the empty results below mean something)", () => {
    const timeline = run("date 2025-12-04\nForeign Minister Ana Lopes met Prime Minister Tomas Varga in Lisbon on Tuesday.");
    expect(timeline.events.map((e) => [e.type, e.date])).toEqual([["meeting", "2025-12-02"]]);
    expect(timeline.actors.map((a) => a.name).sort()).toEqual(["Ana Lopes", "Tomas Varga"]);
  });
});

describe("texts that yield no event and no actor", () => {
  const cases: [string, string][] = [
    ["photo credits only", "Getty Images\nKremlin Press Office/Bulletin/Anadolu via Getty Images5 of 6\nAFP via Getty Images\nMarta Reis/Reuters"],
    ["photo counters only", "3 of 6\n6 photos\n1/12\n12 images"],
    ["a headline without a verb", "Peace Plan Talks In Lisbon"],
    ["a dated headline without a verb", "date 2025-12-04\nHarbour Strike: Week Three"],
    ["a negated meeting", "The two leaders did not meet."],
    ["a negated meeting on a weekday", "date 2025-12-04\nThe two leaders did not meet on Tuesday."],
    ["a negated meeting with 'never'", "date 2025-12-04\nThe two delegations never met in person."],
    ["a hypothetical meeting", "They could meet next year if talks resume."],
    ["a conditional meeting with a date", "date 2025-12-04\nThe ministers might meet on Friday if the ceasefire holds."],
    ["a passive criticism with no speaker", "The plan was criticized."],
    ["a dated passive criticism with no speaker", "date 2025-12-04\nThe plan was criticized on Tuesday."],
    ["a bulleted list of menu items", "- Grilled Salmon\n- Caesar Salad\n- Chocolate Cake\n• Lemon Tart"],
    ["an empty string", ""],
    ["whitespace only", "   \n\t\n  \r\n"],
  ];

  it.each(cases)("%s", (_label, text) => {
    const { events, actors } = run(text);
    expect(events).toEqual([]);
    expect(actors).toEqual([]);
  });
});

describe("texts that name people but yield no event", () => {
  it("a negated meeting between named leaders is not a meeting", () => {
    const { events } = run("date 2025-12-04\nForeign Minister Ana Lopes and Prime Minister Tomas Varga did not meet on Tuesday.");
    expect(events).toEqual([]);
  });

  it("a hypothetical meeting between named leaders is not an event", () => {
    const { events } = run("date 2025-12-04\nForeign Minister Ana Lopes could meet Prime Minister Tomas Varga in Lisbon next year if talks resume.");
    expect(events).toEqual([]);
  });
});

describe("page debris around a real sentence", () => {
  it("credits and counters add no actor to an article with a real event", () => {
    const timeline = run(
      "date 2025-12-04\nForeign Minister Ana Lopes met Prime Minister Tomas Varga in Lisbon on Tuesday.\nGetty Images\n3 of 6\n6 photos",
    );
    expect(timeline.actors.map((a) => a.name).sort()).toEqual(["Ana Lopes", "Tomas Varga"]);
    expect(timeline.events).toHaveLength(1);
  });
});
