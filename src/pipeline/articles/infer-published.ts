import type { DateExpression } from "../dates/find-date-expressions";

export interface PublicationGuess {
  date: string;
  evidence: string;
}

/** [P1] With no date header, an article dates itself by the latest full date it states outside
 *  a future clause (a byline, an embedded post's date, "on Tuesday (12/2)" with its year
 *  known). Expressions are read without a reference date, so only stated years count. */
export function inferPublished(expressions: DateExpression[]): PublicationGuess | null {
  const full = expressions.filter((e) => e.precision === "day" && e.kind === "stated" && !e.future);
  if (!full.length) return null;
  const latest = full.reduce((a, b) => (b.value > a.value ? b : a));
  const agreeing = full.filter((e) => e.value === latest.value).map((e) => e.text);
  return { date: latest.value, evidence: [...new Set(agreeing)].join("; ") };
}
