import { describe, expect, it } from "vitest";
import { excerptInContext } from "../../../src/app/event-details/excerpt-context";

const text = "First section ends here.\n\nOne line before.\nThe excerpt is this sentence. Words after it follow on and on.\n\nNext section.";
const start = text.indexOf("The excerpt");
const end = start + "The excerpt is this sentence.".length;

describe("excerptInContext", () => {
  it("gives the text around the excerpt, across line breaks but not past a blank line", () => {
    const c = excerptInContext(text, start, end);
    expect(c).toEqual({
      before: "One line before.\n",
      excerpt: "The excerpt is this sentence.",
      after: " Words after it follow on and on.",
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it("cuts long context at whole words and says it cut", () => {
    const c = excerptInContext(text, start, end, 10);
    expect(c.before).toBe("before.\n");
    expect(c.after).toBe(" Words");
    expect(c.clippedBefore && c.clippedAfter).toBe(true);
  });

  it("an excerpt at the very start or end of the article has nothing on that side", () => {
    const c = excerptInContext("Only sentence.", 0, 14);
    expect(c).toMatchObject({ before: "", after: "", clippedBefore: false, clippedAfter: false });
  });
});
