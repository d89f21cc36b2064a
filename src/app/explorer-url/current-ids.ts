import { useEffect, useMemo } from "react";
import type { FormerIdMaps } from "../../model/resolve-ids";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import type { ExplorerState } from "./explorer-state";
import type { UpdateOptions } from "./use-explorer-state";

/** The state with every event and actor id that is a former id replaced by the id its event or
 *  actor has now (an actor named twice, once by a former id, is named once); the same object
 *  when there is none, so nothing downstream sees a change. The maps are asked for only when
 *  the state names an event or an actor. */
export function withCurrentIds(state: ExplorerState, formerIds: () => FormerIdMaps): ExplorerState {
  if (!state.event && state.actors.length === 0) return state;
  const { events, actors } = formerIds();
  const event = state.event && (events.get(state.event) ?? state.event);
  const current = state.actors.map((id) => actors.get(id) ?? id);
  const changedActors = current.some((id, i) => id !== state.actors[i]);
  if (event === state.event && !changedActors) return state;
  return { ...state, event, actors: changedActors ? [...new Set(current)] : state.actors };
}

/**
 * A link made before the articles changed can name an event since merged into another, or an
 * actor since renamed to a better spelling: the data keeps those old ids as former ids. The
 * views get the state with the current ids at once (so no "missing" notice flashes), and the
 * URL is rewritten to them in place, so a link copied from here names what the data names.
 */
export function useCurrentIds(state: ExplorerState, index: Pick<TimelineIndex, "formerIds">, update: (patch: Partial<ExplorerState>, options?: UpdateOptions) => void): ExplorerState {
  const current = useMemo(() => withCurrentIds(state, () => index.formerIds), [state, index]);
  useEffect(() => {
    if (current !== state) update({ event: current.event, actors: current.actors }, { replace: true });
  }, [current, state, update]);
  return current;
}
