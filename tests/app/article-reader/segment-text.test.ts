import { describe, expect, it } from "vitest";
import { segmentText, type Overlay } from "../../../src/app/article-reader/segment-text";

const text = "Putin met Witkoff in Moscow.";
const o = (start: number, end: number, kind: Overlay["kind"], label: string): Overlay => ({ start, end, kind, label });

describe("segmentText", () => {
  it("without overlays the text is one piece", () => {
    expect(segmentText(text, [])).toEqual([{ start: 0, end: text.length, text, overlays: [] }]);
  });

  it("cuts at every boundary so overlapping spans nest, and the pieces rebuild the text", () => {
    const event = o(0, 28, "event", "meeting");
    const putin = o(0, 5, "mention", "Vladimir Putin");
    const witkoff = o(10, 17, "mention", "Steve Witkoff");
    const segments = segmentText(text, [event, putin, witkoff]);
    expect(segments.map((s) => s.text)).toEqual(["Putin", " met ", "Witkoff", " in Moscow."]);
    expect(segments.map((s) => s.overlays.map((x) => x.label))).toEqual([["meeting", "Vladimir Putin"], ["meeting"], ["meeting", "Steve Witkoff"], ["meeting"]]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("segments only the asked stretch, clipping spans that run past it", () => {
    const segments = segmentText(text, [o(6, 17, "event", "e")], 10, 20);
    expect(segments.map((s) => [s.text, s.overlays.length])).toEqual([["Witkoff", 1], [" in", 0]]);
  });
});
