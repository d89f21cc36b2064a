import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from "react";
import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { formatEventDate } from "../events/format-date";
import { plural } from "../events/sort-events";
import { formatExplorerState, parseExplorerState } from "../explorer-url/explorer-state";
import { useExplorerState } from "../explorer-url/use-explorer-state";
import { buildNetwork, neighboursOf, sharedEvents, shortName, topActors, TOP_ACTORS, type NetworkActor, type NetworkLink } from "./actor-network";
import { layoutNetwork, linkAt } from "./network-layout";
import type { NetworkViewProps } from "../views/views";
import "./network.css";

type Props = NetworkViewProps;

/** Pairs listed as text at first: the strongest ties; the rest one press away. */
const LISTED_PAIRS = 12;
/** Circles labelled in the diagram: more labels than this overlap on a phone; every circle
 *  still names itself to a screen reader and on hover. */
const LABELLED_ACTORS = 15;
/** How near a link the pointer must come to hover or choose it, in screen pixels: about half a
 *  fingertip, so a thin link is easy to hit. */
const LINK_HIT_PX = 8;

/** The two of a pair in the order they are read: alphabetical by the name they are called. */
const inReadingOrder = (a: NetworkActor, b: NetworkActor): [NetworkActor, NetworkActor] => (shortName(b).localeCompare(shortName(a)) < 0 ? [b, a] : [a, b]);

const pairName = (a: NetworkActor, b: NetworkActor, link: NetworkLink) => {
  const [first, second] = inReadingOrder(a, b);
  return `${shortName(first)} and ${shortName(second)}, ${plural(link.shared, "shared event")}`;
};

/** Who appears with whom in the filtered events: a diagram of the most connected actors (each a
 *  button that filters by the actor), the strongest pairs as a list, and the events a chosen
 *  pair shares. */
export default function NetworkView({ index, events, filters, onToggleActor, selectedEventId }: Props) {
  const [limit, setLimit] = useState(TOP_ACTORS);
  const [allPairs, setAllPairs] = useState(false);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [, update] = useExplorerState();
  const headingId = useId();
  const pairsHeadingId = useId();

  // the whole story's network and layout, made once: a filtered network settles from that
  // layout, which is quicker than a layout from nothing and keeps each actor near where it was
  const whole = useMemo(() => buildNetwork(index.events, index.actorsById), [index.events, index.actorsById]);
  const wholeLayout = useMemo(() => layoutNetwork(topActors(whole, limit)), [whole, limit]);
  // the filters keep every event (they keep a subset of the index's): the whole is what is shown
  const unfiltered = events.length === index.events.length;
  const network = useMemo(() => (unfiltered ? whole : buildNetwork(events, index.actorsById)), [unfiltered, whole, events, index.actorsById]);
  const shown = useMemo(() => topActors(network, limit), [network, limit]);
  const layout = useMemo(() => (unfiltered ? wholeLayout : layoutNetwork(shown, wholeLayout)), [unfiltered, shown, wholeLayout]);
  const actorsById = useMemo(() => new Map(shown.actors.map((a) => [a.id, a])), [shown]);
  const near = useMemo(() => neighboursOf(shown, filters.actors), [shown, filters.actors]);
  const selected = new Set(filters.actors);
  const inSelectedEvent = new Set(selectedEventId ? (index.eventsById.get(selectedEventId)?.actorIds ?? []) : []);
  // a pair no longer in the network (the filters changed) is no longer chosen
  const chosen = chosenKey ? shown.links.find((l) => l.key === chosenKey) : undefined;
  const emphasis = selected.size > 0;
  // the links drawn as a few paths, one per look (plain, near a chosen actor, the chosen pair)
  // and width, made again only when the links or their emphasis change (not when the pointer
  // moves); a line each made the links nine in ten of the diagram's elements, and a filter
  // change replaced hundreds of them
  const linkLines = useMemo(() => {
    const maxShared = Math.max(1, ...shown.links.map((l) => l.shared));
    const chosenIds = new Set(filters.actors);
    const paths = new Map<string, { className: string; width: number; d: string[] }>();
    for (const link of shown.links) {
      const a = layout.places.get(link.source)!;
      const b = layout.places.get(link.target)!;
      const touches = chosenIds.has(link.source) || chosenIds.has(link.target);
      const className = ["network-link", touches ? "is-near" : "", link.key === chosenKey ? "is-chosen" : ""].join(" ").trim();
      // widths in half-pixel steps: the eye tells no finer, and it keeps the paths few
      const width = Math.round(2 * (1 + 5 * Math.sqrt(link.shared / maxShared))) / 2;
      const key = `${className} ${width}`;
      let path = paths.get(key);
      if (!path) paths.set(key, (path = { className, width, d: [] }));
      path.d.push(`M${a.x} ${a.y}L${b.x} ${b.y}`);
    }
    // the chosen pair and the links near a chosen actor are drawn last, over the others
    const order = (className: string) => (className.includes("is-chosen") ? 2 : className.includes("is-near") ? 1 : 0);
    return [...paths].sort(([, p], [, q]) => order(p.className) - order(q.className) || p.width - q.width).map(([key, path]) => <path key={key} className={path.className} d={path.d.join("")} strokeWidth={path.width} />);
  }, [shown.links, layout, filters.actors, chosenKey]);

  const choosePair = (key: string) => setChosenKey((k) => (k === key ? null : key));
  const hovered = hoverKey ? shown.links.find((l) => l.key === hoverKey) : undefined;
  /** The link under the pointer, unless the pointer is on an actor, which comes first. */
  const pointerLink = (e: PointerEvent | MouseEvent) => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm || (e.target as Element).closest(".network-actor")) return undefined;
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return linkAt(point, shown.links, layout.places, LINK_HIT_PX / ctm.a);
  };
  const onKey = (action: () => void) => (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    action();
  };

  if (network.actors.length === 0) {
    return (
      <section className="network" aria-labelledby={headingId}>
        <h2 id={headingId}>Actor network</h2>
        <p className="network-empty">No actors take part in the events the filters keep.</p>
      </section>
    );
  }

  const pairs = allPairs ? shown.links : shown.links.slice(0, LISTED_PAIRS);
  const { box } = layout;
  return (
    <section className="network" aria-labelledby={headingId}>
      <div className="network-header">
        <h2 id={headingId}>Actor network</h2>
        <p className="network-summary">
          {shown.actors.length < network.actors.length ? `The ${shown.actors.length} most connected of ${plural(network.actors.length, "actor")}` : plural(network.actors.length, "actor")}, {plural(shown.links.length, "link")}
        </p>
        <ul className="network-legend" aria-label="Legend">
          <li><span className="network-swatch kind-person" aria-hidden="true" /> Person</li>
          <li><span className="network-swatch kind-organization" aria-hidden="true" /> Organization</li>
        </ul>
      </div>
      <svg
        ref={svgRef}
        className={["network-diagram", emphasis ? "has-selection" : "", hovered ? "over-link" : ""].join(" ").trim()}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="group"
        aria-label="Actors and their links"
        onPointerMove={(e) => setHoverKey(pointerLink(e)?.key ?? null)}
        onPointerLeave={() => setHoverKey(null)}
        onClick={(e) => {
          const link = pointerLink(e);
          if (link) choosePair(link.key);
        }}
      >
        {/* the links are for the mouse and the eye; the list of pairs below is every link as a
            button, for the keyboard and screen readers, so the diagram does not name each twice */}
        <g className="network-links" aria-hidden="true">
          {linkLines}
          {hovered && (
            <HoveredLink a={layout.places.get(hovered.source)!} b={layout.places.get(hovered.target)!} name={pairName(actorsById.get(hovered.source)!, actorsById.get(hovered.target)!, hovered)} />
          )}
        </g>
        <g className="network-actors">
          {shown.actors.map((actor, rank) => {
            const place = layout.places.get(actor.id)!;
            const state = selected.has(actor.id) ? "is-selected" : near.has(actor.id) ? "is-near" : emphasis ? "is-faded" : "";
            const className = ["network-actor", `kind-${actor.kind}`, state, inSelectedEvent.has(actor.id) ? "in-event" : ""].join(" ").replace(/\s+/g, " ").trim();
            return (
              <g
                key={actor.id}
                className={className}
                role="button"
                tabIndex={0}
                aria-label={`${actor.name}, ${plural(actor.events, "event")}`}
                aria-pressed={selected.has(actor.id)}
                transform={`translate(${place.x} ${place.y})`}
                onClick={() => onToggleActor(actor.id)}
                onKeyDown={onKey(() => onToggleActor(actor.id))}
              >
                <title>{`${actor.name}: ${plural(actor.events, "event")}`}</title>
                <circle r={place.r} />
                {(rank < LABELLED_ACTORS || selected.has(actor.id) || near.has(actor.id)) && (
                  <text y={place.r + 12} textAnchor="middle" aria-hidden="true">
                    {shortName(actor)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      {shown.actors.length < network.actors.length && (
        <button type="button" className="network-more" onClick={() => setLimit((n) => n + TOP_ACTORS)}>
          Show more actors
        </button>
      )}
      {chosen && <SharedEvents link={chosen} source={actorsById.get(chosen.source)!} target={actorsById.get(chosen.target)!} events={events} selectedEventId={selectedEventId ?? undefined} onOpen={(id) => update({ event: id })} onClose={() => setChosenKey(null)} />}
      <div className="network-pairs">
        <h3 id={pairsHeadingId}>Most connected pairs</h3>
        {shown.links.length === 0 ? (
          <p>No two actors share an event.</p>
        ) : (
          <ol aria-labelledby={pairsHeadingId}>
            {pairs.map((link) => {
              const source = actorsById.get(link.source)!;
              const target = actorsById.get(link.target)!;
              return (
                <li key={link.key}>
                  <button type="button" aria-pressed={chosen === link} onClick={() => choosePair(link.key)}>
                    {pairName(source, target, link)}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        {shown.links.length > LISTED_PAIRS && (
          <button type="button" className="network-more" onClick={() => setAllPairs((v) => !v)}>
            {allPairs ? "Show fewer pairs" : `Show all ${shown.links.length} pairs`}
          </button>
        )}
      </div>
    </section>
  );
}

/** The link under the pointer, drawn over the others with the pair's name at its middle (the
 *  tooltip a link of its own would have had). */
function HoveredLink({ a, b, name }: { a: { x: number; y: number }; b: { x: number; y: number }; name: string }) {
  return (
    <g className="network-link-hovered">
      <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
      <text x={(a.x + b.x) / 2} y={(a.y + b.y) / 2 - 6} textAnchor="middle">
        {name}
      </text>
    </g>
  );
}

interface SharedEventsProps {
  link: NetworkLink;
  source: NetworkActor;
  target: NetworkActor;
  /** The filtered events, in the list's order. */
  events: Event[];
  selectedEventId?: string;
  onOpen(eventId: string): void;
  onClose(): void;
}

/** The events a chosen pair shares, each a link that opens it, as the list does. */
function SharedEvents({ link, source, target, events, selectedEventId, onOpen, onClose }: SharedEventsProps) {
  const headingId = useId();
  const [first, second] = inReadingOrder(source, target);
  // a real link, so it can be opened in a new tab or copied; a plain click stays in the page
  const href = (eventId: string) => `${window.location.pathname}${formatExplorerState({ ...parseExplorerState(window.location.search), event: eventId })}`;
  const open = (eventId: string) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(eventId);
  };
  return (
    <section className="network-shared" aria-labelledby={headingId}>
      <div className="network-shared-header">
        <h3 id={headingId}>
          {first.name} and {second.name}: {plural(link.shared, "shared event")}
        </h3>
        <button type="button" onClick={onClose}>
          Close<span className="visually-hidden"> the shared events</span>
        </button>
      </div>
      <ul>
        {sharedEvents(events, link).map((event) => (
          <li key={event.id}>
            <a href={href(event.id)} onClick={open(event.id)} aria-current={event.id === selectedEventId ? "true" : undefined}>
              {event.title}
            </a>{" "}
            <span className="network-shared-date">{formatEventDate(event)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export { NetworkView };
