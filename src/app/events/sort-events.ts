import type { ExplorerEvent as Event } from "../../model/explorer-data";
import type { Sort } from "../explorer-url/explorer-state";

/** The events in the list's order. `events` are in date order (undated last), which "date"
 *  keeps as it is (the same array); "reported" puts the events reported by the most outlets
 *  first, then by the most articles, and keeps date order among equals. */
export function sortEvents(events: Event[], sort: Sort): Event[] {
  if (sort === "date") return events;
  // the sort is stable: equals keep their date order
  return [...events].sort((a, b) => b.reportedBy.outlets.length - a.reportedBy.outlets.length || b.reportedBy.articles.length - a.reportedBy.articles.length);
}

/** "Reported by 3 articles from 2 outlets", in the singular where it is one. */
export function reportedByText({ reportedBy }: Pick<Event, "reportedBy">): string {
  const { articles, outlets } = reportedBy;
  return `Reported by ${plural(articles.length, "article")} from ${plural(outlets.length, "outlet")}`;
}

export const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;
