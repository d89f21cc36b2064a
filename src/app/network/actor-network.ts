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
  /** The number of events the two share (sharedEvents lists them, when a pair is chosen). */
  shared: number;
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
  // actors by number and pairs by one number, and only counts: on tens of thousands of events
  // a pair is met hundreds of thousands of times, and string keys and lists of event ids made
  // this the slow part of a filter change
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const counts: number[] = [];
  const strength: number[] = [];
  const pairs = new Map<number, { weight: number; shared: number }>();
  const stride = actorsById.size + 1;
  for (const event of events) {
    const at: number[] = [];
    for (const id of event.actorIds) {
      if (!actorsById.has(id)) continue;
      let n = numberOf.get(id);
      if (n === undefined) {
        numberOf.set(id, (n = ids.length));
        ids.push(id);
        counts.push(0);
        strength.push(0);
      }
      if (!at.includes(n)) at.push(n);
    }
    const weight = TOGETHER_TYPES.has(event.type) ? TOGETHER_WEIGHT : CO_MENTION_WEIGHT;
    for (let i = 0; i < at.length; i++) {
      counts[at[i]]++;
      for (let j = i + 1; j < at.length; j++) {
        const key = Math.min(at[i], at[j]) * stride + Math.max(at[i], at[j]);
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { weight: 0, shared: 0 }));
        pair.weight += weight;
        pair.shared++;
        strength[at[i]] += weight;
        strength[at[j]] += weight;
      }
    }
  }
  const actors = ids.map((id, n): NetworkActor => {
    const actor = actorsById.get(id)!;
    return { id, name: actor.name, kind: actor.kind, events: counts[n], strength: strength[n] };
  });
  actors.sort(byConnection);
  const links: NetworkLink[] = [];
  for (const [key, pair] of pairs) {
    const [a, b] = [ids[Math.floor(key / stride)], ids[key % stride]];
    const [source, target] = a < b ? [a, b] : [b, a];
    links.push({ key: `${source}|${target}`, source, target, weight: pair.weight, shared: pair.shared });
  }
  links.sort(byPairStrength);
  return { actors, links };
}

/** The events both actors of a link take part in, in the order given. */
export function sharedEvents<E extends Pick<Event, "actorIds">>(events: readonly E[], link: Pick<NetworkLink, "source" | "target">): E[] {
  return events.filter((e) => e.actorIds.includes(link.source) && e.actorIds.includes(link.target));
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

/** How an actor is named in a pair: a person by the surname ("Brandt and Sefu"), an
 *  organization by its whole name ("Kremlin"). */
export function shortName(actor: Pick<NetworkActor, "name" | "kind">): string {
  if (actor.kind !== "person") return actor.name;
  const words = actor.name.trim().split(/\s+/);
  return words[words.length - 1] ?? actor.name;
}

// most connected first; ties by the number of events, then by id, so the order never
// depends on the order the events came in
function byConnection(a: NetworkActor, b: NetworkActor): number {
  return b.strength - a.strength || b.events - a.events || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// the most shared events first, as the list of pairs reads ("Brandt and Sefu, 3 shared
// events"), the pair that met more among equals; ties by the ids, so the order never depends on
// the events' order
function byPairStrength(a: NetworkLink, b: NetworkLink): number {
  return b.shared - a.shared || b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
