import { Fragment } from "react";
import { foldWithOffsets } from "./fold-text";

/** Where any of `words` (folded, see foldText) occurs in `text`, as [start, end) offsets into the
 *  original text, in order, overlapping runs joined. */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = words.filter((w) => w.length > 0);
  if (wanted.length === 0) return [];
  const { folded, starts, ends } = foldWithOffsets(text);
  const found: [number, number][] = [];
  for (const word of wanted) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) found.push([starts[at], ends[at + word.length - 1]]);
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const joined: [number, number][] = [];
  for (const range of found) {
    const last = joined[joined.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else joined.push([...range]);
  }
  return joined;
}

/** Text with the words a search found in it marked (<mark>); the text itself stays a text node. */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  const ranges = markRanges(text, words);
  if (ranges.length === 0) return text;
  const parts = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (start > from) parts.push(text.slice(from, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    from = end;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts.map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
