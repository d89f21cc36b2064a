import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseTimeline, type Timeline } from "../../model/timeline";
import { indexTimeline } from "./timeline-index";

export const TIMELINE_URL = `${import.meta.env.BASE_URL}timeline.json`;

/** Fetches the extractor's output and validates it with the shared schema; every failure
 *  throws an error that says what went wrong and what to do. */
export async function getTimeline(url = TIMELINE_URL): Promise<Timeline> {
  const response = await fetch(url);
  if (!response.ok) {
    // the dev server's timeline plugin answers a failed extraction with the reason as text
    const detail = (await response.text().catch(() => "")).trim().slice(0, 500);
    throw new Error(`Could not load ${url}: HTTP ${response.status}${detail ? `: ${detail}` : ""}. Check the articles folder and the dev server's log, then retry.`);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    throw new Error(`${url} is not valid JSON (${error instanceof Error ? error.message : String(error)}); restart the dev server or rebuild to extract it again.`);
  }
  return parseTimeline(data);
}

export const timelineQueryOptions = () =>
  queryOptions({
    queryKey: ["timeline"],
    queryFn: () => getTimeline(),
    // the data changes only when the articles do, and then the dev server reloads the page
    staleTime: Infinity,
  });

/** The loaded timeline with its lookups; `select` with a stable function keeps the index
 *  memoized for as long as the data is the same. */
export const useTimeline = () => useQuery({ ...timelineQueryOptions(), select: indexTimeline });
