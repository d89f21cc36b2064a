import { Fragment, useMemo, useRef, type KeyboardEvent } from "react";
import { ActorCorrector, EventCorrections, HiddenEventNotice } from "../corrections/EventCorrections";
import type { ExplorerActor, ExplorerArticle, ExplorerEvent as Event } from "../../model/explorer-data";
import type { Span } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { explainEventDate } from "../events/explain-date";
import { formatEventDate } from "../events/format-date";
import { reportedByText } from "../events/sort-events";
import type { Filters } from "../explorer-url/explorer-state";
import { safeLink } from "../timeline-data/safe-link";
import { articleLabel, publishedText } from "../timeline-data/article-label";
import { useArticleTexts, type ArticleTextIndex } from "../timeline-data/get-timeline";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { Highlight } from "../ui/Highlight";
import { OriginalLink } from "../ui/OriginalLink";
import { TypeSwatch } from "../ui/TypeSwatch";
import { excerptInContext } from "./excerpt-context";
import { filtersHiding, type MatchesFilters } from "./hidden-by";
import { passagesByArticle } from "./passages";
import "./event-details.css";

interface Props {
  /** The selected event's id, from the URL; it may name no event (an old link). */
  eventId: string;
  index: TimelineIndex;
  filters: Filters;
  /** Whether an event passes filters, so the details can say when the filters hide it. */
  matchesFilters: MatchesFilters;
  onClearFilters(patch: Partial<Filters>): void;
  onToggleActor(actorId: string): void;
  onToggleLocation(locationId: string): void;
  onReadInArticle(source: Span): void;
  onClose(): void;
  /** Called when the reader hides the event (src/app/corrections). */
  onHidden?(): void;
  /** The words a search found in this event (folded), for the title and names to mark, as the list does. */
  marksOf?(event: Event): readonly string[];
}

const PRECISION_WORDS: Record<Event["datePrecision"], string> = {
  day: "Day",
  month: "Month: the sources name the month, not the day",
  year: "Year: the sources name the year only",
  unknown: "Unknown",
};

/** Everything known about one event, each claim next to the words it came from. */
export function EventDetails({ eventId, onClose, ...rest }: Props) {
  const { index } = rest;
  const event = index.eventsById.get(eventId);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    onClose();
  };

  return (
    <section className="event-details" aria-labelledby="event-details-heading" onKeyDown={onKeyDown}>
      <div className="event-details-header">
        <h2 id="event-details-heading">Event details</h2>
        <button type="button" className="close" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </div>
      {!event && index.timeline.hiddenEvents?.some((e) => e.id === eventId) ? (
        <HiddenEventNotice eventId={eventId} index={index} />
      ) : !event ? (
        <div className="details-missing">
          <p>
            This link names an event (<code dir="auto">{eventId}</code>) that is not in the timeline; the articles may have changed since it was shared (the event
            merged into another, or dropped).
          </p>
          <button type="button" onClick={onClose}>
            Remove the missing event from the link
          </button>
        </div>
      ) : (
        <EventBody event={event} {...rest} />
      )}
    </section>
  );
}

function EventBody({ event, index, filters, matchesFilters, onClearFilters, onToggleActor, onToggleLocation, onReadInArticle, marksOf, onHidden }: Omit<Props, "eventId" | "onClose"> & { event: Event }) {
  const { actorsById, locationsById, articlesById } = index;
  const actorChips = useRef<HTMLUListElement>(null);
  // a reader's date comes from no words of the sources
  const dateCorrected = event.corrected?.fields.some((f) => f === "date" || f === "datePrecision");
  const marks = marksOf?.(event) ?? [];
  // the words of the quotes and excerpts come with the article texts, loaded on first need
  const texts = useArticleTexts(index);
  // so do its sources, quotes and where its date came from
  const evidence = texts.data?.evidenceOf(event);
  const dateBasis = dateCorrected ? "Set by a correction" : !event.date || evidence ? explainEventDate({ date: event.date, dateBasis: evidence?.dateBasis ?? null }, articlesById) : null;
  return (
    <div className="event-details-body">
      <h3 className="details-title" dir="auto">
        <Highlight text={event.title} words={marks} />
      </h3>
      <p className="details-kind">
        <TypeSwatch type={event.type} planned={event.status === "planned"} /> {EVENT_TYPE_LABELS[event.type]}
        {event.status === "planned" && <span className="badge">Planned</span>}
      </p>
      <HiddenByFilters event={event} filters={filters} matchesFilters={matchesFilters} onClearFilters={onClearFilters} />
      <EventCorrections event={event} index={index} onHidden={() => onHidden?.()} />

      <dl className="details-facts">
        <div>
          <dt>Date</dt>
          <dd>
            <span className="details-date">{formatEventDate(event)}</span>
            <span className="details-date-basis">{dateBasis ?? <TextsStatus texts={texts} />}</span>
          </dd>
        </div>
        <div>
          <dt>Precision</dt>
          <dd>{PRECISION_WORDS[event.datePrecision]}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{event.status === "planned" ? "Planned: announced, not yet happened when reported" : "Occurred"}</dd>
        </div>
      </dl>

      <h4>Actors</h4>
      {event.actorIds.length === 0 ? (
        <p className="none">No actor named.</p>
      ) : (
        <ul className="chips" ref={actorChips}>
          {event.actorIds.map((id) => {
            const actor = actorsById.get(id);
            return (
              <li key={id}>
                <button type="button" className="chip" aria-pressed={filters.actors.includes(id)} onClick={() => onToggleActor(id)} title="Show only events with them (again to undo)">
                  <bdi>
                    <Highlight text={actor?.name ?? id} words={marks} />
                  </bdi>
                  {actor && <span className="chip-kind">{actor.kind === "person" ? "person" : "organization"}</span>}
                </button>
                {actor && <ActorCorrector actor={actor} index={index} onMerged={() => requestAnimationFrame(() => actorChips.current?.querySelector("button")?.focus())} />}
              </li>
            );
          })}
        </ul>
      )}

      <h4>{event.locationIds.length > 1 ? "Locations" : "Location"}</h4>
      {event.locationIds.length === 0 ? (
        <p className="none">No place named.</p>
      ) : (
        <ul className="chips">
          {event.locationIds.map((id) => (
            <li key={id}>
              <button type="button" className="chip" aria-pressed={filters.locations.includes(id)} onClick={() => onToggleLocation(id)} title="Show only events here (again to undo)">
                <bdi>
                  <Highlight text={locationsById.get(id)?.name ?? id} words={marks} />
                </bdi>
              </button>
            </li>
          ))}
        </ul>
      )}

      {evidence && evidence.quotes.length > 0 && (
        <>
          <h4>Quotes</h4>
          <ul className="quotes">
            {evidence.quotes.map((q) => (
              <li key={`${q.articleId}:${q.start}`}>
                <figure>
                  <blockquote dir="auto">
                    <Words texts={texts} span={q} />
                  </blockquote>
                  <figcaption>— {q.speakerId ? <bdi>{actorsById.get(index.formerIds.actors.get(q.speakerId) ?? q.speakerId)?.name ?? q.speakerId}</bdi> : "speaker not named"}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </>
      )}

      <h4>Sources</h4>
      <p className="details-reported">{reportedByText(event)}</p>
      <Outlets event={event} articlesById={articlesById} />
      {!evidence ? (
        <TextsStatus texts={texts} />
      ) : (
        <ol className="sources" aria-label="Articles">
          {passagesByArticle(evidence.sources).map(({ articleId, passages }) => (
            <SourceArticle key={articleId} articleId={articleId} passages={passages} article={articlesById.get(articleId)} texts={texts} onReadInArticle={onReadInArticle} />
          ))}
        </ol>
      )}

      <details className="how-found">
        <summary>How this was found</summary>
        <p>The extractor's rules that found this event in its sentences and joined the reports of it:</p>
        {!evidence ? (
          <TextsStatus texts={texts} />
        ) : evidence.rules.length === 0 ? (
          <p className="none">No rule recorded.</p>
        ) : (
          <ul className="rules" aria-label="Rules for the event">
            {evidence.rules.map((code) => (
              <li key={code}>
                <code dir="auto">{code}</code>
              </li>
            ))}
          </ul>
        )}
        <ActorRules actors={event.actorIds.map((id) => actorsById.get(id)).filter((a): a is ExplorerActor => !!a)} />
      </details>
    </div>
  );
}

/** How the extractor came to list each actor of the event: the rules that found their names,
 *  settled their kinds and joined their spellings, so a wrong actor is traced in one step. */
function ActorRules({ actors }: { actors: ExplorerActor[] }) {
  const traced = actors.filter((a) => a.rules && a.rules.length > 0);
  if (traced.length === 0) return null;
  return (
    <>
      <p>The rules that found its actors:</p>
      <ul className="rules" aria-label="Rules for the actors">
        {traced.map((a) => (
          <li key={a.id}>
            <bdi>{a.name}</bdi>:{" "}
            {a.rules!.map((code, i) => (
              <Fragment key={code}>
                {i > 0 && ", "}
                <code dir="auto">{code}</code>
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Says when the filters hide the open event (a link can name an event and filters that
 *  leave it out, and a filter can change while it is open), names the filters that do, and
 *  offers to clear just those. */
function HiddenByFilters({ event, filters, matchesFilters, onClearFilters }: Pick<Props, "filters" | "matchesFilters" | "onClearFilters"> & { event: Event }) {
  const hiding = useMemo(() => filtersHiding(event, filters, matchesFilters), [event, filters, matchesFilters]);
  if (hiding.length === 0) return null;
  return (
    <div className="details-hidden" role="note">
      <p>The filters hide this event from the list: {joinNames(hiding.map((part) => part.name))}.</p>
      <button type="button" onClick={() => onClearFilters(Object.assign({}, ...hiding.map((part) => part.clear)))}>
        Clear the filters that hide it
      </button>
    </div>
  );
}

/** "A", "A and B", "A, B and C". */
const joinNames = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** The outlets that report the event, where the articles say; an article that names no outlet
 *  and no source URL counts as its own outlet in the data, and is told apart here. */
function Outlets({ event, articlesById }: { event: Event; articlesById: TimelineIndex["articlesById"] }) {
  const unknown = event.reportedBy.articles.filter((id) => {
    const article = articlesById.get(id);
    return !article || articleLabel(article).outlet === null;
  });
  const known = event.reportedBy.outlets.filter((name) => !unknown.includes(name));
  return (
    <>
      {known.length > 0 && (
        <ul className="outlets" aria-label="Outlets">
          {known.map((name) => (
            <li key={name}>
              <bdi>{name}</bdi>
            </li>
          ))}
        </ul>
      )}
      {unknown.length > 0 && <p className="none">{unknown.length === 1 ? "1 article names no outlet." : `${unknown.length} articles name no outlet.`}</p>}
    </>
  );
}

interface SourceArticleProps {
  articleId: string;
  article: ExplorerArticle | undefined;
  passages: Span[];
  texts: TextsQuery;
  onReadInArticle(source: Span): void;
}

/** One article that reports the event, by its title, outlet and date, with the passages of it
 *  that the event rests on, each in the text around it. */
function SourceArticle({ articleId, article, passages, texts, onReadInArticle }: SourceArticleProps) {
  const text = texts.data?.textOf(articleId);
  const label = article ? articleLabel(article, text) : { title: null, outlet: null };
  const link = safeLink(article?.source);
  return (
    <li className="source">
      <h5 className="source-title" dir="auto">
        {label.title ?? articleId}
        {article?.added && (
          <span className="badge added-badge" title="An article you added in this browser">
            Added
          </span>
        )}
      </h5>
      <p className="source-meta">
        {label.outlet ? <bdi>{label.outlet}</bdi> : "Outlet not named"}
        {article && <> · {publishedText(article)}</>}
        {link && (
          <>
            {" · "}
            <OriginalLink href={link} />
          </>
        )}
      </p>
      <ol className="passages">
        {passages.map((passage) => {
          const context = text !== undefined ? excerptInContext(text, passage.start, passage.end) : null;
          return (
            <li key={passage.start}>
              <blockquote className="excerpt" dir="auto">
                {context?.clippedBefore && "…"}
                {context?.before}
                <mark>
                  <Words texts={texts} span={passage} />
                </mark>
                {context?.after}
                {context?.clippedAfter && "…"}
              </blockquote>
              <button type="button" className="read-in-article" onClick={() => onReadInArticle(passage)}>
                Read in article
              </button>
            </li>
          );
        })}
      </ol>
    </li>
  );
}

type TextsQuery = { data?: ArticleTextIndex; isError: boolean; error: Error | null; refetch(): unknown };

/** The words at a span, or what stands in for them while the article texts load or if they fail. */
function Words({ texts, span }: { texts: TextsQuery; span: Span }) {
  if (texts.data) return <>{texts.data.wordsAt(span) ?? "(the article's text is missing)"}</>;
  return <TextsStatus texts={texts} />;
}

/** What stands in for the texts' words and evidence while they load, or if they fail. */
function TextsStatus({ texts }: { texts: TextsQuery }) {
  if (texts.isError)
    return (
      <span className="words-error" role="alert">
        The article texts could not be loaded: {texts.error?.message}{" "}
        <button type="button" onClick={() => texts.refetch()}>
          Retry
        </button>
      </span>
    );
  return (
    <span className="words-loading" role="status">
      Loading the article text…
    </span>
  );
}
