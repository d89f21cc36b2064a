import { Fragment, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { Span } from "../../model/timeline";
import { articleLabel, publishedText } from "../timeline-data/article-label";
import { useArticleTexts, type ArticleTextIndex } from "../timeline-data/get-timeline";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { isolate } from "../ui/isolate";
import { safeLink } from "../timeline-data/safe-link";
import { OriginalLink } from "../ui/OriginalLink";
import { segmentText, type Overlay, type Segment } from "./segment-text";
import "./article-reader.css";

interface Props {
  index: TimelineIndex;
  /** The excerpt to open at: highlighted and scrolled into view. */
  target: Span;
  onClose(): void;
}

/** The full article in a modal dialog, the chosen excerpt marked and scrolled to; on request it
 *  also marks every event's excerpt and every actor mention in the article. */
export function ArticleReader({ index, target, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const focusRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const [showEvents, setShowEvents] = useState(false);
  const [showMentions, setShowMentions] = useState(false);
  const article = index.articlesById.get(target.articleId);
  const texts = useArticleTexts(index);
  const { eventSpans, mentions } = useMemo(() => overlaysOf(index, texts.data, target.articleId), [index, texts.data, target.articleId]);

  useEffect(() => {
    // no close() in a cleanup: under StrictMode its "close" event would end the reading at
    // once; unmounting removes the dialog, which closes it anyway
    const dialog = dialogRef.current!;
    if (!dialog.open) dialog.showModal();
    closeRef.current?.focus();
  }, []);
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: "center" });
  }, [target, texts.data]);

  const overlays = [...(showEvents ? eventSpans : []), ...(showMentions ? mentions : [])];
  const text = texts.data?.textOf(target.articleId) ?? "";
  const start = Math.min(target.start, text.length);
  const end = Math.min(Math.max(target.end, start), text.length);
  const link = safeLink(article?.source);
  // the text's first line stands for a missing title once the text is in
  const label = article ? articleLabel(article, texts.data?.textOf(target.articleId)) : { title: null, outlet: null };

  return (
    <dialog ref={dialogRef} className="article-reader" aria-labelledby={headingId} onClose={onClose}>
      <div className="reader-header">
        <div>
          <h2 id={headingId}>{label.title !== null ? <bdi>{label.title}</bdi> : <>Article <bdi>{target.articleId}</bdi></>}</h2>
          {article && (
            <p className="reader-meta">
              {label.outlet ? <bdi>{label.outlet}</bdi> : "Outlet not named"}
              {" · "}
              {publishedText(article)}
              {link && (
                <>
                  {" · "}
                  <OriginalLink href={link} />
                </>
              )}
              <span className="reader-path">
                {" · "}
                <bdi>{article.path}</bdi>
              </span>
            </p>
          )}
        </div>
        <button type="button" className="close" ref={closeRef} onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
      <div className="reader-options">
        <label>
          <input type="checkbox" checked={showEvents} onChange={(e) => setShowEvents(e.target.checked)} /> Show every event span ({eventSpans.length})
        </label>
        <label>
          <input type="checkbox" checked={showMentions} onChange={(e) => setShowMentions(e.target.checked)} /> Show actor mentions ({mentions.length})
        </label>
      </div>
      {!article ? (
        <p className="reader-missing">
          The article “<bdi>{target.articleId}</bdi>” is not in the timeline data.
        </p>
      ) : texts.isError ? (
        <div className="reader-missing" role="alert">
          <p>The article texts could not be loaded: {texts.error.message}</p>
          <button type="button" onClick={() => texts.refetch()}>
            Retry
          </button>
        </div>
      ) : !texts.data ? (
        <p className="reader-loading" role="status">
          Loading the article text…
        </p>
      ) : (
        <div className="reader-text" dir="auto" tabIndex={0} aria-label="Article text">
          {renderSegments(segmentText(text, overlays, 0, start), false)}
          <mark ref={focusRef} className="reader-focus">
            {renderSegments(segmentText(text, overlays, start, end), true)}
          </mark>
          {renderSegments(segmentText(text, overlays, end, text.length), false)}
        </div>
      )}
    </dialog>
  );
}

function renderSegments(segments: Segment[], inFocus: boolean): ReactNode {
  return segments.map((segment) => {
    let node: ReactNode = segment.text;
    const names = labels(segment.overlays, "mention");
    if (names) node = <span className="mention" title={names}>{node}</span>;
    const events = labels(segment.overlays, "event");
    // inside the chosen excerpt's <mark> another <mark> would split it; a styled span will do
    if (events) node = inFocus ? <span className="event-span" title={events}>{node}</span> : <mark className="event-span" title={events}>{node}</mark>;
    return <Fragment key={segment.start}>{node}</Fragment>;
  });
}

/** The names or event titles over a stretch of text, for its tooltip; each is isolated, so an
 *  override character in one cannot reverse the next. */
function labels(overlays: Overlay[], kind: Overlay["kind"]): string {
  return [...new Set(overlays.filter((o) => o.kind === kind).map((o) => o.label))].map(isolate).join("; ");
}

function overlaysOf({ actorsById }: TimelineIndex, texts: ArticleTextIndex | undefined, articleId: string): { eventSpans: Overlay[]; mentions: Overlay[] } {
  const eventSpans = (texts?.sourcesIn(articleId) ?? []).map(({ event, source }) => ({ start: source.start, end: source.end, kind: "event" as const, label: event.title }));
  const mentions = (texts?.mentionsIn(articleId) ?? []).flatMap((m) => {
    const actor = actorsById.get(m.of);
    return actor ? [{ start: m.start, end: m.end, kind: "mention" as const, label: actor.name }] : [];
  });
  return { eventSpans, mentions };
}
