import { useId, useMemo, useState } from "react";
import { EVENT_TYPES } from "../../model/timeline";
import { eventPeriod } from "../events/event-period";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { EMPTY_FILTERS, hasFilters, MIN_OUTLETS, type ExplorerState } from "../explorer-url/explorer-state";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { TypeSwatch } from "../ui/TypeSwatch";
import { useRovingFocus } from "../ui/use-roving-focus";
import { EntityPicker, type PickerChoice } from "./EntityPicker";
import { FilterGroup } from "./FilterGroup";
import type { Facet } from "./filter-events";
import "./filters.css";
import { ChoiceCount } from "../ui/ChoiceCount";
import { plural } from "../events/sort-events";

interface Props {
  index: TimelineIndex;
  /** A location's id and the ids of the places it lies in. */
  placesAround(locationId: string): readonly string[];
  state: ExplorerState;
  /** Per facet, how many events each choice would show given the other filters. */
  counts: Record<Facet, ReadonlyMap<string, number>>;
  update(patch: Partial<ExplorerState>, options?: { replace?: boolean }): void;
}

const ACTOR_SECTIONS = ["People", "Organizations"];

/** The filter panel: search, event types, date range, how many outlets report an event, actors
 *  and locations, and "Clear all".
 *  Every control reads and writes the URL state, so the view can be shared. */
export function FiltersPanel({ index, placesAround, state, counts, update }: Props) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const { events } = index;
  const choices = useMemo(() => pickerChoices(index, placesAround), [index, placesAround]);
  const extent = useMemo(() => dateExtent(index), [index]);
  const typesInData = useMemo(() => new Set(events.map((e) => e.type)), [events]);
  const presentTypes = EVENT_TYPES.filter((t) => typesInData.has(t) || state.types.includes(t));
  const typeKeys = useRovingFocus(presentTypes);
  const active = state.actors.length + state.locations.length + state.types.length + (state.from ? 1 : 0) + (state.to ? 1 : 0) + (state.q.trim() ? 1 : 0) + (state.minOutlets > 1 ? 1 : 0);

  return (
    <aside className="filters" aria-label="Filters">
      <div className="filters-header">
        <h2>Filters</h2>
        {/* on a phone the panel folds away; the header with "Clear all" stays */}
        <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? "Hide filters" : "Show filters"}
          {active > 0 ? ` (${active} on)` : ""}
        </button>
        <button type="button" className="clear-all" onClick={() => update({ ...EMPTY_FILTERS })} disabled={!hasFilters(state)}>
          Clear all
        </button>
      </div>
      <div id={bodyId} className={open ? "filters-body is-open" : "filters-body"}>
        <div className="filter-search">
          <label htmlFor={`${bodyId}-q`}>Search</label>
          <input
            id={`${bodyId}-q`}
            type="text"
            inputMode="search"
            enterKeyHint="search"
            placeholder="Titles, excerpts, quotes"
            autoComplete="off"
            value={state.q}
            // the first keystroke adds a history entry; the rest refine it
            onChange={(e) => update({ q: e.target.value }, { replace: state.q !== "" })}
          />
        </div>

        <FilterGroup label="Event types" summary={state.types.length > 0 ? `${state.types.length} chosen` : undefined} defaultOpen className="type-picker">
          <ul onKeyDown={typeKeys.onKeyDown}>
            {presentTypes.map((type) => {
              const inputId = `${bodyId}-type-${type}`;
              const count = counts.types.get(type) ?? 0;
              return (
                <li key={type} className={count === 0 ? "is-empty" : undefined}>
                  <span className="picker-row">
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={state.types.includes(type)}
                      aria-describedby={`${inputId}-count`}
                      onChange={(e) => update({ types: e.target.checked ? [...state.types, type] : state.types.filter((t) => t !== type) })}
                      {...typeKeys.itemProps(type)}
                    />
                    <label htmlFor={inputId}>
                      <TypeSwatch type={type} /> {EVENT_TYPE_LABELS[type]}
                    </label>
                    <ChoiceCount id={`${inputId}-count`} count={count} />
                  </span>
                </li>
              );
            })}
          </ul>
        </FilterGroup>

        {/* folded unless set: a date box is three tab stops (day, month, year) */}
        <FilterGroup label="Date range" summary={dateSummary(state.from, state.to)} defaultOpen={Boolean(state.from || state.to)} className="date-range">
          <label>
            From
            <input type="date" value={state.from ?? ""} min={extent?.min} max={state.to ?? extent?.max} onChange={(e) => update({ from: e.target.value || null })} />
          </label>
          <label>
            To
            <input type="date" value={state.to ?? ""} min={state.from ?? extent?.min} max={extent?.max} onChange={(e) => update({ to: e.target.value || null })} />
          </label>
        </FilterGroup>

        <div className="filter-outlets">
          <label htmlFor={`${bodyId}-outlets`}>Reported by at least</label>
          <select id={`${bodyId}-outlets`} value={state.minOutlets} onChange={(e) => update({ minOutlets: Number(e.target.value) })}>
            {MIN_OUTLETS.map((n) => (
              <option key={n} value={n}>
                {plural(n, "outlet")}
              </option>
            ))}
          </select>
        </div>

        <FilterGroup label="Actors" summary={state.actors.length > 0 ? `${state.actors.length} chosen` : undefined} defaultOpen>
          <EntityPicker findLabel="Find a name" choices={choices.actors} sections={ACTOR_SECTIONS} counts={counts.actors} selected={state.actors} onChange={(actors) => update({ actors })} />
        </FilterGroup>
        <FilterGroup label="Locations" summary={state.locations.length > 0 ? `${state.locations.length} chosen` : undefined} defaultOpen>
          <EntityPicker
            findLabel="Find a place"
            choices={choices.locations}
            sections={["Places"]}
            counts={counts.locations}
            selected={state.locations}
            onChange={(locations) => update({ locations })}
          />
        </FilterGroup>
      </div>
    </aside>
  );
}

function pickerChoices({ timeline, events }: TimelineIndex, placesAround: (id: string) => readonly string[]): { actors: PickerChoice[]; locations: PickerChoice[] } {
  const actorTotals = new Map<string, number>();
  const locationTotals = new Map<string, number>();
  // each id once per event, without a Set per event (tens of thousands of them)
  const tally = (totals: Map<string, number>, ids: readonly string[]) =>
    ids.forEach((id, i) => ids.indexOf(id) === i && totals.set(id, (totals.get(id) ?? 0) + 1));
  for (const e of events) {
    tally(actorTotals, e.actorIds);
    // an event in Miami is one in Florida too, as the filter and its counts have it
    tally(locationTotals, e.locationIds.length > 0 ? e.locationIds.flatMap(placesAround) : e.locationIds);
  }
  const byTotal = (a: PickerChoice, b: PickerChoice) => b.total - a.total || a.name.localeCompare(b.name, "en");
  return {
    actors: timeline.actors
      .map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, section: a.kind === "person" ? "People" : "Organizations", total: actorTotals.get(a.id) ?? 0 }))
      .sort(byTotal),
    locations: nested(
      timeline.locations.map((l) => ({ id: l.id, name: l.name, aliases: l.aliases, section: "Places", total: locationTotals.get(l.id) ?? 0, parent: l.within })),
      byTotal,
    ),
  };
}

/** The choices with each one's children right after it, siblings in `order`. */
function nested(choices: PickerChoice[], order: (a: PickerChoice, b: PickerChoice) => number): PickerChoice[] {
  const ids = new Set(choices.map((c) => c.id));
  const children = new Map<string | undefined, PickerChoice[]>();
  for (const choice of choices) {
    const parent = choice.parent !== undefined && ids.has(choice.parent) ? choice.parent : undefined;
    const siblings = children.get(parent);
    if (siblings) siblings.push(choice);
    else children.set(parent, [choice]);
  }
  const out: PickerChoice[] = [];
  const walk = (parent: string | undefined) => {
    for (const choice of (children.get(parent) ?? []).sort(order)) {
      out.push(choice);
      walk(choice.id);
    }
  };
  walk(undefined);
  return out;
}

/** The date range as the folded group shows it. */
function dateSummary(from: string | null, to: string | null): string | undefined {
  if (from && to) return `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `to ${to}`;
  return undefined;
}

function dateExtent({ events }: TimelineIndex): { min: string; max: string } | null {
  // the events are in date order, undated last: the first starts earliest, the last dated latest
  const first = events[0] && eventPeriod(events[0]);
  if (!first) return null;
  let last = events.length - 1;
  while (!eventPeriod(events[last])) last--;
  return { min: first.start, max: eventPeriod(events[last])!.start };
}
