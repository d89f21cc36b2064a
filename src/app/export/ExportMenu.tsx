import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { plural } from "../events/sort-events";
import type { Filters } from "../explorer-url/explorer-state";
import { useArticleTexts } from "../timeline-data/get-timeline";
import type { TimelineIndex } from "../timeline-data/timeline-index";
import { exportFileName, type ExportFormat } from "./export-file-name";
import type { ExportInput } from "./export-input";
import { toCsv } from "./to-csv";
import { toIcs } from "./to-ics";
import { toTimeline } from "./to-timeline";
import "./export.css";

const FORMATS: { format: ExportFormat; label: string; type: string }[] = [
  { format: "csv", label: "CSV", type: "text/csv;charset=utf-8" },
  { format: "json", label: "JSON", type: "application/json" },
  { format: "ics", label: "Calendar (ICS)", type: "text/calendar;charset=utf-8" },
];

/** The file of one format, and what to tell the reader about it. */
function write(format: ExportFormat, input: ExportInput): { text: string; note: string } {
  const exported = `Exported ${plural(input.events.length, "event")}`;
  if (format === "csv") return { text: toCsv(input), note: `${exported} as CSV.` };
  if (format === "json") return { text: `${JSON.stringify(toTimeline(input), null, 2)}\n`, note: `${exported} as a timeline document.` };
  const { text, skipped } = toIcs(input, new Date());
  const kept = input.events.length - skipped;
  return { text, note: `Exported ${plural(kept, "event")} to a calendar${skipped > 0 ? `; ${plural(skipped, "event")} dated only to a year, or undated, left out` : ""}.` };
}

/** Hands the browser a file to save. */
function download(text: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has the file once the click is handled; the URL can go on the next task
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Export": the events the filters keep, in the list's order, as CSV, a timeline document
 * (JSON) or a calendar (ICS). A disclosure of three buttons rather than an ARIA menu: each is
 * reached by Tab like every other control. The excerpts come with the article texts, which are
 * loaded on the first export when no view has asked for them yet.
 */
export function ExportMenu({ index, events, filters }: { index: TimelineIndex; events: readonly Event[]; filters: Filters }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error?: boolean } | null>(null);
  const texts = useArticleTexts(index, false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // a press anywhere else closes the formats, as a click outside closes any pop-up
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const run = async (format: ExportFormat, type: string) => {
    setBusy(true);
    setNote(null);
    try {
      const loaded = texts.data ?? (await texts.refetch({ throwOnError: true })).data;
      if (!loaded) throw new Error("the article texts did not load");
      const { text, note } = write(format, { events, index, texts: loaded });
      download(text, type, exportFileName(filters, index, format));
      setNote({ text: note });
      setOpen(false);
      toggle.current?.focus();
    } catch (error) {
      setNote({ text: `The export failed: ${error instanceof Error ? error.message : String(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      // closes the menu, not the event details around it
      e.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <div
      ref={root}
      className="export-menu"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null) setOpen(false);
      }}
    >
      <button type="button" ref={toggle} className="export-toggle" aria-expanded={open} aria-controls={`${id}-formats`} onClick={() => setOpen(!open)}>
        Export
      </button>
      <div id={`${id}-formats`} className="export-formats" role="group" aria-label={`Export ${plural(events.length, "event")} as`} hidden={!open}>
        {FORMATS.map(({ format, label, type }) => (
          <button key={format} type="button" disabled={busy || events.length === 0} onClick={() => run(format, type)}>
            {label}
          </button>
        ))}
      </div>
      <span className={note?.error ? "export-note error-text" : "export-note visually-hidden"} role="status">
        {busy ? "Preparing the export…" : note?.text}
      </span>
    </div>
  );
}
