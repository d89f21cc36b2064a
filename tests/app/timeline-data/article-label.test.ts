import { describe, expect, it } from "vitest";
import { articleLabel, MAX_TITLE_LENGTH, publishedText } from "../../../src/app/timeline-data/article-label";

describe("how an article is named", () => {
  it("by the title and outlet of its header", () => {
    expect(articleLabel({ title: "Envoys leave Moscow", outlet: "The Wire", source: "https://www.example.com/a" }, "Body.")).toEqual({ title: "Envoys leave Moscow", outlet: "The Wire" });
  });

  it("without a header title, by the first line that has words, once the text is known", () => {
    expect(articleLabel({}, "\n  \n  Putin received   the delegation.\nSecond line.").title).toBe("Putin received the delegation.");
    expect(articleLabel({}).title).toBeNull();
    expect(articleLabel({}, " \n").title).toBe("(no text)");
  });

  it("cuts a first line that is a whole paragraph at a word, with an ellipsis", () => {
    const words = "word ".repeat(40).trim();
    const title = articleLabel({}, words).title!;
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(title).toMatch(/^(word )+word…$/);
    expect(articleLabel({}, "x".repeat(MAX_TITLE_LENGTH)).title).toBe("x".repeat(MAX_TITLE_LENGTH));
  });

  it("without a header outlet, by the host of its source URL without www.", () => {
    expect(articleLabel({ source: "https://www.Reuters.com/markets/a" }).outlet).toBe("reuters.com");
    expect(articleLabel({ source: "apnews.com/article/x" }).outlet).toBe("apnews.com");
  });

  it("names no outlet when the source line is no URL with a host", () => {
    for (const source of [undefined, "", "javascript:alert(1)", "mailto:desk@example.com", "seen on the radio"]) expect(articleLabel({ source }).outlet).toBeNull();
  });

  it("dates it, saying when the date was read from the text", () => {
    expect(publishedText({ published: "2025-12-04", publishedBasis: "header" })).toBe("4 Dec 2025");
    expect(publishedText({ published: "2025-12-02", publishedBasis: "inferred" })).toBe("2 Dec 2025 (inferred)");
    expect(publishedText({ published: null, publishedBasis: "unknown" })).toBe("date unknown");
  });
});
