import type { ExplorerEvent as Event } from "../../model/explorer-data";

/** The stretch of days an event's date covers: `start` inclusive, `end` exclusive, both
 *  YYYY-MM-DD. A day covers one day, "2025-12" the month, "2025" the year. */
export interface Period {
  start: string;
  end: string;
  /** How much of the period the date pins down, read from the date's own form. */
  unit: "day" | "month" | "year";
}

// every view asks for the periods of every event; tens of thousands of events share a few
// thousand dates, so a period is worked out once per date and the same (frozen) object shared
const periods = new Map<string, Readonly<Period>>();

/** The period an event's date covers, or null for an undated event. */
export function eventPeriod(event: Pick<Event, "date">): Readonly<Period> | null {
  const { date } = event;
  if (!date) return null;
  let period = periods.get(date);
  if (period === undefined) {
    period = Object.freeze(periodOf(date));
    periods.set(date, period);
  }
  return period;
}

function periodOf(date: string): Period {
  const [y, m, d] = date.split("-").map(Number);
  if (m === undefined) return { start: isoDay(y, 1, 1), end: isoDay(y + 1, 1, 1), unit: "year" };
  if (d === undefined) return { start: isoDay(y, m, 1), end: isoDay(y, m + 1, 1), unit: "month" };
  return { start: isoDay(y, m, d), end: isoDay(y, m, d + 1), unit: "day" };
}

/** The day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return isoDay(y, m, d + 1);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

function isoDay(year: number, month: number, day: number): string {
  const inMonth = month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] + Number(month === 2 && isLeap(year));
  if (inMonth && year >= 0 && year <= 9999) return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  // Date.UTC rolls over out-of-range months and days (month 13 → January next year); slower,
  // so only for the day after a month's last, and the like
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Date order: earlier periods first, a month before the days inside it, undated last. */
function compareStarts(pa: Period | null, pb: Period | null): number {
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  if (pa && pb) {
    if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
    if (pa.end !== pb.end) return pa.end > pb.end ? -1 : 1;
  }
  return 0;
}

/** `events` in date order (compareStarts); events of the same period keep the order they came
 *  in, which for the extractor's data is by type, then by where they stand in their articles.
 *  Data already in that order (the extractor writes it so) is checked in one pass and kept: on
 *  tens of thousands of events a sort by title cost a tenth of a second at every load. */
export function sortEventsByDate<E extends Event>(events: readonly E[]): E[] {
  let inOrder = true;
  for (let i = 1; i < events.length && inOrder; i++) inOrder = compareStarts(eventPeriod(events[i - 1]), eventPeriod(events[i])) <= 0;
  if (inOrder) return [...events];
  // Array.prototype.sort is stable
  return events.map((event) => ({ event, period: eventPeriod(event) })).sort((a, b) => compareStarts(a.period, b.period)).map((k) => k.event);
}
