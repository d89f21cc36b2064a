import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import { KINDS } from "../../src/pipeline/events/kinds";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractTimeline } from "../../src/pipeline/recipe";

// One case per event kind of the registry (src/pipeline/events/kinds), on sentences written for
// this test with words no rule names, and the negatives that keep each kind's vocabulary honest.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});
const run = (text: string) => extractTimeline([{ path: "a.txt", bytes: new TextEncoder().encode(`date 2024-06-07\n${text}`) }], gazetteer).timeline;
const events = (text: string) => {
  const t = run(text);
  return t.events.map((e) => ({ type: e.type, date: e.date, actors: e.actorIds.map((id) => t.actors.find((a) => a.id === id)!.name), rules: e.rules }));
};

const CASES: [string, string, string, string[]][] = [
  ["meeting", "Finance Minister Ana Lopes conferred with union leader Tomas Varga in Porto on Monday.", "2024-06-03", ["Ana Lopes", "Tomas Varga"]],
  ["statement", "Mayor Ines Moura warned on Tuesday that the bridge would close.", "2024-06-04", ["Ines Moura"]],
  ["resignation", "Harbour chief Rui Costa stepped down on Wednesday.", "2024-06-05", ["Rui Costa"]],
  ["dismissal", "Coach Marco Duarte was sacked on Monday.", "2024-06-03", ["Marco Duarte"]],
  ["appointment", "Prime Minister Ana Lopes named Eva Berg as finance minister on Tuesday.", "2024-06-04", ["Eva Berg"]],
  ["agreement", "Nordport Shipping and Baltica Freight signed a supply agreement on Wednesday.", "2024-06-05", ["Nordport Shipping"]],
  ["visit", "Prime Minister Ana Lopes visited Madrid on Thursday.", "2024-06-06", ["Ana Lopes"]],
  ["military", "General Pavel Orlov said his forces captured the town on Sunday.", "2024-06-02", []],
  ["legal", "Police arrested former mayor Pedro Alves on Monday.", "2024-06-03", ["Pedro Alves"]],
  // (on a Friday, "on Friday" is that day)
  ["proposal", "Union leader Tomas Varga rejected the offer on Friday.", "2024-06-07", ["Tomas Varga"]],
  ["vote", "Lawmakers approved the budget on Tuesday.", "2024-06-04", []],
  ["strike", "Dock workers led by Joana Reis walked out on Monday.", "2024-06-03", []],
  ["incident", "Two workers died on Tuesday when a crane collapsed at the port.", "2024-06-04", []],
  ["contest", "Porto beat Braga 2-1 on Sunday.", "2024-06-02", []],
];

describe("every kind of the registry reads its own events", () => {
  it("has a case here for every kind but deadline and decision, which are tested below", () => {
    expect(KINDS.map((k) => k.type).filter((t) => !CASES.some(([type]) => type === t)).sort()).toEqual(["deadline", "decision"]);
  });

  it.each(CASES)("[%s] %s", (type, text, date, actors) => {
    const found = events(text).filter((e) => e.type === type);
    expect(found).toHaveLength(1);
    expect(found[0].date).toBe(date);
    for (const a of actors) expect(found[0].actors).toContain(a);
    expect(found[0].rules[0]).toMatch(new RegExp(`^${type}/`));
  });

  it("[decision] a central bank cutting its rate, [deadline] a deadline set", () => {
    expect(events("The Banco de Portugal cut its key rate on Thursday.").map((e) => [e.type, e.date])).toContainEqual(["decision", "2024-06-06"]);
    expect(events("The central bank left interest rates unchanged on Wednesday.").map((e) => e.type)).toContain("decision");
    expect(events("The regulator set a deadline for the refinery on Monday.").map((e) => e.type)).toContain("deadline");
  });
});

describe("words of a kind that announce no event of it", () => {
  it.each([
    ["calls for a resignation", "Opposition leader Rui Costa renewed calls for the minister to resign on Monday."],
    ["a name given, not a post", "A 24-year-old named Tiago Brandao was among the crowd on Monday."],
    ["governing, not a court ruling", "The party ruled the city for a decade until Monday."],
    ["declining to speak", "The bank's governor declined to say on Monday when rates would fall."],
    ["a meeting that ended", "The meeting between the two delegations in Lisbon has concluded."],
  ])("%s", (_, text) => {
    const kinds = events(text).map((e) => e.type);
    expect(kinds.filter((k) => ["resignation", "appointment", "legal", "proposal", "agreement"].includes(k))).toEqual([]);
  });
});
