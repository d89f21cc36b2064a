import type { Filters } from "../explorer-url/explorer-state";
import type { TimelineIndex } from "../timeline-data/timeline-index";

export type ExportFormat = "csv" | "json" | "ics";

/** What an export's file is called, so that a folder of exports tells them apart:
 *  "dateline-<first actor, else first place, filtered by>-<the filtered period's month(s), or all>.<ext>",
 *  e.g. "dateline-steve-witkoff-2025-12.csv", "dateline-moscow-2025-11-2026-01.json",
 *  "dateline-all.ics". */
export function exportFileName(filters: Pick<Filters, "actors" | "locations" | "from" | "to">, index: Pick<TimelineIndex, "actorsById" | "locationsById">, format: ExportFormat): string {
  const actor = filters.actors[0] && (index.actorsById.get(filters.actors[0])?.name ?? filters.actors[0]);
  const place = filters.locations[0] && (index.locationsById.get(filters.locations[0])?.name ?? filters.locations[0]);
  const who = slug(actor || place || "");
  const from = filters.from?.slice(0, 7);
  const to = filters.to?.slice(0, 7);
  const when = from && to ? (from === to ? from : `${from}-${to}`) : from ? `from-${from}` : to ? `to-${to}` : "all";
  return `dateline-${who ? `${who}-` : ""}${when}.${format}`;
}

/** Longest slug: a file name stays readable, whatever the actor's name. */
const MAX_SLUG_LENGTH = 40;

/** Lower case letters and digits, the words joined by hyphens, accents dropped; whole words
 *  up to MAX_SLUG_LENGTH characters. */
export function slug(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  let out = "";
  for (const word of words) {
    const longer = out ? `${out}-${word}` : word;
    if (longer.length > MAX_SLUG_LENGTH) break;
    out = longer;
  }
  return out || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}
