import { describe, expect, it } from "vitest";
import { passagesByArticle } from "../../../src/app/event-details/passages";

const span = (articleId: string, start: number, end: number) => ({ articleId, start, end });

describe("an event's passages, by article", () => {
  it("gathers the excerpts of each article, the articles in the order they first come", () => {
    expect(passagesByArticle([span("b", 50, 60), span("a", 0, 10), span("b", 5, 9)])).toEqual([
      { articleId: "b", passages: [span("b", 5, 9), span("b", 50, 60)] },
      { articleId: "a", passages: [span("a", 0, 10)] },
    ]);
  });

  it("merges excerpts that overlap, contain one another or touch into one passage", () => {
    expect(passagesByArticle([span("a", 0, 20), span("a", 10, 30), span("a", 12, 15), span("a", 30, 40), span("a", 41, 50)])).toEqual([
      { articleId: "a", passages: [span("a", 0, 40), span("a", 41, 50)] },
    ]);
  });

  it("leaves its input as it was", () => {
    const sources = [span("a", 10, 30), span("a", 0, 20)];
    passagesByArticle(sources);
    expect(sources).toEqual([span("a", 10, 30), span("a", 0, 20)]);
  });
});
