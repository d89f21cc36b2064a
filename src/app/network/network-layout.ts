import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import type { ActorNetwork, NetworkActor } from "./actor-network";

/** Enough steps for a few hundred actors to settle from scattered places; run at once, so the
 *  diagram never moves on screen. */
const TICKS = 240;
/** From places that are already a layout (the whole story's, when a filter narrows it), a
 *  few steps fit the new links: a filter change then costs a fifth of a first layout, and the
 *  actors stay where the reader last saw them. */
const SETTLE_TICKS = 50;
const SETTLE_ALPHA = 0.25;

/** Long enough that a label fits between two linked circles. */
const LINK_LENGTH = 100;

export interface PlacedActor {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface NetworkLayout {
  places: ReadonlyMap<string, PlacedActor>;
  /** The box that holds every circle, for the SVG's viewBox. */
  box: { x: number; y: number; width: number; height: number };
}

/** A circle's radius: its area grows with the actor's events, within bounds that keep the
 *  smallest a finger's target and the largest from covering its neighbours. */
export function actorRadius(events: number): number {
  return Math.min(28, 8 + 4 * Math.sqrt(events));
}

/** Where each actor goes. The same network always gets the same layout: every actor starts at a
 *  place drawn from its id (not at random, not from its position in the list), and the
 *  simulation runs a fixed number of steps (d3-force's own jiggle uses a seeded generator).
 *  Given `from` (a layout of the whole story), actors found there start at their place in it
 *  and the simulation only settles them: the same network and `from` still give the same
 *  layout, and a filtered network keeps the shape of the whole. */
export function layoutNetwork(network: ActorNetwork, from?: NetworkLayout): NetworkLayout {
  type Node = SimulationNodeDatum & { id: string; r: number };
  type Link = SimulationLinkDatum<Node> & { weight: number };
  // an actor the whole did not place (outside its most connected) starts beside the placed
  // actors it is linked to, so it needs settling too rather than a layout from nothing
  const placedNear = new Map<string, { x: number; y: number; n: number }>();
  if (from) {
    for (const link of network.links) {
      for (const [id, other] of [[link.source, link.target], [link.target, link.source]]) {
        const at = from.places.get(other);
        if (!at || from.places.has(id)) continue;
        const sum = placedNear.get(id) ?? { x: 0, y: 0, n: 0 };
        placedNear.set(id, { x: sum.x + at.x, y: sum.y + at.y, n: sum.n + 1 });
      }
    }
  }
  let placed = 0;
  const nodes: Node[] = network.actors.map((actor: NetworkActor) => {
    const r = actorRadius(actor.events);
    const h = hash(actor.id);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const before = from?.places.get(actor.id);
    const near = placedNear.get(actor.id);
    if (before || near) placed++;
    if (before) return { id: actor.id, r, x: before.x, y: before.y };
    // beside its placed neighbours, off their middle by a step drawn from its id
    if (near) return { id: actor.id, r, x: near.x / near.n + Math.cos(angle) * LINK_LENGTH * 0.5, y: near.y / near.n + Math.sin(angle) * LINK_LENGTH * 0.5 };
    const radius = 40 + ((h >>> 16) / 0x10000) * 160;
    return { id: actor.id, r, x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  // settling is enough only when most actors start from `from`; a network mostly new to it is
  // laid out afresh
  const settle = placed > 0 && placed >= nodes.length * 0.75;
  const links: Link[] = network.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const maxWeight = Math.max(1, ...network.links.map((l) => l.weight));
  const simulation = forceSimulation(nodes).stop();
  if (settle) simulation.alpha(SETTLE_ALPHA);
  simulation
    .force("link", forceLink<Node, Link>(links).id((n) => n.id).distance(LINK_LENGTH).strength((l) => 0.2 + (0.6 * l.weight) / maxWeight))
    .force("charge", forceManyBody<Node>().strength(-300))
    .force("collide", forceCollide<Node>((n) => n.r + 14))
    // pull loose actors in, so actors without links do not drift off the diagram
    .force("x", forceX<Node>(0).strength(0.06))
    .force("y", forceY<Node>(0).strength(0.06))
    .tick(settle ? SETTLE_TICKS : TICKS);

  const places = new Map<string, PlacedActor>();
  let [x0, y0, x1, y1] = [0, 0, 0, 0];
  for (const n of nodes) {
    // rounded so two runs print the same numbers, and the SVG stays small
    const place = { id: n.id, x: round(n.x ?? 0), y: round(n.y ?? 0), r: n.r };
    places.set(n.id, place);
    x0 = Math.min(x0, place.x - place.r);
    y0 = Math.min(y0, place.y - place.r);
    x1 = Math.max(x1, place.x + place.r);
    y1 = Math.max(y1, place.y + place.r);
  }
  // room for the labels under the circles and beside the outermost ones
  const [padX, padY] = [40, 20];
  return { places, box: { x: x0 - padX, y: y0 - padY, width: x1 - x0 + padX * 2, height: y1 - y0 + padY * 2 } };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** FNV-1a: a well-spread 32-bit number from a string, the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The link whose drawn line passes nearest `point`, within `tolerance` (both in the diagram's
 *  units), or undefined. The links are hit-tested here rather than each being a target of its
 *  own: hundreds of wide invisible lines made a filter change redraw four times the elements. */
export function linkAt<L extends { source: string; target: string }>(point: { x: number; y: number }, links: readonly L[], places: ReadonlyMap<string, PlacedActor>, tolerance: number): L | undefined {
  let best: L | undefined;
  let bestDistance = tolerance;
  for (const link of links) {
    const a = places.get(link.source);
    const b = places.get(link.target);
    if (!a || !b) continue;
    const distance = distanceToSegment(point, a, b);
    if (distance <= bestDistance) [best, bestDistance] = [link, distance];
  }
  return best;
}

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
