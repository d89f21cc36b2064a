import { Fragment, useMemo } from "react";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import type { ExplorerState } from "./explorer-state";
import { missingIds, type EntityList } from "./missing-ids";
import type { UpdateOptions } from "./use-explorer-state";
import "./link-notice.css";

interface Props {
  index: TimelineIndex;
  state: ExplorerState;
  update(patch: Partial<ExplorerState>, options?: UpdateOptions): void;
}

const NOUNS: Record<EntityList, { an: string; one: string; many: string }> = {
  actors: { an: "an actor", one: "actor", many: "actors" },
  locations: { an: "a location", one: "location", many: "locations" },
};

/** Says which actors and locations a link names that the data does not have, so a link shared
 *  before the articles changed does not just show no events with nothing ticked; offers to take
 *  them out of the link, or to follow an actor to the name it was merged under. */
export function StaleLinkNotice({ index, state, update }: Props) {
  const { actors, locations } = state;
  const missing = useMemo(() => missingIds({ actors, locations }, { actors: index.actorsById, locations: index.locationsById }), [actors, locations, index]);
  const lists = (["actors", "locations"] as const).filter((list) => missing[list].length > 0);
  if (lists.length === 0) return null;
  // the broken link is not a view worth going back to: mending it replaces its history entry
  const mend = (list: EntityList, ids: string[]) => update({ [list]: [...new Set(ids)] }, { replace: true });
  return (
    <section className="link-notice" aria-label="Problems with this link">
      {lists.map((list) => {
        const gone = missing[list].map((m) => m.id);
        const { an, one, many } = NOUNS[list];
        return (
          <div key={list} className="link-notice-entry">
            <p>
              This link names {gone.length === 1 ? `${an} that is` : `${gone.length} ${many} that are`} not in the data:{" "}
              {gone.map((id, i) => (
                <Fragment key={id}>
                  {i > 0 && ", "}
                  <code dir="auto">{id}</code>
                </Fragment>
              ))}
              . The articles may have changed since the link was made.
            </p>
            <p className="link-notice-actions">
              {missing[list].map(({ id, renamedTo }) =>
                renamedTo ? (
                  <button key={id} type="button" onClick={() => mend(list, state[list].map((x) => (x === id ? renamedTo.id : x)))}>
                    Show <bdi>{renamedTo.name}</bdi> instead
                  </button>
                ) : null,
              )}
              <button type="button" onClick={() => mend(list, state[list].filter((x) => !gone.includes(x)))}>
                Remove the missing {gone.length === 1 ? one : many} from the link
              </button>
            </p>
          </div>
        );
      })}
    </section>
  );
}
