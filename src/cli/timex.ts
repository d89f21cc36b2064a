import { readFile } from "node:fs/promises";
import { timexesOf, type TimexDocument } from "../eval/timex-documents";

// npm run --silent timex -- <docs.json>
// Reads [{"id", "dct": "YYYY-MM-DD", "text"}] and prints [{"id", "timexes": [{start, end, text,
// type, value}]}] from the extractor's own date stage (findTemporalExpressions), so that public
// temporal-expression benchmarks measure the code path the timeline uses: calendar dates,
// weeks, quarters, seasons, times of day, durations, sets and PRESENT_REF/PAST_REF/FUTURE_REF.
async function main(path: string | undefined) {
  if (!path) throw new Error("usage: npm run --silent timex -- <docs.json>");
  const docs = JSON.parse(await readFile(path, "utf8")) as TimexDocument[];
  if (!Array.isArray(docs)) throw new Error(`${path}: expected an array of {id, dct, text}`);
  console.log(JSON.stringify(docs.map((doc) => ({ id: doc.id, timexes: timexesOf(doc) }))));
}

main(process.argv[2]).catch((error) => {
  console.error(`timex failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
