import { createContext, useContext } from "react";
import type { ArticleTexts, ExplorerTimeline } from "../../model/explorer-data";

/** What the app reads is the served timeline seen through its layers: the articles a reader
 *  added (src/app/add-articles/added-articles.tsx), then whatever layer comes after. A layer turns the served
 *  timeline, and its article texts, into the shown ones; the two must stay a pair, since the
 *  texts' evidence is read by the timeline's events. */
export interface TimelineLayers {
  timeline(served: ExplorerTimeline): ExplorerTimeline;
  texts(served: ArticleTexts): ArticleTexts;
}

export const SERVED_AS_IS: TimelineLayers = { timeline: (t) => t, texts: (t) => t };

export const TimelineLayersContext = createContext<TimelineLayers>(SERVED_AS_IS);

export const useTimelineLayers = () => useContext(TimelineLayersContext);
