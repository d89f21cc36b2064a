import type { Mention } from "./find-mentions";

/** A mention as a later rule changed it, with that rule's short code added to its provenance
 *  ("resolve/surname-of", "describe/acronym"), so that a wrong actor can be traced to the rule
 *  that made it in one step. An empty code changes the mention and records nothing (a rule that
 *  only adds phrases). */
export function because(m: Mention, code: string, changes: Partial<Mention>): Mention {
  return { ...m, ...changes, rules: code ? [...(m.rules ?? []), code] : m.rules };
}
