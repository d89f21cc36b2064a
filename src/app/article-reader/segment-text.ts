export interface Overlay {
  start: number;
  end: number;
  kind: "event" | "mention";
  /** Who or what the span stands for: the event's title, the actor's name. */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  overlays: Overlay[];
}

/** Cuts text[from, to) at every overlay boundary, so each piece carries the overlays that cover
 *  it whole; overlapping spans (two events citing one sentence, a name inside an excerpt) nest. */
export function segmentText(text: string, overlays: readonly Overlay[], from = 0, to = text.length): Segment[] {
  const inside = overlays.filter((o) => o.end > from && o.start < to && o.end > o.start);
  const cuts = new Set([from, to]);
  for (const o of inside) {
    cuts.add(Math.max(from, o.start));
    cuts.add(Math.min(to, o.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({ start, end, text: text.slice(start, end), overlays: inside.filter((o) => o.start <= start && o.end >= end) });
  }
  return segments;
}
