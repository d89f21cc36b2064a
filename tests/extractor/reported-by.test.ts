import { describe, expect, it } from "vitest";
import { outletOf } from "../../src/pipeline/recipe";
import { extract } from "./extract-corpus";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe("who reports an event", () => {
  it("an article's outlet is its header's outlet, else its source's host without www., else the article", () => {
    expect(outletOf({ id: "a1", outlet: "Harbour Gazette", source: "https://www.harbour.example/x" })).toBe("Harbour Gazette");
    expect(outletOf({ id: "a1", source: "https://www.Harbour.example/2025/12/x" })).toBe("harbour.example");
    expect(outletOf({ id: "a1", source: "news.harbour.example/x" })).toBe("news.harbour.example");
    expect(outletOf({ id: "a1", source: "not a url" })).toBe("a1");
    expect(outletOf({ id: "a1", outlet: "  " })).toBe("a1");
  });

  it("one meeting told by three articles from two outlets is one event reported by 3 articles from 2 outlets", () => {
    const story = "Ana Lopes met Tomas Varga in Lisbon on Tuesday, December 2, 2025, to discuss the harbour.\n";
    const timeline = extract([
      file("one.txt", `date 2025-12-03\noutlet Harbour Gazette\n\n${story}`),
      file("two.txt", `date 2025-12-03\nsource https://www.tidewire.example/lopes-varga\n\nLISBON (Tidewire) - ${story}`),
      file("three.txt", `date 2025-12-04\nsource https://tidewire.example/lopes-varga-followup\n\nThe talks went on for hours. ${story}`),
    ]);
    expect(timeline.articles).toHaveLength(3);
    const meetings = timeline.events.filter((e) => e.type === "meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0].reportedBy).toEqual({ articles: timeline.articles.map((a) => a.id).sort(), outlets: ["Harbour Gazette", "tidewire.example"] });
    expect(meetings[0].rules).toContain("merge/shared-participants");
  });
});
