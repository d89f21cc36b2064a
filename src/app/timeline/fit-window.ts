import type { PlacedItems, Window } from "./level-of-detail";

// "Fit all" frames where the events are. A corpus about one week often mentions a few things
// from far away (last year's election, a deal "in 2019"); a window that holds those too squeezes
// the week into a sliver. So the fit leaves out the few events far from the rest, and says how
// many it left out, so a control can bring them in.

const DAY = 86_400_000;

/** At most this share of the events, on each side, can be left out: the fit holds the central
 *  95% of them, whatever lies further out. */
const FAR_SHARE = 0.025;

/** An event is far when it lies further from the rest than half their span (or half a week,
 *  for a few days' events): including it would squeeze the rest into two thirds of the chart
 *  or less. Nearer ones are taken back in, so a tail that thins out is never cut. */
const REACH = 0.5;
const MIN_REACH_SPAN = 7 * DAY;

/** The narrowest fit: a day's events get a day either side, so the axis names the days. */
const MIN_SPAN = 3 * DAY;

/** Room either side of the events, as a share of the window. */
const PAD = 0.02;

export interface Fit {
  /** The window that frames the events, all but the few far from the rest. */
  window: Window;
  /** The window that frames every event. */
  everything: Window;
  /** How many items `window` leaves out. */
  outside: number;
}

const fits = new WeakMap<PlacedItems, Fit | null>();

/** How to fit `placed` (items ordered by start), or null when there is nothing to fit. */
export function fitItems(placed: PlacedItems): Fit | null {
  let fit = fits.get(placed);
  if (fit === undefined) {
    fit = computeFit(placed);
    fits.set(placed, fit);
  }
  return fit;
}

function computeFit({ starts, ends }: PlacedItems): Fit | null {
  const n = starts.length;
  if (n === 0) return null;
  const trim = Math.floor(n * FAR_SHARE);
  let first = trim;
  let last = n - 1 - trim;
  let start = starts[first];
  let end = -Infinity;
  for (let i = first; i <= last; i++) end = Math.max(end, ends[i]);
  const reach = REACH * Math.max(end - start, MIN_REACH_SPAN);
  // by start, not end: a year-long range that began long before is far, though it reaches in
  while (first > 0 && start - starts[first - 1] <= reach) start = starts[--first];
  while (last < n - 1 && starts[last + 1] - end <= reach) end = Math.max(end, ends[++last]);

  const window = framing(start, end);
  let outside = 0;
  for (let i = 0; i < n; i++) if (ends[i] <= window.start || starts[i] >= window.end) outside++;
  let latest = -Infinity;
  for (let i = 0; i < n; i++) latest = Math.max(latest, ends[i]);
  return { window, everything: framing(starts[0], latest), outside };
}

/** start..end, widened to the narrowest fit, with a little room either side. */
function framing(start: number, end: number): Window {
  const widen = Math.max(0, MIN_SPAN - (end - start)) / 2;
  const span = end - start + 2 * widen;
  return { start: start - widen - span * PAD, end: end + widen + span * PAD };
}
