import { readExplorerFile, toExplorerData } from "../../../src/model/explorer-data";
import type { Timeline } from "../../../src/model/timeline";
import type { ExportInput } from "../../../src/app/export/export-input";
import { indexTexts } from "../../../src/app/timeline-data/get-timeline";
import { indexTimeline } from "../../../src/app/timeline-data/timeline-index";
import { FIXTURE } from "../fixture-timeline";

/** The explorer's view of a timeline document, as the page has it once the texts are in:
 *  what an export reads. `pick` chooses the events, in the order to export them. */
export function exportInput(pick: (events: ExportInput["events"]) => ExportInput["events"] = (e) => e, timeline: Timeline = FIXTURE): ExportInput {
  const files = toExplorerData(timeline);
  const index = indexTimeline(readExplorerFile(JSON.parse(JSON.stringify(files.timeline))));
  const texts = indexTexts(files.texts, index);
  return { events: pick(index.events), index, texts };
}
