import type { DateExpression } from "../dates/find-date-expressions";
import { matchDateline } from "../text/dateline";

export interface PublicationGuess {
  date: string;
  evidence: string;
}

export interface LineDates {
  text: string;
  dates: DateExpression[];
}

const BYLINE = /^(?:published|updated|posted|last updated|first published)\b|\/(?:pr ?newswire|business ?wire|globe ?newswire)\//i;

/** [P1] With no date header, an article dates itself. A byline, a dateline or a line that is
 *  nothing but a date ("Wed 13 Nov 2024 17.48 GMT", "SAN FRANCISCO, May 6, 2024
 *  /PRNewswire/ --", "Published March 11, 2024") states when it was written; failing those,
 *  the latest full date the text states outside a future clause (an embedded post's date)
 *  does. Only dates with a stated year count: nothing else is known yet. */
export function inferPublished(lines: LineDates[]): PublicationGuess | null {
  const stated = (l: LineDates) => l.dates.filter((e) => e.precision === "day" && e.kind === "stated" && !e.future);
  for (const line of lines) {
    // a byline's date is when the piece was written, whatever tense follows it
    const [first] = line.dates.filter((e) => e.precision === "day" && e.kind === "stated");
    if (!first) continue;
    const rest = line.text.slice(0, first.start) + line.text.slice(first.end);
    const dateLine = rest.replace(/\b\d{1,2}[.:]\d{2}\b|\b(GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b|\b(mon|tue|wed|thu|fri|sat|sun)\w*\b|[^\p{L}]/giu, "").length <= 12;
    if (dateLine || ((BYLINE.test(line.text) || matchDateline(line.text)) && first.start < 60)) return { date: first.value, evidence: first.text };
  }
  const full = lines.flatMap(stated);
  if (!full.length) return null;
  const latest = full.reduce((a, b) => (b.value > a.value ? b : a));
  const agreeing = full.filter((e) => e.value === latest.value).map((e) => e.text);
  return { date: latest.value, evidence: [...new Set(agreeing)].join("; ") };
}
