// The grammar around an event's words (its vocabulary is in kinds/ and vocabulary/): what makes
// a trigger no event, puts it in the future, or points it back to one told before.

/** Words just before a trigger that make it no event: negated, hypothetical or wished for. */
export const NOT_AN_EVENT = /\b(not|n[’']t|never|no|ready to|would|could|might|may|if|unless|whether|want to|wants to|wanted to|hope to|hopes to|willing to|refused to|refuses to|possible|potential|likely|try to|tries to)\s+(\w+\s+){0,2}$/i;

/** An if-clause still open before a trigger: "if the talks indicated an opening, …". */
export const CONDITIONAL = /\b(?:if|unless|whether)\b[^,;.]{0,80}$/i;

/** Words just before a trigger that put it in the future. */
export const FUTURE_BEFORE = /\b(will|shall|set to|plans? to|planning to|scheduled to|expected to|due to|intends? to|going to|preparing for|prepares for|upcoming|next)\s+(\w+[\s-]+){0,3}$|[’']ll\s+$/i;

/** A definite or possessive determiner before a meeting noun: it points back to one named earlier. */
export const ANAPHORIC = /\b(the|their|that|this|those|these|its|his|her|our)\s+([\w-]+\s+){0,2}$/i;

/** Present perfect ("has said", "have met"): true of the past, but of no particular day. */
export const PERFECT = /\b(has|have)\s+(\w+\s+)?$/i;

/** A sentence that names who took part in a meeting told just before: "accompanied by",
 *  "The delegation was led by …", "… also joined the delegation", "took part", "The delegation
 *  included …". */
export const PARTICIPATION = /\b(?:accompanied by|joined by|attended by|flanked by|(?:was|were) led by|headed by|also joined|joined the (?:delegation|talks|meeting|team)|took part|taking part|participated|(?:is|are|was|were) represented (?:at [^.,;]{1,40} )?by|(?:was|were) also present|(?:delegation|team|talks|negotiations)\s{1,3}(?:also\s{1,3})?included)\b/i;

/** A meeting's subject that points back to a group named before: "they", "their meeting",
 *  "the pair", "the two leaders", "both sides". */
export const GROUP_ANAPHOR = /\b(?:they|their|the pair|the two(?:\s{1,3}\w{1,20})?|both (?:sides|men|leaders|delegations)|the (?:sides|delegations|parties))\s{1,3}(?:\w{1,20}\s{1,3}){0,3}$/i;
