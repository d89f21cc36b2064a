import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { ExplorerEvent as Event } from "../../model/explorer-data";
import type { Filters, ViewName } from "../explorer-url/explorer-state";
import type { TimelineIndex } from "../timeline-data/timeline-index";

/** What the actor network is given. */
export interface NetworkViewProps {
  index: TimelineIndex;
  /** The filtered events, in the list's order. */
  events: Event[];
  filters: Filters;
  /** Adds the actor to the actor filter, or takes it out (`actor=` in the URL). */
  onToggleActor(actorId: string): void;
  selectedEventId?: string | null;
}

/** What every view besides the timeline is given; a view reads what it needs. */
export interface ViewProps extends NetworkViewProps {
  /** Adds the place to the location filter, or takes it out (`location=` in the URL). */
  onToggleLocation(locationId: string): void;
}

export interface ViewEntry {
  name: ViewName;
  label: string;
  /** Loaded when the view is first opened, so its code (and the map's world) stays out of the
   *  first load; the timeline has none here: the explorer draws it itself. */
  component?: LazyExoticComponent<ComponentType<ViewProps>>;
}

/** The views, in the order the switch shows them. */
export const VIEWS: readonly ViewEntry[] = [
  { name: "timeline", label: "Timeline" },
  { name: "map", label: "Map", component: lazy(() => import("../map/MapView")) },
  { name: "network", label: "Network", component: lazy(() => import("../network/NetworkView")) },
];
