/** The map's pan and zoom: a drawing-units point p is drawn at (x + k·p.x, y + k·p.y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/** The whole world is zoom 1; past this a 1:110m outline is too coarse to read. */
export const MAX_ZOOM = 32;

/** How far in a fit goes for a single place or places close together: enough to see the
 *  country around them. */
export const MAX_FIT_ZOOM = 8;

/**
 * The pan and zoom that shows every point with `padding` around them, centred; never zoomed out
 * past the whole world nor in past MAX_FIT_ZOOM (one place alone would otherwise fill the map).
 */
export function fitTransform(points: readonly (readonly [number, number])[], size: Size, padding = 40): Transform {
  if (points.length === 0) return IDENTITY;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = clamp(Math.min((size.width - 2 * padding) / Math.max(right - left, 1e-9), (size.height - 2 * padding) / Math.max(bottom - top, 1e-9)), 1, MAX_FIT_ZOOM);
  return { k, x: size.width / 2 - k * ((left + right) / 2), y: size.height / 2 - k * ((top + bottom) / 2) };
}

/** Zooms by `factor`, keeping the drawing point under `at` (screen units) where it is. */
export function zoomAround(t: Transform, factor: number, at: readonly [number, number]): Transform {
  const k = clamp(t.k * factor, 1, MAX_ZOOM);
  const scale = k / t.k;
  return { k, x: at[0] - (at[0] - t.x) * scale, y: at[1] - (at[1] - t.y) * scale };
}

export function panBy(t: Transform, dx: number, dy: number): Transform {
  return { ...t, x: t.x + dx, y: t.y + dy };
}

export function apply(t: Transform, p: readonly [number, number]): [number, number] {
  return [t.x + t.k * p[0], t.y + t.k * p[1]];
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
