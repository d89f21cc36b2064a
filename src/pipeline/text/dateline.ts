/** A wire dateline opening the copy: "SANTIAGO (Reuters) -", "BEAUFORT, S.C. —",
 *  "WASHINGTON, March 3 (AP) —", "LONDON, Dec 3 /PRNewswire/ --", "OSLO, May 3. /NTB/. ",
 *  "Nairobi (AFP) -". */
export interface Dateline {
  /** The place in capitals, as written: "BEAUFORT", "RIO DE JANEIRO". */
  place: string;
  /** What follows the place before any date: "S.C.", "Chile". */
  region?: string;
  /** The date as written: "March 3", "Dec 3, 2024". */
  date?: string;
  /** The agency in brackets or between slashes: "Reuters", "PRNewswire". */
  agency?: string;
  /** Offset just past the dash and the space after it, where the copy starts. */
  end: number;
}

// Every repetition is bounded and every two neighbours are told apart by a character only one
// of them takes (a place word is capitals, words are split by whitespace, each optional part
// opens with its own mark), so no text, however long its run of spaces or capitals, makes the
// engine try more than a few ways: a file must never hang the extractor (issue #15).
const WORD = String.raw`\p{Lu}[\p{Lu}.'’\-]{0,30}`;
const REGION_WORD = String.raw`\p{Lu}[\p{L}.'’]{0,20}`;
export const DATELINE = new RegExp(
  String.raw`^(?<place>${WORD}(?:\s{1,3}${WORD}){0,5})` +
    String.raw`(?:,\s{0,3}(?<region>${REGION_WORD}(?: ${REGION_WORD}){0,3})){0,2}` +
    String.raw`(?:,\s{0,3}(?<date>\p{L}{3,9}\.? \d{1,2}(?:,? \d{4})?)\.?)?` +
    String.raw`(?:\s{0,3}\((?<agency>[^)]{1,40})\))?` +
    String.raw`(?:\s{0,3}\/(?<wire>[^/]{1,30})\/)?` +
    // "— ", or, after an agency between slashes, a full stop: "BERLIN, May 3. /TASS/. "
    // (which may end the first sentence)
    String.raw`(?:\s{0,3}(?:--?|[—–])\s|(?<=\/)\.(?:\s|$))`,
  "u",
);

// "Nairobi (AFP) -", "Washington, DC, US (PANA) -": a place in title case is a dateline only
// with its agency in brackets and a capital after the dash, which no sentence opening has
const TITLE_WORD = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’\-]{0,29}`;
export const TITLE_DATELINE = new RegExp(
  String.raw`^(?<place>${TITLE_WORD}(?: ${TITLE_WORD}){0,2})` +
    String.raw`(?:,\s{0,3}(?<region>${REGION_WORD}(?: ${REGION_WORD}){0,3})){0,2}` +
    String.raw`\s{0,3}\((?<agency>\p{Lu}[^)]{0,39})\)\s{0,3}(?:--?|[—–])\s(?=\p{Lu})`,
  "u",
);

/** The dateline that opens `text`, or null. A lone capital ("A — ") is no place. */
export function matchDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text) ?? TITLE_DATELINE.exec(text);
  if (!m?.groups || m.groups.place.length < 2) return null;
  const { place, region, date, agency, wire } = m.groups;
  return { place, region, date, agency: agency ?? wire, end: m[0].length };
}
