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

const byTitle = new Intl.Collator("en").compare;

/** `events` sorted as compareEventsByDate orders them, each period worked out once rather than
 *  twice per comparison: on tens of thousands of events that is seconds saved at load. */
export function sortEventsByDate<E extends Event>(events: readonly E[]): E[] {
  const keyed = events.map((event) => ({ event, period: eventPeriod(event) }));
  keyed.sort((a, b) => {
    const pa = a.period;
    const pb = b.period;
    if (pa && !pb) return -1;
    if (!pa && pb) return 1;
    if (pa && pb) {
      if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
      if (pa.end !== pb.end) return pa.end > pb.end ? -1 : 1;
    }
    return byTitle(a.event.title, b.event.title) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
  });
  return keyed.map((k) => k.event);
}

/** Date order: earlier periods first, a month before the days inside it, undated last; ties by title. */
export function compareEventsByDate(a: Event, b: Event): number {
  const pa = eventPeriod(a);
  const pb = eventPeriod(b);
  if (pa && !pb) return -1;
  if (!pa && pb) return 1;
  if (pa && pb) {
    if (pa.start !== pb.start) return pa.start < pb.start ? -1 : 1;
    if (pa.end !== pb.end) return pa.end > pb.end ? -1 : 1;
  }
  return a.title.localeCompare(b.title, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
