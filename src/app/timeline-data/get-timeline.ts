import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseTimeline, type Timeline } from "../../model/timeline";

/** Fetches the extractor's output and validates it with the shared schema. */
export async function getTimeline(url = "timeline.json"): Promise<Timeline> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}. Run \`npm run extract\` to make it.`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new Error(`${url} is not valid JSON; run \`npm run extract\` again.`);
  }
  return parseTimeline(data);
}

export const timelineQueryOptions = () => queryOptions({ queryKey: ["timeline"], queryFn: () => getTimeline() });

export const useTimeline = () => useQuery(timelineQueryOptions());
