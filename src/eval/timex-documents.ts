import { inferPublished } from "../pipeline/articles/infer-published";
import { isCalendarDay } from "../pipeline/dates/calendar";
import { findDateExpressions } from "../pipeline/dates/find-date-expressions";
import { findTemporalExpressions } from "../pipeline/dates/find-temporal-expressions";

export interface TimexDocument {
  id: string;
  /** The document's creation time, YYYY-MM-DD. */
  dct: string;
  text: string;
}

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** The extractor's date stage over each line of a document, offsets into the whole text. */
export function timexesOf(doc: TimexDocument): Timex[] {
  const reference = referenceOf(doc);
  const timexes: Timex[] = [];
  let offset = 0;
  for (const line of doc.text.split(/(?<=\n)/)) {
    for (const t of findTemporalExpressions(line, reference)) timexes.push({ start: offset + t.start, end: offset + t.end, text: t.text, type: t.type, value: t.value });
    offset += line.length;
  }
  return timexes;
}

/** The document's creation time when it is a calendar day; otherwise, as for an article without
 *  a date line, the date its text gives (a dateline, a byline), or none. */
function referenceOf(doc: TimexDocument): string | null {
  if (isCalendarDay(doc.dct)) return doc.dct;
  const lines = doc.text.split("\n").map((text) => ({ text, dates: findDateExpressions(text, null) }));
  return inferPublished(lines)?.date ?? null;
}
