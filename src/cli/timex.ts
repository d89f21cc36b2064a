import { readFile } from "node:fs/promises";
import { findDateExpressions } from "../pipeline/dates/find-date-expressions";

// npm run --silent timex -- <docs.json>
// Reads [{"id", "dct": "YYYY-MM-DD", "text"}] and prints [{"id", "timexes": [{start, end, text,
// type, value}]}] from the extractor's own date stage (findDateExpressions), so that public
// temporal-expression benchmarks measure the code path the timeline uses. Only the dates the
// stage resolves to a calendar day, month or year are printed (TIMEX3 type DATE); durations,
// sets and times of day are not read yet.
async function main(path: string | undefined) {
  if (!path) throw new Error("usage: npm run --silent timex -- <docs.json>");
  const docs = JSON.parse(await readFile(path, "utf8")) as { id: string; dct: string; text: string }[];
  if (!Array.isArray(docs)) throw new Error(`${path}: expected an array of {id, dct, text}`);
  const out = docs.map((doc) => ({
    id: doc.id,
    timexes: doc.text.split(/(?<=\n)/).reduce<{ offset: number; timexes: object[] }>(
      (acc, line) => {
        for (const d of findDateExpressions(line, doc.dct)) {
          acc.timexes.push({ start: acc.offset + d.start, end: acc.offset + d.end, text: d.text, type: "DATE", value: d.value });
        }
        acc.offset += line.length;
        return acc;
      },
      { offset: 0, timexes: [] },
    ).timexes,
  }));
  console.log(JSON.stringify(out));
}

main(process.argv[2]).catch((error) => {
  console.error(`timex failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
