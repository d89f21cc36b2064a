import type { Line, LineKind } from "./split-sentences";

const COUNTER = /^(?:\d+\s*(?:of|\/)\s*\d+|\d+\s+(?:photos?|images?|pictures?|videos?|slides?))$/i;
// tried from the first digit of a number only: from each digit, a long number was read again and again
const TRAILING_COUNTER = /(?<!\d)\d+\s*of\s*\d+$/i;
const CREDIT_WORDS = /\b(?:getty images|getty|reuters|afp|ap photo|associated press|epa|efe|shutterstock|anadolu|alamy|press office|bulletin|handout|pool|photo(?:graph)?:|image:|credit:|picture:|via getty|courtesy|disclosure|file photo)\b|\/(?:getty|reuters|afp|ap|epa)\b/i;
// the spaces after the dash all go before the name: split every way, a long run was read again and again
const SIGNATURE = /^[–—-]\s*(?=[^\s()])[^()]{1,80}\(@\w{1,30}\)/;
const INTRODUCES_EMBED = /\b(?:wrote|posted|tweeted|shared|said on (?:x|twitter|social media|telegram|facebook|instagram))\b|:\s*$/i;
const ENDS_SENTENCE = /[.!?…"”’:)\]]$/;

/** Tells each line's role on the page. Photo counters ("3 of 6", "6 photos"), credits
 *  ("Getty Images", "Kremlin Press Office/Bulletin/Anadolu via Getty Images") and the signature
 *  of an embedded post are page debris; short lines without a full stop are headings or photo
 *  labels; a full line next to a credit is a caption (kept: it may state a dated event); the
 *  lines of an embedded post are quoted material, not the article's own narration. */
export function classifyLines(lines: Line[]): LineKind[] {
  const kinds: LineKind[] = lines.map((line) => {
    const text = line.text;
    const words = text.split(/\s+/).length;
    if (COUNTER.test(text)) return "counter";
    if (SIGNATURE.test(text)) return "signature";
    if (TRAILING_COUNTER.test(text) && words <= 12) return "credit";
    if (CREDIT_WORDS.test(text) && words <= 12 && !/[.!?]["”]?$/.test(text)) return "credit";
    if (!ENDS_SENTENCE.test(text) && words <= 12) return "heading";
    if (words <= 3) return "heading";
    return "body";
  });
  // a caption sits right above its credit or its "k of N" counter; "6 photos" opens a gallery
  const followsCaption = (i: number) => kinds[i] === "credit" || (kinds[i] === "counter" && /\bof\b|\//i.test(lines[i].text));
  lines.forEach((_, i) => {
    if (kinds[i] === "signature") {
      // the post's text stands right above its signature
      for (let j = i - 1, taken = 0; j >= 0 && taken < 3; j--, taken++) {
        if (kinds[j] !== "body" && kinds[j] !== "heading") break;
        if (taken > 0 && INTRODUCES_EMBED.test(lines[j].text)) break;
        // a post speaks in the first person; a line of narration above it is the article's own
        if (taken > 0 && !/\b(?:I|we|us|our|my|me)\b/i.test(lines[j].text)) break;
        kinds[j] = "embed";
      }
    }
  });
  lines.forEach((_, i) => {
    if ((kinds[i] === "body" || kinds[i] === "heading") && i + 1 < lines.length && followsCaption(i + 1)) kinds[i] = "caption";
  });
  return kinds;
}
