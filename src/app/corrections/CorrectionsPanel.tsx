import { useRef, useState } from "react";
import { CORRECTIONS_FILE, type CorrectionOperation } from "../../model/corrections";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { correctionsFile } from "./corrections-store";
import { describeOperation, findEvent } from "./describe-correction";
import type { CorrectionsControls } from "./use-corrections";
import "./corrections.css";

interface Props {
  index: TimelineIndex;
  controls: CorrectionsControls;
  onOpenEvent(eventId: string): void;
}

/** The reader's corrections: where they are kept, the events they hid (each can be shown
 *  again), every operation (each can be undone, where the page can), and the download. */
export function CorrectionsPanel({ index, controls, onOpenEvent }: Props) {
  const { corrections, status, problems, warnings } = controls;
  const hidden = index.timeline.hiddenEvents ?? [];
  const hiddenSummary = useRef<HTMLElement>(null);
  const download = useRef<HTMLButtonElement>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const ops = corrections.operations;

  const showAgain = (eventId: string, title: string) => {
    controls.remove((op) => op.op === "hide-event" && findEvent(index, op.event)?.id === eventId, `“${title}” is shown again.`);
    hiddenSummary.current?.focus();
  };
  const undo = (target: CorrectionOperation) => {
    controls.remove((op) => op === target, `Undone: ${describeOperation(index, target)}.`);
    download.current?.focus();
  };
  const save = () => {
    try {
      const url = URL.createObjectURL(correctionsFile(corrections));
      const a = document.createElement("a");
      a.href = url;
      a.download = CORRECTIONS_FILE;
      a.click();
      // the click has handed the file to the browser; the URL is no longer needed
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setDownloadError(null);
    } catch (error) {
      setDownloadError(`The corrections could not be saved as a file: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section className="corrections-panel" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Your corrections</h2>
      <p className="corrections-where">
        {ops.length === 0 ? "None yet: “Edit” and “Hide” in an event's details correct what the extractor got wrong. " : `${ops.length} ${ops.length === 1 ? "correction" : "corrections"}, `}
        {ops.length > 0 && (controls.devServer ? `kept in this browser and in ${CORRECTIONS_FILE} beside the articles.` : `kept in this browser. Download them and put ${CORRECTIONS_FILE} beside the articles to keep them in the next build.`)}
      </p>
      <p className={status && !status.ok ? "corrections-status error-text" : "corrections-status"} role="status">
        {status?.message}
      </p>
      {problems.map((p) => (
        <p key={p} className="error-text">
          {p}
        </p>
      ))}
      <button type="button" ref={download} onClick={save}>
        Download corrections
      </button>
      {downloadError && (
        <p className="error-text" role="alert">
          {downloadError}
        </p>
      )}

      <details className="corrections-hidden">
        <summary ref={hiddenSummary}>Hidden events ({hidden.length})</summary>
        {hidden.length === 0 ? (
          <p className="none">No event is hidden.</p>
        ) : (
          <ul aria-label="Hidden events">
            {hidden.map((e) => (
              <li key={e.id}>
                <bdi>{e.title}</bdi>{" "}
                <button type="button" onClick={() => showAgain(e.id, e.title)} aria-label={`Show again: ${e.title}`}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>

      {ops.length > 0 && (
        <details className="corrections-all">
          <summary>All corrections ({ops.length})</summary>
          <ol aria-label="All corrections">
            {ops.map((op, i) => {
              const words = describeOperation(index, op);
              const eventId = op.op === "set-event" ? findEvent(index, op.event)?.id : undefined;
              return (
                <li key={i}>
                  <bdi>{words}</bdi>
                  {controls.isFromBuild(op) && <span className="badge">in the build</span>}{" "}
                  {controls.canUndo(op) ? (
                    <button type="button" onClick={() => undo(op)} aria-label={`Undo: ${words}`}>
                      Undo
                    </button>
                  ) : (
                    <span className="none">
                      Merged when the timeline was built: this page cannot take them apart. To undo it, remove this operation from {CORRECTIONS_FILE} and extract again.
                    </span>
                  )}
                  {eventId && index.eventsById.has(eventId) && (
                    <button type="button" className="link-button" onClick={() => onOpenEvent(eventId)}>
                      Open the event
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {warnings.length > 0 && (
            <>
              <p>Some corrections no longer apply:</p>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </section>
  );
}
