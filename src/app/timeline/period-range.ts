import type { Window } from "./level-of-detail";

const DAY = 86_400_000;

/** A date range filter, as the URL holds it: days YYYY-MM-DD, both inclusive, either open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The date range that shows a count bar's period within the range already chosen: the bar
 *  counts only the events that range lets through, so widening it would bring in others. Null
 *  when that changes nothing (every event shown lies in the period already) or leaves no day. */
export function narrowToPeriod(current: DateRange, period: Window): { from: string; to: string } | null {
  const start = isoDay(period.start);
  // the period's end is the next period's first instant; the range's `to` is its last day
  const last = isoDay(period.end - DAY);
  const from = current.from && current.from > start ? current.from : start;
  const to = current.to && current.to < last ? current.to : last;
  if (from > to || (from === current.from && to === current.to)) return null;
  return { from, to };
}
