/** A place's mark on the screen (in the map's drawing units). */
export interface Mark {
  id: string;
  x: number;
  y: number;
  count: number;
}

/** Marks drawn as one: a single place, or near places with their total count. */
export interface Cluster {
  /** The heaviest member's id: stable while the map pans. */
  id: string;
  x: number;
  y: number;
  count: number;
  members: Mark[];
}

/** How near two marks may stand before they are drawn as one, in drawing units: a mark's
 *  circle is up to about 20 units across, so closer than this they would overlap. */
export const CLUSTER_RADIUS = 22;

/**
 * Groups marks that stand within `radius` of a cluster's heaviest mark, heaviest first, so the
 * same marks always group the same way. A cluster stands at the count-weighted centre of its
 * members. Zooming in spreads the marks, so clusters come apart as the map zooms.
 */
export function clusterMarks(marks: readonly Mark[], radius = CLUSTER_RADIUS): Cluster[] {
  const heaviestFirst = [...marks].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const groups: { seed: Mark; members: Mark[] }[] = [];
  for (const mark of heaviestFirst) {
    const near = groups.find(({ seed }) => Math.hypot(seed.x - mark.x, seed.y - mark.y) <= radius);
    if (near) near.members.push(mark);
    else groups.push({ seed: mark, members: [mark] });
  }
  return groups.map(({ seed, members }) => {
    const count = members.reduce((sum, m) => sum + m.count, 0);
    return {
      id: seed.id,
      count,
      x: members.reduce((sum, m) => sum + m.x * m.count, 0) / count,
      y: members.reduce((sum, m) => sum + m.y * m.count, 0) / count,
      members,
    };
  });
}

/** A mark's radius: its area grows with its events, and a mark of one event is still easy to
 *  see and to tap. */
export function markRadius(count: number): number {
  return Math.min(4 + 2.5 * Math.sqrt(count), 20);
}

/** Which clusters get a visible label, and on which side of the mark: heaviest first, to the
 *  right of the mark where the label (about `charWidth` per character) fits inside the map's
 *  width and overlaps no label placed before it and no other mark, else to the left, else none.
 *  `scale` enlarges marks and text alike (a narrow screen draws them larger to stay legible). */
export function labelledClusters(clusters: readonly Cluster[], labelOf: (cluster: Cluster) => string, width = Infinity, charWidth = 7, lineHeight = 14, scale = 1): Map<string, "right" | "left"> {
  type Box = { left: number; right: number; top: number; bottom: number };
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  [charWidth, lineHeight] = [charWidth * scale, lineHeight * scale];
  const marks: Box[] = clusters.map((c) => {
    const r = markRadius(c.count) * scale;
    return { left: c.x - r, right: c.x + r, top: c.y - r, bottom: c.y + r };
  });
  const placed: Box[] = [];
  const labelled = new Map<string, "right" | "left">();
  const heaviestFirst = clusters.map((c, i) => ({ c, i })).sort((a, b) => b.c.count - a.c.count);
  for (const { c, i } of heaviestFirst) {
    const r = markRadius(c.count) * scale;
    const length = labelOf(c).length * charWidth;
    const [top, bottom] = [c.y - lineHeight / 2, c.y + lineHeight / 2];
    const sides = [
      ["right", { left: c.x + r + 3, right: c.x + r + 3 + length, top, bottom }],
      ["left", { left: c.x - r - 3 - length, right: c.x - r - 3, top, bottom }],
    ] as const;
    const free = sides.find(([, box]) => box.left >= 0 && box.right <= width && !placed.some((p) => overlaps(p, box)) && !marks.some((m, j) => j !== i && overlaps(m, box)));
    if (!free) continue;
    placed.push(free[1]);
    labelled.set(c.id, free[0]);
  }
  return labelled;
}
