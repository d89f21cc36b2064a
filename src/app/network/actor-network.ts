import type { ExplorerActor as Actor, ExplorerEvent as Event } from "../../model/explorer-data";
import type { ActorKind, EventType } from "../../model/timeline";

/** Events where the actors were in the same room (or signed the same paper): they say more
 *  about who deals with whom than two names quoted in one statement. */
const TOGETHER_TYPES: ReadonlySet<EventType> = new Set(["meeting", "agreement", "visit"]);
/** An event of TOGETHER_TYPES counts twice a co-mention: enough to rank a pair that met over a
 *  pair merely named together as often, without letting one meeting outweigh many statements. */
export const TOGETHER_WEIGHT = 2;
export const CO_MENTION_WEIGHT = 1;

/** Actors drawn at first: 40 circles still read with their labels on a laptop, and a phone
 *  shows them without the diagram becoming a hairball. */
export const TOP_ACTORS = 40;

export interface NetworkActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** The filtered events the actor takes part in. */
  events: number;
  /** The sum of the weights of the actor's links: how connected it is. */
  strength: number;
}

export interface NetworkLink {
  /** "a|b", the two ids in order: one key per pair, whichever way it is looked up. */
  key: string;
  source: string;
  target: string;
  /** TOGETHER_WEIGHT per shared meeting, agreement or visit, CO_MENTION_WEIGHT per other event. */
  weight: number;
  /** The events the two share, in the order they were given (the list's). */
  eventIds: string[];
}

export interface ActorNetwork {
  /** The most connected first. */
  actors: NetworkActor[];
  links: NetworkLink[];
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The actors of the events and their links: two actors are linked by each event they both
 *  take part in. Actors the timeline does not know are left out. */
export function buildNetwork(events: readonly Event[], actorsById: ReadonlyMap<string, Actor>): ActorNetwork {
  const counts = new Map<string, number>();
  const links = new Map<string, NetworkLink>();
  for (const event of events) {
    const ids = [...new Set(event.actorIds)].filter((id) => actorsById.has(id)).sort();
    const weight = TOGETHER_TYPES.has(event.type) ? TOGETHER_WEIGHT : CO_MENTION_WEIGHT;
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        let link = links.get(key);
        if (!link) links.set(key, (link = { key, source: ids[i], target: ids[j], weight: 0, eventIds: [] }));
        link.weight += weight;
        link.eventIds.push(event.id);
      }
    }
  }
  const strength = new Map<string, number>();
  for (const link of links.values()) {
    strength.set(link.source, (strength.get(link.source) ?? 0) + link.weight);
    strength.set(link.target, (strength.get(link.target) ?? 0) + link.weight);
  }
  const actors = [...counts].map(([id, n]): NetworkActor => {
    const actor = actorsById.get(id)!;
    return { id, name: actor.name, kind: actor.kind, events: n, strength: strength.get(id) ?? 0 };
  });
  actors.sort(byConnection);
  return { actors, links: [...links.values()].sort(byPairStrength(new Map(actors.map((a) => [a.id, a])))) };
}

/** The `limit` most connected actors and the links among them. */
export function topActors(network: ActorNetwork, limit: number): ActorNetwork {
  if (network.actors.length <= limit) return network;
  const actors = network.actors.slice(0, limit);
  const kept = new Set(actors.map((a) => a.id));
  return { actors, links: network.links.filter((l) => kept.has(l.source) && kept.has(l.target)) };
}

/** The actors linked to any of `ids`. */
export function neighboursOf(network: ActorNetwork, ids: readonly string[]): Set<string> {
  const chosen = new Set(ids);
  const near = new Set<string>();
  for (const link of network.links) {
    if (chosen.has(link.source)) near.add(link.target);
    if (chosen.has(link.target)) near.add(link.source);
  }
  return near;
}

/** How an actor is named in a pair: a person by the surname ("Putin and Witkoff"), an
 *  organization by its whole name ("Kremlin"). */
export function shortName(actor: Pick<NetworkActor, "name" | "kind">): string {
  if (actor.kind !== "person") return actor.name;
  const words = actor.name.trim().split(/\s+/);
  return words[words.length - 1] ?? actor.name;
}

// most connected first; ties by the number of events, then by name, so the order never
// depends on the order the events came in
function byConnection(a: NetworkActor, b: NetworkActor): number {
  return b.strength - a.strength || b.events - a.events || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
}

function byPairStrength(actors: ReadonlyMap<string, NetworkActor>) {
  const name = (l: NetworkLink) => `${actors.get(l.source)?.name ?? ""} ${actors.get(l.target)?.name ?? ""}`;
  return (a: NetworkLink, b: NetworkLink) => b.weight - a.weight || b.eventIds.length - a.eventIds.length || name(a).localeCompare(name(b)) || (a.key < b.key ? -1 : 1);
}
