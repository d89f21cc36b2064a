import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../src/cli/load-gazetteer";
import type { Gazetteer } from "../../src/pipeline/places/gazetteer";
import { extractTimeline } from "../../src/pipeline/recipe";

// Invented names. A wrong actor must be traceable to the rule that made it in one step: every
// mention of every actor records the rules that found the name, settled its kind and joined it.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = loadGazetteer();
});

const run = (...texts: string[]) =>
  extractTimeline(texts.map((text, i) => ({ path: `a${i}.txt`, bytes: new TextEncoder().encode(`date 2025-03-0${i + 1}\n${text}`) })), gazetteer).timeline;
const actor = (t: ReturnType<typeof run>, name: string) => {
  const found = t.actors.find((a) => a.name === name);
  if (!found) throw new Error(`no actor "${name}" among ${t.actors.map((a) => a.name).join(", ")}`);
  return found;
};

describe("where an actor came from", () => {
  let timeline: ReturnType<typeof run>;
  beforeAll(() => {
    timeline = run(
      "Minister Halvard Stromsnes met the Coastal Ferry Workers Union (CFWU) in Tromvik on Monday. Stromsnes said the strike must end.",
      "The CFWU rejected the offer on Tuesday, union leader Brita Ness said.",
    );
    expect(timeline.actors.length).toBeGreaterThan(2);
  });

  it("records on every mention of every actor at least one rule", () => {
    for (const a of timeline.actors) {
      for (const m of a.mentions) expect(m.rules?.length, `${a.name} at ${m.articleId}:${m.start}`).toBeGreaterThan(0);
    }
  });

  it("names the rule that settled the kind: a title makes a person, an organization word a body", () => {
    expect(actor(timeline, "Halvard Stromsnes").rules).toContain("person/title");
    expect(actor(timeline, "Coastal Ferry Workers Union").rules).toContain("organization/org-word");
  });

  it("names the rules that joined other spellings: a bare surname, an acronym in another article", () => {
    expect(actor(timeline, "Halvard Stromsnes").rules).toContain("actor/surname-alone");
    const union = actor(timeline, "Coastal Ferry Workers Union");
    // in its own article the bracketed acronym names it; in the other, the initials it spells
    expect(union.mentions.filter((m) => m.rules?.includes("describe/acronym")).map((m) => m.articleId)).toEqual(["a0"]);
    expect(union.mentions.filter((m) => m.rules?.includes("actor/acronym")).map((m) => m.articleId)).toEqual(["a1"]);
  });

  it("lists an actor's rules once each, sorted", () => {
    for (const a of timeline.actors) expect(a.rules).toEqual([...new Set(a.mentions.flatMap((m) => m.rules ?? []))].sort());
  });
});
