import type { ExplorerEvent as Event } from "../../model/explorer-data";
import type { ArticleTextIndex } from "../timeline-data/get-timeline";
import type { TimelineIndex } from "../timeline-data/timeline-index";

/** What every export reads: the events to write, in the list's order, the loaded timeline
 *  their ids name, and the article texts their excerpts are in. */
export interface ExportInput {
  events: readonly Event[];
  index: Pick<TimelineIndex, "timeline" | "actorsById" | "locationsById" | "articlesById">;
  texts: Pick<ArticleTextIndex, "textOf" | "wordsAt" | "evidenceOf" | "mentionsIn">;
}

/** The names of ids in a lookup, an id that is not there kept as it is. */
export const namesOf = (ids: readonly string[], byId: ReadonlyMap<string, { name: string }>) => ids.map((id) => byId.get(id)?.name ?? id);
