export interface ParsedHeader {
  meta: { date?: string; title?: string; source?: string; outlet?: string };
  /** Offset in the file text where the body starts. */
  bodyStart: number;
}

const KEY = /^[ \t]*(date|title|source|url|outlet|publisher|author)[ \t]*:?[ \t]+/i;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\b/;

/** Reads the leading `key value` lines of an article file. The date may share its line with
 *  the first sentence of the body (` date 2025-12-04 After their…`), so a date value is only
 *  the date itself and the body begins right after it. */
export function parseHeader(text: string): ParsedHeader {
  const meta: ParsedHeader["meta"] = {};
  let pos = 0;
  for (;;) {
    const rest = text.slice(pos, pos + 2000);
    const m = KEY.exec(rest);
    if (!m) break;
    const key = m[1].toLowerCase();
    const valueStart = pos + m[0].length;
    const lineEnd = indexOfLineEnd(text, valueStart);
    const line = text.slice(valueStart, lineEnd);
    if (key === "date") {
      if (meta.date !== undefined) break;
      const iso = ISO_DAY.exec(line);
      if (iso && line.slice(iso[0].length).trim()) {
        meta.date = iso[1];
        pos = valueStart + iso[0].length;
        pos += /^[ \t]*/.exec(text.slice(pos))![0].length;
        break; // the body goes on on this line
      }
      meta.date = line.trim();
    } else {
      const field = key === "url" ? "source" : key === "publisher" ? "outlet" : key === "author" ? undefined : (key as "title" | "source" | "outlet");
      const value = line.trim();
      const plausible = key === "source" || key === "url" ? /^\S+$/.test(value) : value.length > 0 && value.length <= 300;
      if (!plausible) break;
      if (field) {
        if (meta[field] !== undefined) break;
        meta[field] = value;
      }
    }
    pos = skipLineBreak(text, lineEnd);
  }
  if (pos > 0) while (pos < text.length && /[\r\n]/.test(text[pos])) pos++;
  return { meta, bodyStart: pos };
}

function indexOfLineEnd(text: string, from: number): number {
  const n = text.indexOf("\n", from);
  const r = text.indexOf("\r", from);
  const ends = [n, r].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

function skipLineBreak(text: string, at: number): number {
  if (text[at] === "\r" && text[at + 1] === "\n") return at + 2;
  return at < text.length ? at + 1 : at;
}
