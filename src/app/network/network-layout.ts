import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from "d3-force";
import type { ActorNetwork, NetworkActor } from "./actor-network";

/** Enough steps for a few hundred actors to settle; run at once, so the diagram never moves on
 *  screen and costs one frame's work at most on the first 40 actors. */
const TICKS = 240;

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
 *  simulation runs a fixed number of steps (d3-force's own jiggle uses a seeded generator). */
export function layoutNetwork(network: ActorNetwork): NetworkLayout {
  type Node = SimulationNodeDatum & { id: string; r: number };
  type Link = SimulationLinkDatum<Node> & { weight: number };
  const nodes: Node[] = network.actors.map((actor: NetworkActor) => {
    const h = hash(actor.id);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = 40 + ((h >>> 16) / 0x10000) * 160;
    return { id: actor.id, r: actorRadius(actor.events), x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  });
  const links: Link[] = network.links.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  const maxWeight = Math.max(1, ...network.links.map((l) => l.weight));
  forceSimulation(nodes)
    .stop()
    .force("link", forceLink<Node, Link>(links).id((n) => n.id).distance(LINK_LENGTH).strength((l) => 0.2 + (0.6 * l.weight) / maxWeight))
    .force("charge", forceManyBody<Node>().strength(-300))
    .force("collide", forceCollide<Node>((n) => n.r + 14))
    // pull loose actors in, so actors without links do not drift off the diagram
    .force("x", forceX<Node>(0).strength(0.06))
    .force("y", forceY<Node>(0).strength(0.06))
    .tick(TICKS);

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
