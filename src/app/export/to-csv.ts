import Papa from "papaparse";
import type { ExportInput } from "./export-input";
import { namesOf } from "./export-input";

/** The columns, in order; a spreadsheet user sorts and filters by these names. */
export const CSV_FIELDS = ["date", "precision", "type", "status", "title", "actors", "places", "sources", "first excerpt", "article ids"] as const;

// Excel opens a CSV file as the machine's legacy code page unless it starts with a byte-order
// mark; with it, "Brandvik’s" and "Tromvik–Halden" read right
const BOM = "\uFEFF";

/** Several names in one cell: "; " because names contain commas ("Smith, Jr."), rarely semicolons. */
const LIST_SEPARATOR = "; ";

/** One row per event, in the given order, quoted by papaparse (commas, quotes and line breaks
 *  inside a cell), with CRLF line ends as RFC 4180 asks and a byte-order mark. A cell that
 *  starts like a formula (=, +, -, @) is prefixed with ' so a spreadsheet shows it as text
 *  rather than running it: titles come from articles anyone could have written. */
export function toCsv({ events, index, texts }: ExportInput): string {
  const rows = events.map((event) => {
    const sources = texts.evidenceOf(event)?.sources ?? [];
    return [
      event.date ?? "",
      event.datePrecision,
      event.type,
      event.status,
      event.title,
      namesOf(event.actorIds, index.actorsById).join(LIST_SEPARATOR),
      namesOf(event.locationIds, index.locationsById).join(LIST_SEPARATOR),
      String(sources.length),
      sources.length > 0 ? (texts.wordsAt(sources[0]) ?? "") : "",
      event.reportedBy.articles.join(LIST_SEPARATOR),
    ];
  });
  return BOM + Papa.unparse({ fields: [...CSV_FIELDS], data: rows }, { newline: "\r\n", escapeFormulae: true });
}
