import type { ExplorerEvent as Event } from "../../model/explorer-data";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2025-12-02" → "2 Dec 2025"; "2025-12" → "December 2025"; "2025" → "2025". Spelled out by
 *  hand rather than with toLocaleDateString so it reads the same on every machine and time zone. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month.slice(0, 3)} ${y}`;
}

/** The date an event is shown with, or "Undated". */
export function formatEventDate(event: Pick<Event, "date">): string {
  return event.date ? formatDate(event.date) : "Undated";
}
