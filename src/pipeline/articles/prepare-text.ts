import type { Diagnostic } from "../../model/timeline";

/** The text the language stages read: the body with HTML markup blanked out character for
 *  character, so every offset still points into the body as stored. */
export interface PreparedText {
  readable: string;
  english: boolean;
  diagnostics: Diagnostic[];
}

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]{0,2000})?\/?>|<!--[\s\S]{0,20000}?-->|<!DOCTYPE[^>]{0,200}>/g;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]{0,2000}>[\s\S]{0,200000}?<\/\1\s*>/gi;
const ENGLISH = new Set("the of and to in a is that for on was with said by as at from his her he she it has have are were be this which an will their not but who after".split(" "));

/** [T1] HTML saved as text is read without its tags and scripts; [T2] an article that is not in
 *  English is kept but not read for events (the rules are English grammar). */
export function prepareText(path: string, body: string): PreparedText {
  const diagnostics: Diagnostic[] = [];
  let readable = body;
  const tags = body.match(TAG)?.length ?? 0;
  if (tags >= 3) {
    readable = readable.replace(SCRIPT_OR_STYLE, blank).replace(TAG, blank);
    diagnostics.push({ file: path, severity: "warning", message: `HTML markup found (${tags} tags); the tags were ignored for extraction and excerpts point into the file as saved. Save the article as plain text for cleaner excerpts` });
  }
  const words = readable.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.length < 40 || words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.08;
  if (!english) diagnostics.push({ file: path, severity: "warning", message: "this does not look like English, which is the only language Dateline reads; the article is kept, but no events were extracted from it" });
  return { readable, english, diagnostics };
}

const blank = (match: string) => match.replace(/[^\r\n]/g, " ");
