import { describe, expect, it } from "vitest";
import { markRanges } from "../../../src/app/ui/Highlight";
import { foldText } from "../../../src/app/ui/fold-text";

describe("foldText", () => {
  it("folds case, accents and curly quotes", () => {
    expect(foldText("Zelenskyy’s “Café”")).toBe(`zelenskyy's "cafe"`);
  });
});

describe("markRanges", () => {
  const marked = (text: string, words: string[]) => markRanges(text, words).map(([start, end]) => text.slice(start, end));

  it("finds folded words in the original text, accents and case as written", () => {
    expect(marked("Talks in Genève, then GENEVA again", ["geneve", "geneva"])).toEqual(["Genève", "GENEVA"]);
  });

  it("keeps offsets right after a character that folds to another length", () => {
    // "İ" lowers to two characters; the decomposed "é" (e and a combining accent) folds to one
    expect(marked("İstanbul and Kyiv", ["kyiv"])).toEqual(["Kyiv"]);
    expect(marked("Cafe\u0301 Kyiv", ["kyiv", "cafe"])).toEqual(["Cafe\u0301", "Kyiv"]);
  });

  it("joins overlapping marks and marks nothing for no words", () => {
    expect(marked("Steve Witkoff", ["steve witkoff", "witkoff"])).toEqual(["Steve Witkoff"]);
    expect(markRanges("Steve Witkoff", [])).toEqual([]);
  });
});
