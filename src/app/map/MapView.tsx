import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import type { ViewProps } from "../views/views";
import { CLUSTER_RADIUS, clusterMarks, labelledClusters, markRadius, type Cluster, type Mark } from "./cluster";
import { apply, fitTransform, panBy, zoomAround, type Transform } from "./map-transform";
import { placesOnMap, type MapPlace } from "./place-points";
import { countryCentroid, countryPaths, MAP_SIZE, project, spherePath } from "./world";
import "./map.css";

const { width: W, height: H } = MAP_SIZE;
/** One press of a zoom button, and of a pan button (in drawing units). */
const ZOOM_STEP = 1.6;
const PAN_STEP = 80;
/** A pointer that moves less than this (in drawing units) between down and up clicked. */
const DRAG_THRESHOLD = 4;
/** How much larger than the drawing's units marks and labels may be drawn: enough for a label of
 *  about 13 px on a 390 px phone, where the whole drawing is shrunk to about 370 px. */
const MAX_MARK_SCALE = 2.6;

const eventsText = (count: number) => `${count} ${count === 1 ? "event" : "events"}`;

/** The places of the filtered events on a world map drawn offline, and the same places as a
 *  list with their counts. Choosing a place filters by it. */
export default function MapView({ index, events, filters, selectedEventId, onToggleLocation }: ViewProps) {
  const { onMap, offMap } = useMemo(() => placesOnMap(events, index.locationsById, countryCentroid), [events, index]);
  const projected = useMemo(
    () => onMap.flatMap((place) => {
      const xy = project([place.lon, place.lat]);
      return xy ? [{ place, xy }] : [];
    }),
    [onMap],
  );
  const byId = useMemo(() => new Map(onMap.map((p) => [p.id, p])), [onMap]);
  const fitted = () => fitTransform(projected.map((p) => p.xy), MAP_SIZE);
  const [transform, setTransform] = useState<Transform>(fitted);
  // fitted again when the filters change which places there are (choosing a place zooms to it),
  // not when only their counts change, so a pan or zoom survives what does not move the marks
  const placesKey = projected.map((p) => p.place.id).join(" ");
  const [fittedTo, setFittedTo] = useState(placesKey);
  if (fittedTo !== placesKey) {
    setFittedTo(placesKey);
    setTransform(fitted());
  }
  const fit = () => setTransform(fitted());

  // marks and labels are sized in screen pixels, not in the drawing's units: the SVG shrinks the
  // drawing to its box, which would leave a label a few pixels high on a phone
  const svg = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = svg.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width > 0) setScale(Math.min(Math.max(W / width, 1), MAX_MARK_SCALE));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const clusters = useMemo(() => {
    const marks: Mark[] = projected.map(({ place, xy }) => {
      const [x, y] = apply(transform, xy);
      return { id: place.id, x, y, count: place.count };
    });
    return clusterMarks(
      marks.filter((m) => m.x > -20 && m.x < W + 20 && m.y > -20 && m.y < H + 20),
      CLUSTER_RADIUS * scale,
    );
  }, [projected, transform, scale]);
  const nameOf = (c: Cluster) => (c.members.length === 1 ? (byId.get(c.id)?.name ?? c.id) : `${c.members.length} places`);
  const labels = useMemo(() => labelledClusters(clusters, (c) => (c.members.length === 1 ? (byId.get(c.id)?.name ?? "") : ""), W, 7, 14, scale), [clusters, byId, scale]);

  const selectedPlaces = useMemo(() => new Set(selectedEventId ? (index.eventsById.get(selectedEventId)?.locationIds ?? []) : []), [selectedEventId, index]);
  const chosen = new Set(filters.locations);

  // screen pixels to drawing units: the SVG scales the drawing to its box
  const toDrawing = (clientX: number, clientY: number): [number, number] => {
    const box = svg.current!.getBoundingClientRect();
    return [((clientX - box.left) * W) / box.width, ((clientY - box.top) * H) / box.height];
  };

  // a wheel over the map zooms it rather than scrolling the page; React's wheel listener is
  // passive and cannot prevent the scroll, so this one is added by hand
  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = element.getBoundingClientRect();
      const at: [number, number] = [((e.clientX - box.left) * W) / box.width, ((e.clientY - box.top) * H) / box.height];
      setTransform((t) => zoomAround(t, Math.exp(-e.deltaY * 0.002), at));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  // the pointers down on the map: one drags it, two pinch it
  const pointers = useRef(new Map<number, [number, number]>());
  const gesture = useRef<{ from: [number, number]; spread: number; start: Transform; moved: boolean } | null>(null);
  const startGesture = () => {
    const points = [...pointers.current.values()];
    const from: [number, number] = [points.reduce((sum, p) => sum + p[0], 0) / points.length, points.reduce((sum, p) => sum + p[1], 0) / points.length];
    const spread = points.length > 1 ? Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]) : 0;
    gesture.current = { from, spread, start: transform, moved: gesture.current?.moved ?? false };
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.pointerType === "mouse" && e.button !== 0) return;
    pointers.current.set(e.pointerId, toDrawing(e.clientX, e.clientY));
    if (pointers.current.size <= 2) startGesture();
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const g = gesture.current;
    if (!g || !pointers.current.has(e.pointerId)) return;
    pointers.current.set(e.pointerId, toDrawing(e.clientX, e.clientY));
    const points = [...pointers.current.values()].slice(0, 2);
    const at: [number, number] = [points.reduce((sum, p) => sum + p[0], 0) / points.length, points.reduce((sum, p) => sum + p[1], 0) / points.length];
    const [dx, dy] = [at[0] - g.from[0], at[1] - g.from[1]];
    const pinching = points.length > 1 && g.spread > 0;
    if (!g.moved && !pinching && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    // captured only once it is a drag: a capture at once would take the click from the mark under it
    if (!g.moved) for (const id of pointers.current.keys()) svg.current?.setPointerCapture(id);
    g.moved = true;
    const moved = panBy(g.start, dx, dy);
    setTransform(pinching ? zoomAround(moved, Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]) / g.spread, at) : moved);
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!pointers.current.delete(e.pointerId)) return;
    if (pointers.current.size > 0) return startGesture();
    const moved = gesture.current?.moved;
    // the click that ends a drag is not a choice of the mark it ended on
    if (moved) window.setTimeout(() => (gesture.current = null));
    else gesture.current = null;
  };
  const dragging = () => gesture.current?.moved === true;

  const centre: [number, number] = [W / 2, H / 2];
  const activate = (c: Cluster) => {
    if (dragging()) return;
    if (c.members.length === 1) onToggleLocation(c.id);
    // near places: zoom in until they come apart
    else setTransform((t) => zoomAround(panBy(t, centre[0] - c.x, centre[1] - c.y), 2.5, centre));
  };

  return (
    <section className="map-view" aria-label="Map">
      <div className="map-frame">
        <svg
          ref={svg}
          className="map-svg"
          viewBox={`0 0 ${W} ${H}`}
          role="group"
          aria-label={`World map of ${onMap.length} ${onMap.length === 1 ? "place" : "places"}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <g transform={`translate(${transform.x} ${transform.y}) scale(${transform.k})`} aria-hidden="true">
            <path className="map-sphere" d={spherePath} />
            {countryPaths.map((d, i) => (
              <path key={i} className="map-country" d={d} vectorEffect="non-scaling-stroke" />
            ))}
          </g>
          {clusters.map((c) => {
            const single = c.members.length === 1;
            const place = single ? byId.get(c.id) : undefined;
            const label = single ? `${place?.name ?? c.id}, ${eventsText(c.count)}` : `${nameOf(c)}, ${eventsText(c.count)}: zoom in`;
            const highlighted = c.members.some((m) => selectedPlaces.has(m.id));
            const r = markRadius(c.count) * scale;
            return (
              <g
                key={c.id}
                className={["map-mark", single ? "" : "is-cluster", highlighted ? "is-selected" : "", single && chosen.has(c.id) ? "is-chosen" : ""].filter(Boolean).join(" ")}
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={single ? chosen.has(c.id) : undefined}
                onClick={() => activate(c)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    activate(c);
                  }
                }}
              >
                <circle cx={c.x} cy={c.y} r={r} />
                {!single && (
                  <text className="map-count" x={c.x} y={c.y} fontSize={12 * scale} dy="0.35em" textAnchor="middle" aria-hidden="true">
                    {c.count}
                  </text>
                )}
                {single && labels.has(c.id) && (
                  <text className="map-label" fontSize={13 * scale} strokeWidth={3 * scale} x={labels.get(c.id) === "right" ? c.x + r + 3 : c.x - r - 3} y={c.y} dy="0.35em" textAnchor={labels.get(c.id) === "right" ? "start" : "end"} aria-hidden="true">
                    {place?.name}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <div className="map-controls" role="group" aria-label="Pan and zoom">
          <button type="button" aria-label="Zoom in" onClick={() => setTransform((t) => zoomAround(t, ZOOM_STEP, centre))}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => setTransform((t) => zoomAround(t, 1 / ZOOM_STEP, centre))}>
            −
          </button>
          <button type="button" aria-label="Pan left" onClick={() => setTransform((t) => panBy(t, PAN_STEP, 0))}>
            ←
          </button>
          <button type="button" aria-label="Pan right" onClick={() => setTransform((t) => panBy(t, -PAN_STEP, 0))}>
            →
          </button>
          <button type="button" aria-label="Pan up" onClick={() => setTransform((t) => panBy(t, 0, PAN_STEP))}>
            ↑
          </button>
          <button type="button" aria-label="Pan down" onClick={() => setTransform((t) => panBy(t, 0, -PAN_STEP))}>
            ↓
          </button>
          <button type="button" onClick={fit}>
            Fit the places
          </button>
        </div>
      </div>
      <PlaceList places={onMap} offMap={offMap} chosen={chosen} selected={selectedPlaces} onToggle={onToggleLocation} />
    </section>
  );
}

/** The map's information as text: every place with its count, each a button that filters. */
function PlaceList({ places, offMap, chosen, selected, onToggle }: { places: MapPlace[]; offMap: { id: string; name: string; count: number }[]; chosen: Set<string>; selected: Set<string>; onToggle(id: string): void }) {
  if (places.length + offMap.length === 0) return <p className="map-empty">None of the events shown names a place.</p>;
  const item = (p: { id: string; name: string; count: number; placedAt?: string }, note?: string) => (
    <li key={p.id} className={selected.has(p.id) ? "is-selected" : undefined}>
      <button type="button" className="map-place" aria-pressed={chosen.has(p.id)} onClick={() => onToggle(p.id)}>
        {p.name}, {eventsText(p.count)}
      </button>
      {(note || p.placedAt || selected.has(p.id)) && <span className="map-place-note">{[note, p.placedAt && `shown at ${p.placedAt}`, selected.has(p.id) && "in the open event"].filter(Boolean).join(" · ")}</span>}
    </li>
  );
  return (
    <div className="map-places">
      <h3>Places</h3>
      <ul>
        {places.map((p) => item(p))}
        {offMap.map((p) => item(p, "not on the map"))}
      </ul>
    </div>
  );
}
