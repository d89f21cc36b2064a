import { useId, useMemo, useRef, useState, type FormEvent } from "react";
import { precisionOfDate, type SetEvent } from "../../model/corrections";
import type { ExplorerActor, ExplorerEvent } from "../../model/explorer-data";
import { ActorKind, DatePrecision, EVENT_TYPES, EventStatus, isCalendarDate, type CorrectableEventField } from "../../model/timeline";
import { EVENT_TYPE_LABELS } from "../events/event-types";
import { EntityPicker, type PickerChoice } from "../filters/EntityPicker";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { describeCorrected } from "./describe-correction";
import { useCorrectionsControls } from "./use-corrections";

const now = () => new Date().toISOString();

interface Props {
  event: ExplorerEvent;
  index: TimelineIndex;
  /** Called once the event is hidden: the details close, and focus goes where the page says. */
  onHidden(): void;
}

/** "Edit" and "Hide" for an event, the form that edits it, and what a correction changed. */
export function EventCorrections({ event, index, onHidden }: Props) {
  const controls = useCorrectionsControls();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (!controls) return null;
  const close = () => {
    setEditing(false);
    // the form is gone on the next render; focus goes back to what opened it
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const hide = () => {
    controls.add({ op: "hide-event", event: event.id, label: event.title, at: now() }, `Hid “${event.title}”: “Hidden events” in Your corrections shows it again.`);
    onHidden();
  };
  const restore = () => {
    controls.remove((op) => op.op === "set-event" && (index.formerIds.events.get(op.event) ?? op.event) === event.id, `“${event.title}” is as the extractor had it.`);
    editButton.current?.focus();
  };
  return (
    <>
      {event.corrected && (
        <div className="details-corrected">
          <p>Corrected: {describeCorrected(index, event)}. Its sources are the extractor's, unchanged.</p>
          <button type="button" onClick={restore}>
            Undo the corrections of this event
          </button>
        </div>
      )}
      {editing ? (
        <EditEventForm
          event={event}
          index={index}
          onSave={(op) => {
            if (op) controls.add(op, `Corrected “${op.title ?? event.title}”.`);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <div className="details-actions">
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" onClick={hide} title="It is not an event: hide it (Your corrections can show it again)">
            Hide
          </button>
        </div>
      )}
    </>
  );
}

const PRECISION_LABELS: Record<DatePrecision, string> = { day: "Day", month: "Month", year: "Year", unknown: "Unknown (no date)" };

/** A date cut or cleared to a precision: a precision can say less than the date, never more. */
function dateAt(date: string, precision: DatePrecision): string {
  if (precision === "unknown") return "";
  const length = { day: 10, month: 7, year: 4 }[precision];
  return date.length > length ? date.slice(0, length) : date;
}

interface FormProps {
  event: ExplorerEvent;
  index: TimelineIndex;
  /** The operation that sets what changed, or null when nothing did. */
  onSave(op: SetEvent | null): void;
  onCancel(): void;
}

function EditEventForm({ event, index, onSave, onCancel }: FormProps) {
  const id = useId();
  const [date, setDate] = useState(event.date ?? "");
  const [precision, setPrecision] = useState<DatePrecision>(event.datePrecision);
  const [type, setType] = useState(event.type);
  const [status, setStatus] = useState(event.status);
  const [title, setTitle] = useState(event.title);
  const [actorIds, setActorIds] = useState(event.actorIds);
  const [locationIds, setLocationIds] = useState(event.locationIds);
  const [problem, setProblem] = useState<string | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const choices = useMemo(() => pickerChoices(index), [index]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const newDate = date.trim() === "" ? null : date.trim();
    if (newDate !== null && !isCalendarDate(newDate)) return fail(`“${newDate}” is not a date: write it as 2025-12-02, 2025-12 or 2025.`);
    if (precisionOfDate(newDate) !== precision) return fail(`The date ${newDate ?? "(none)"} names a ${precisionOfDate(newDate) === "unknown" ? "no date" : precisionOfDate(newDate)}; choose that precision, or write the date to the ${precision}.`);
    if (title.trim() === "") return fail("The title is empty: write a few words that say what happened.");
    const next = { date: newDate, datePrecision: precision, type, status, title: title.trim(), actorIds, locationIds };
    const op: SetEvent = { op: "set-event", event: event.id, label: event.title };
    let changed = false;
    for (const field of Object.keys(next) as CorrectableEventField[]) {
      if (JSON.stringify(next[field]) === JSON.stringify(event[field])) continue;
      Object.assign(op, { [field]: next[field] });
      changed = true;
    }
    // a precision is set with its date
    if (op.datePrecision !== undefined || op.date !== undefined) Object.assign(op, { date: newDate, datePrecision: precision });
    onSave(changed ? { ...op, at: now() } : null);
  };
  const fail = (message: string) => {
    setProblem(message);
    dateInput.current?.focus();
  };

  return (
    <form className="edit-event" aria-label={`Edit “${event.title}”`} onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && (e.preventDefault(), e.stopPropagation(), onCancel())}>
      <div className="edit-row">
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          ref={dateInput}
          autoFocus
          value={date}
          placeholder="2025-12-02, 2025-12 or 2025"
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => {
            setDate(e.target.value);
            if (isCalendarDate(e.target.value.trim())) setPrecision(precisionOfDate(e.target.value.trim()));
            else if (e.target.value.trim() === "") setPrecision("unknown");
          }}
        />
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-precision`}>Precision</label>
        <select
          id={`${id}-precision`}
          value={precision}
          onChange={(e) => {
            const next = e.target.value as DatePrecision;
            setPrecision(next);
            setDate(dateAt(date.trim(), next));
          }}
        >
          {DatePrecision.options.map((p) => (
            <option key={p} value={p}>
              {PRECISION_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-type`}>Type</label>
        <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as ExplorerEvent["type"])}>
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {EVENT_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as ExplorerEvent["status"])}>
          {EventStatus.options.map((s) => (
            <option key={s} value={s}>
              {s === "planned" ? "Planned" : "Occurred"}
            </option>
          ))}
        </select>
      </div>
      <div className="edit-row">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" />
      </div>
      <fieldset className="edit-picker">
        <legend>Actors</legend>
        <EntityPicker findLabel="Find an actor for this event" choices={choices.actors} sections={["People", "Organizations"]} counts={choices.totals} selected={actorIds} onChange={setActorIds} />
      </fieldset>
      <fieldset className="edit-picker">
        <legend>Places</legend>
        <EntityPicker findLabel="Find a place for this event" choices={choices.locations} sections={["Places"]} counts={choices.totals} selected={locationIds} onChange={setLocationIds} />
      </fieldset>
      {problem && (
        <p id={`${id}-problem`} className="error-text" role="alert">
          {problem}
        </p>
      )}
      <div className="details-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The pickers' choices, as the filters list them: the most reported first. */
function pickerChoices({ timeline, events }: TimelineIndex) {
  const totals = new Map<string, number>();
  for (const e of events) for (const id of new Set([...e.actorIds, ...e.locationIds])) totals.set(id, (totals.get(id) ?? 0) + 1);
  const byTotal = (a: PickerChoice, b: PickerChoice) => b.total - a.total || a.name.localeCompare(b.name, "en");
  return {
    totals,
    actors: timeline.actors.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, section: a.kind === "person" ? "People" : "Organizations", total: totals.get(a.id) ?? 0 })).sort(byTotal),
    locations: timeline.locations.map((l) => ({ id: l.id, name: l.name, aliases: l.aliases, section: "Places", total: totals.get(l.id) ?? 0 })).sort(byTotal),
  };
}

/** Rename, change the kind of, or merge an actor, from its chip in the details. */
export function ActorCorrector({ actor, index, onMerged }: { actor: ExplorerActor; index: TimelineIndex; onMerged(): void }) {
  const controls = useCorrectionsControls();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(actor.name);
  const [into, setInto] = useState("");
  const opener = useRef<HTMLButtonElement>(null);
  const others = useMemo(() => index.timeline.actors.filter((a) => a.id !== actor.id).sort((a, b) => a.name.localeCompare(b.name, "en")), [index, actor.id]);
  if (!controls) return null;
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const label = actor.name;
  const otherKind = actor.kind === "person" ? "organization" : "person";
  return (
    <>
      <button type="button" ref={opener} className="chip-menu" aria-expanded={open} aria-controls={open ? id : undefined} aria-label={`Correct ${actor.name}`} onClick={() => (open ? close() : setOpen(true))}>
        …
      </button>
      {open && (
        <div id={id} className="actor-corrector" role="group" aria-label={`Correct ${actor.name}`} onKeyDown={(e) => e.key === "Escape" && (e.preventDefault(), e.stopPropagation(), close())}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() === "" || name.trim() === actor.name) return close();
              controls.add({ op: "rename-actor", actor: actor.id, name: name.trim(), label, at: now() }, `Renamed ${label} to ${name.trim()}.`);
              close();
            }}
          >
            <label htmlFor={`${id}-name`}>Name</label> <input id={`${id}-name`} value={name} autoFocus onChange={(e) => setName(e.target.value)} dir="auto" /> <button type="submit">Rename</button>
          </form>
          <button
            type="button"
            onClick={() => {
              controls.add({ op: "retype-actor", actor: actor.id, kind: ActorKind.parse(otherKind), label, at: now() }, `${label} is now ${otherKind === "person" ? "a person" : "an organization"}.`);
              close();
            }}
          >
            Make {otherKind === "person" ? "a person" : "an organization"}
          </button>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!into) return;
              const target = others.find((a) => a.id === into)?.name ?? into;
              controls.add({ op: "merge-actors", actor: actor.id, into, label, at: now() }, `Merged ${label} into ${target}.`);
              setOpen(false);
              onMerged();
            }}
          >
            <label htmlFor={`${id}-into`}>Merge into</label>{" "}
            <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">Choose an actor…</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>{" "}
            <button type="submit" disabled={!into}>
              Merge
            </button>
          </form>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}

/** In the details of an event the reader hid (a link may name one): says so, and shows it again. */
export function HiddenEventNotice({ eventId, index }: { eventId: string; index: TimelineIndex }) {
  const controls = useCorrectionsControls();
  const event = index.timeline.hiddenEvents?.find((e) => e.id === eventId);
  if (!event) return null;
  return (
    <div className="details-missing">
      <p>
        “<bdi>{event.title}</bdi>” is hidden by your corrections.
      </p>
      {controls && (
        <button type="button" onClick={() => controls.remove((op) => op.op === "hide-event" && (index.formerIds.events.get(op.event) ?? op.event) === eventId, `“${event.title}” is shown again.`)}>
          Show again
        </button>
      )}
    </div>
  );
}
