import type { Diagnostic } from "../../model/timeline";

/** The text the language stages read: the body with HTML markup blanked out character for
 *  character, so every offset still points into the body as stored. */
export interface PreparedText {
  readable: string;
  english: boolean;
  diagnostics: Diagnostic[];
}

// Markup is found by a scan, not by one pattern: a pattern that looks for the end of a comment or
// a script from every opening reads the rest of the file again for each opening, and a file of
// openings that never close took minutes (issue #15). The scan looks for each end once.
const OPENING = /<(?:\/?[a-zA-Z]|!--|!DOCTYPE)/g;
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]{0,2000})?\/?>/iy;
const DOCTYPE = /<!DOCTYPE[^>]{0,200}>/y;
const SCRIPT_OR_STYLE = /<(script|style)\b/iy;
const CLOSING: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
// the longest comment, script attributes and script taken as one
const MAX_COMMENT = 20_000;
const MAX_ATTRIBUTES = 2_000;
const MAX_SCRIPT = 200_000;

/** Where `find(from)`, the first place at or after `from`, is, for rising `from`: an answer
 *  that still lies ahead is kept, and none means none for any later `from` either. */
function nextFinder(find: (from: number) => number): (from: number) => number {
  let asked = -1;
  let at = -1;
  return (from) => {
    if (asked < 0 || (at >= 0 && at < from)) {
      asked = from;
      at = find(from);
    }
    return at;
  };
}

/** Tags, comments and doctypes, as [start, end) ranges in the order of the text. */
function findMarkup(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const commentEnd = nextFinder((from) => text.indexOf("-->", from));
  for (let pos = 0; ; ) {
    OPENING.lastIndex = pos;
    const m = OPENING.exec(text);
    if (!m) return ranges;
    const at = m.index;
    let end = -1;
    if (m[0] === "<!--") {
      const close = commentEnd(at + 4);
      if (close >= 0 && close - (at + 4) <= MAX_COMMENT) end = close + 3;
    } else {
      const sticky = m[0][1] === "!" ? DOCTYPE : TAG;
      sticky.lastIndex = at;
      if (sticky.test(text)) end = sticky.lastIndex;
    }
    if (end >= 0) ranges.push([at, end]);
    pos = end >= 0 ? end : at + 1;
  }
}

/** Script and style elements with their content, as [start, end) ranges. */
function findScripts(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const nextGt = nextFinder((from) => text.indexOf(">", from));
  const closers = Object.fromEntries(Object.entries(CLOSING).map(([name, closing]) => [name, nextFinder((from) => {
    closing.lastIndex = from;
    return closing.exec(text)?.index ?? -1;
  })]));
  for (let pos = text.indexOf("<"); pos >= 0; pos = text.indexOf("<", pos)) {
    SCRIPT_OR_STYLE.lastIndex = pos;
    const m = SCRIPT_OR_STYLE.exec(text);
    let end = -1;
    if (m) {
      const name = m[1].toLowerCase();
      const gt = nextGt(pos + m[0].length);
      const contentStart = gt + 1;
      const close = gt >= 0 && gt - (pos + m[0].length) <= MAX_ATTRIBUTES ? closers[name](contentStart) : -1;
      if (close >= 0 && close - contentStart <= MAX_SCRIPT) {
        CLOSING[name].lastIndex = close;
        CLOSING[name].exec(text);
        end = CLOSING[name].lastIndex;
      }
    }
    if (end >= 0) ranges.push([pos, end]);
    pos = end >= 0 ? end : pos + 1;
  }
  return ranges;
}

/** `text` with each range's characters but line breaks turned into spaces. */
function blank(text: string, ranges: [number, number][]): string {
  let out = "";
  let from = 0;
  for (const [start, end] of ranges) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    from = end;
  }
  return out + text.slice(from);
}

const ENGLISH = new Set("the of and to in a is that for on was with said by as at from his her he she it has have are were be this which an will their not but who after".split(" "));

/** [T1] HTML saved as text is read without its tags and scripts; [T2] an article that is not in
 *  English is kept but not read for events (the rules are English grammar). */
export function prepareText(path: string, body: string): PreparedText {
  const diagnostics: Diagnostic[] = [];
  let readable = body;
  const tags = findMarkup(body).length;
  if (tags >= 3) {
    readable = blank(readable, findScripts(readable));
    readable = blank(readable, findMarkup(readable));
    diagnostics.push({ file: path, severity: "warning", message: `HTML markup found (${tags} tags); the tags were ignored for extraction and excerpts point into the file as saved. Save the article as plain text for cleaner excerpts` });
  }
  const words = readable.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.length < 40 || words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.08;
  if (!english) diagnostics.push({ file: path, severity: "warning", message: "this does not look like English, which is the only language Dateline reads; the article is kept, but no events were extracted from it" });
  return { readable, english, diagnostics };
}
