import { readFile } from "node:fs/promises";
import { inferPublished } from "../pipeline/articles/infer-published";
import { isCalendarDay } from "../pipeline/dates/calendar";
import { findDateExpressions } from "../pipeline/dates/find-date-expressions";
import { findTemporalExpressions } from "../pipeline/dates/find-temporal-expressions";

// npm run --silent timex -- <docs.json>
// Reads [{"id", "dct": "YYYY-MM-DD", "text"}] and prints [{"id", "timexes": [{start, end, text,
// type, value}]}] from the extractor's own date stage (findTemporalExpressions), so that public
// temporal-expression benchmarks measure the code path the timeline uses: calendar dates,
// weeks, quarters, seasons, times of day, durations, sets and PRESENT_REF/PAST_REF/FUTURE_REF.
async function main(path: string | undefined) {
  if (!path) throw new Error("usage: npm run --silent timex -- <docs.json>");
  const docs = JSON.parse(await readFile(path, "utf8")) as { id: string; dct: string; text: string }[];
  if (!Array.isArray(docs)) throw new Error(`${path}: expected an array of {id, dct, text}`);
  const out = docs.map((doc) => ({ id: doc.id, timexes: timexesOf(doc) }));
  console.log(JSON.stringify(out));
}

/** The date stage over each line of the document, offsets made relative to the whole text. */
function timexesOf(doc: { dct: string; text: string }) {
  const reference = referenceOf(doc);
  const timexes: { start: number; end: number; text: string; type: string; value: string }[] = [];
  let offset = 0;
  for (const line of doc.text.split(/(?<=\n)/)) {
    for (const t of findTemporalExpressions(line, reference)) timexes.push({ start: offset + t.start, end: offset + t.end, text: t.text, type: t.type, value: t.value });
    offset += line.length;
  }
  return timexes;
}

/** The document's creation time when it is a calendar day; otherwise, as for an article without
 *  a date line, the date its text gives (a dateline, a byline), or none. */
function referenceOf(doc: { dct: string; text: string }): string | null {
  if (isCalendarDay(doc.dct)) return doc.dct;
  const lines = doc.text.split("\n").map((text) => ({ text, dates: findDateExpressions(text, null) }));
  return inferPublished(lines)?.date ?? null;
}

main(process.argv[2]).catch((error) => {
  console.error(`timex failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
