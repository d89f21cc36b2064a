import type { ExplorerEvent as Event } from "../../model/explorer-data";
import { articleLabel } from "../timeline-data/article-label";
import type { ExportInput } from "./export-input";
import { namesOf } from "./export-input";

// An iCalendar file (RFC 5545) with one all-day VEVENT per event dated to a day or a month.

/** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;
const CRLF = "\r\n";

export interface IcsExport {
  text: string;
  /** The events left out because they are dated only to a year, or not at all: a calendar has no all-day event for those. */
  skipped: number;
}

/** The calendar of `events`; `stamp` is the moment of export (DTSTAMP, which every VEVENT
 *  needs), passed in so that the same events make the same file in a test. */
export function toIcs({ events, index, texts }: ExportInput, stamp: Date): IcsExport {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dateline//Export//EN", "CALSCALE:GREGORIAN"];
  const dtstamp = stamp.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
  let skipped = 0;
  for (const event of events) {
    const span = allDaySpan(event);
    if (!span) {
      skipped++;
      continue;
    }
    const sources = (texts.evidenceOf(event)?.sources ?? []).map((source) => {
      const article = index.articlesById.get(source.articleId);
      const label = article ? articleLabel(article, texts.textOf(source.articleId)) : { title: null, outlet: null };
      const where = [label.outlet, label.title].filter(Boolean).join(": ") || source.articleId;
      return `${where}\n“${texts.wordsAt(source) ?? ""}”`;
    });
    const places = namesOf(event.locationIds, index.locationsById);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.id)}@dateline`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${span.start}`,
      `DTEND;VALUE=DATE:${span.end}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(sources.join("\n\n"))}`,
      ...(places.length > 0 ? [`LOCATION:${escapeText(places.join(", "))}`] : []),
      `CATEGORIES:${escapeText(event.type)}`,
      // a planned event may not happen: a calendar shows it as tentative
      `STATUS:${event.status === "planned" ? "TENTATIVE" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return { text: lines.map(foldLine).join(CRLF) + CRLF, skipped };
}

/** The all-day dates an event covers, DTEND being the day after its last (RFC 5545 §3.6.1):
 *  a day for day precision, the whole month for month precision; null for a year or no date. */
export function allDaySpan({ date, datePrecision }: Pick<Event, "date" | "datePrecision">): { start: string; end: string } | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  if (datePrecision === "day" && d !== undefined) return { start: basic(y, m, d), end: basic(...next(y, m, d)) };
  if (datePrecision === "month" && m !== undefined) return { start: basic(y, m, 1), end: m === 12 ? basic(y + 1, 1, 1) : basic(y, m + 1, 1) };
  return null;
}

/** The day after a day, by the UTC calendar (no time zone moves it). */
function next(y: number, m: number, d: number): [number, number, number] {
  const day = new Date(Date.UTC(y, m - 1, d + 1));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

const basic = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

/** A content line folded at 75 octets of UTF-8 (RFC 5545 §3.1): each continuation starts with
 *  one space, which counts in its 75, and no character's bytes are split between lines. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // the first line holds 75 octets; a continuation holds its leading space and 74 more
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}
