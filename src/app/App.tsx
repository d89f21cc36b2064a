import { Suspense, useCallback, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { ExplorerEvent as Event } from "../model/explorer-data";
import { AddArticles } from "./add-articles/AddArticles";
import { ArticleReader } from "./article-reader/ArticleReader";
import { CorrectionsPanel } from "./corrections/CorrectionsPanel";
import { useCorrectionsControls } from "./corrections/use-corrections";
import { WithCorrections } from "./corrections/WithCorrections";
import { EventDetails } from "./event-details/EventDetails";
import { EventList, type EventListHandle } from "./event-list/EventList";
import { ExportMenu } from "./export/ExportMenu";
import { sortEvents } from "./events/sort-events";
import type { Filters } from "./explorer-url/explorer-state";
import { useCurrentIds } from "./explorer-url/current-ids";
import { StaleLinkNotice } from "./explorer-url/StaleLinkNotice";
import { useExplorerState } from "./explorer-url/use-explorer-state";
import { describeFilters } from "./filters/describe-filters";
import { corpusOf, matchesFilters, wordsToMark } from "./filters/filter-events";
import { applyFilters, indexFacets, withSearchText } from "./filters/filter-index";
import { FiltersPanel } from "./filters/FiltersPanel";
import { useArticleTexts, useTimeline } from "./timeline-data/get-timeline";
import type { TimelineIndex } from "./timeline-data/timeline-index";
import { TimelinePanel } from "./timeline/TimelinePanel";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { VIEWS } from "./views/views";
import { ViewSwitch } from "./views/ViewSwitch";

/** Loads the timeline, then shows the explorer; a failed load says why and offers a retry. */
export function App() {
  const query = useTimeline();
  const loading = (
    <Shell>
      <div className="app-message" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the timeline…
      </div>
    </Shell>
  );
  if (query.isPending) return loading;
  if (query.isError)
    return (
      <Shell>
        <div className="app-message" role="alert">
          <h2>The timeline could not be loaded</h2>
          <p className="error-text">{query.error.message}</p>
          <button type="button" onClick={() => query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? "Retrying…" : "Retry"}
          </button>
        </div>
      </Shell>
    );
  // served data → the reader's corrections → the views
  return (
    <WithCorrections timeline={query.data.timeline} fallback={loading}>
      {(index) => <Explorer index={index} />}
    </WithCorrections>
  );
}

function Shell({ children, summary, onSkipToEvents }: { children: ReactNode; summary?: ReactNode; onSkipToEvents?: () => void }) {
  return (
    <div className="app">
      {onSkipToEvents && (
        // the first tab stop: past the filters and the timeline, straight to the list
        <a
          className="skip-link"
          href="#event-list"
          onClick={(e) => {
            e.preventDefault();
            onSkipToEvents();
          }}
        >
          Skip to events
        </a>
      )}
      <header className="app-header">
        <h1>Dateline</h1>
        {summary}
      </header>
      {children}
    </div>
  );
}

function Explorer({ index }: { index: TimelineIndex }) {
  const [linked, update] = useExplorerState();
  // a link's ids as the data names them now: an event merged or an actor renamed since keeps its old id as a former id
  const state = useCurrentIds(linked, index, update);
  const { actors, locations, types, from, to, q, minOutlets } = state;
  const filters: Filters = useMemo(() => ({ actors, locations, types, from, to, q, minOutlets }), [actors, locations, types, from, to, q, minOutlets]);
  const filterKey = JSON.stringify(filters);
  // indexed once per load; each filter change then costs a few passes over the events, and
  // the list, the timeline and the pickers' counts all read this one result
  // a search reads the excerpts and quotes too, whose words come with the article texts: asked
  // for on the first search, and until they are in, the search reads the titles
  const searching = q.trim() !== "";
  const texts = useArticleTexts(index, searching);
  const wordsOf = texts.data?.wordsOf;
  // the names of the actors and places, every spelling of each, and the places each lies in
  const corpus = useMemo(() => corpusOf(index.timeline), [index]);
  const facetIndex = useMemo(() => indexFacets(index.events, corpus), [index, corpus]);
  const filterIndex = useMemo(() => withSearchText(facetIndex, { wordsOf, namesOf: corpus.namesOf }), [facetIndex, wordsOf, corpus]);
  const { events, counts } = useMemo(() => applyFilters(filterIndex, filters), [filterIndex, filters]);
  // the details say when the filters hide the open event, and which
  const matches = useCallback((event: Event, f: Filters) => matchesFilters(event, f, undefined, { ...corpus, wordsOf }), [corpus, wordsOf]);
  // what the list marks: the search words, and the names a word found under another spelling
  const marksOf = useMemo(() => (searching ? (event: Parameters<typeof wordsToMark>[0]) => wordsToMark(event, q, corpus) : undefined), [searching, q, corpus]);
  // the timeline draws the events by date whatever the list's order
  const listed = useMemo(() => sortEvents(events, state.sort), [events, state.sort]);
  const list = useRef<EventListHandle>(null);
  // the passage open in the reader is in the URL, so a link can point at it; where focus goes
  // back to when it closes is not
  const readerOpener = useRef<Element | null>(null);
  const { timeline } = index;
  const corrections = useCorrectionsControls();
  // the events an article the reader added reports, marked in the list
  const isAdded = useCallback((event: Event) => event.reportedBy.articles.some((id) => index.articlesById.get(id)?.added), [index]);

  const openEvent = (eventId: string) => update({ event: eventId });
  const closeDetails = (returnFocusToList: boolean) => {
    const closing = state.event;
    update({ event: null });
    if (returnFocusToList && closing) list.current?.focusEvent(closing);
  };
  const toggle = (key: "actors" | "locations", id: string) => update({ [key]: state[key].includes(id) ? state[key].filter((x) => x !== id) : [...state[key], id] });
  const onWorkspaceKey = (e: KeyboardEvent) => {
    if (e.key === "Escape" && state.event && !e.defaultPrevented) closeDetails(false);
  };

  const summary = (
    <p className="app-summary">
      {timeline.articles.length} {timeline.articles.length === 1 ? "article" : "articles"} · {timeline.events.length} events · {timeline.actors.length} actors · {timeline.locations.length} places
    </p>
  );

  const filterWords = describeFilters(filters, index);
  const viewEntry = VIEWS.find((v) => v.name === state.view) ?? VIEWS[0];
  const OtherView = viewEntry.component;

  return (
    <Shell summary={summary} onSkipToEvents={() => list.current?.focus()}>
      <div className="layout">
        <FiltersPanel index={index} placesAround={corpus.placesAround} state={state} counts={counts} update={update} />
        <main className="workspace" onKeyDown={onWorkspaceKey}>
          <AddArticles />
          <StaleLinkNotice index={index} state={state} update={update} />
          {timeline.diagnostics.length > 0 && (
            <details className="diagnostics">
              <summary>
                The extractor reported {timeline.diagnostics.length} {timeline.diagnostics.length === 1 ? "problem" : "problems"} with the articles
              </summary>
              <ul>
                {timeline.diagnostics.map((d, i) => (
                  <li key={i}>
                    {d.severity}: <bdi>{d.file}</bdi>: <bdi>{d.message}</bdi>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="result-count" role="status">
            {events.length === index.events.length ? `All ${events.length} events` : `${events.length} of ${index.events.length} events match`}
            {searching && !wordsOf && (texts.isError ? " (titles and names only: the article texts could not be loaded)" : " (titles and names only, until the article texts load)")}
          </p>
          <ExportMenu index={index} events={listed} filters={filters} />
          {/* the filter panel's controls do not print; what they chose does */}
          {filterWords.length > 0 && <p className="print-only filter-words">Filtered by {filterWords.join("; ")}.</p>}
          <div className="view-area">
            <ViewSwitch view={state.view} onChange={(view) => update({ view })} />
            {OtherView ? (
              <ErrorBoundary>
                <Suspense fallback={<p className="view-loading" role="status">Loading the {viewEntry.label.toLowerCase()}…</p>}>
                  <OtherView
                    index={index}
                    events={listed}
                    filters={filters}
                    selectedEventId={state.event}
                    onToggleActor={(id) => toggle("actors", id)}
                    onToggleLocation={(id) => toggle("locations", id)}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <TimelinePanel
                index={index}
                events={events}
                selectedEventId={state.event}
                onSelectEvent={openEvent}
                lanes={state.lanes}
                onLanesChange={(lanes) => update({ lanes })}
                filterKey={filterKey}
                dateRange={{ from, to }}
                onDateRangeChange={(range) => update(range)}
                onShowInList={(eventId) => list.current?.focusEvent(eventId)}
              />
            )}
          </div>
          <EventList
            ref={list}
            events={listed}
            actorsById={index.actorsById}
            marksOf={marksOf}
            isAdded={isAdded}
            selectedEventId={state.event}
            sort={state.sort}
            onSortChange={(sort) => update({ sort })}
            onOpen={openEvent}
            onClose={() => closeDetails(false)}
          />
          {state.event ? (
            <EventDetails
              eventId={state.event}
              index={index}
              filters={filters}
              matchesFilters={matches}
              marksOf={marksOf}
              onClearFilters={(patch) => update(patch)}
              onToggleActor={(id) => toggle("actors", id)}
              onToggleLocation={(id) => toggle("locations", id)}
              onReadInArticle={({ articleId, start, end }) => {
                readerOpener.current = document.activeElement;
                update({ read: { articleId, start, end } });
              }}
              onClose={() => closeDetails(true)}
              onHidden={() => {
                // the event has left the list: focus goes to the list, and the status says how to show it again
                update({ event: null });
                list.current?.focus();
              }}
            />
          ) : (
            // holds the details' place, so opening them moves nothing
            <div className="details-placeholder">
              <p>Choose an event in the timeline or the list to see its date, people, places and the words of its sources.</p>
            </div>
          )}
          {corrections && <CorrectionsPanel index={index} controls={corrections} onOpenEvent={openEvent} />}
        </main>
      </div>
      {state.read && (
        <ArticleReader
          index={index}
          target={state.read}
          onClose={() => {
            const back = readerOpener.current;
            readerOpener.current = null;
            // back to the entry that opening added from, so Back does not reopen the reader
            update({ read: null }, { back: true });
            if (back instanceof HTMLElement && back.isConnected) back.focus();
          }}
        />
      )}
    </Shell>
  );
}
