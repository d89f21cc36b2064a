import type { ReactNode } from "react";
import type { ExplorerTimeline } from "../../model/explorer-data";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { CorrectionsContext, useCorrections } from "./use-corrections";

interface Props {
  /** The timeline before the reader's corrections: the served one, with any added articles. */
  timeline: ExplorerTimeline;
  /** Shown while the kept corrections are read (a moment), so no uncorrected timeline flashes. */
  fallback: ReactNode;
  children(index: TimelineIndex): ReactNode;
}

/** The reader's corrections over the timeline: the views below see the corrected timeline,
 *  and the controls that change it through CorrectionsContext. */
export function WithCorrections({ timeline, fallback, children }: Props) {
  const { index, controls } = useCorrections(timeline);
  if (!index) return <>{fallback}</>;
  return <CorrectionsContext.Provider value={controls}>{children(index)}</CorrectionsContext.Provider>;
}
