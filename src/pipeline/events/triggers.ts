import type { EventType } from "../../model/timeline";

// The words that announce an event in news English, by the type of event they announce.
export const TRIGGERS: { type: EventType; pattern: RegExp }[] = [
  { type: "meeting", pattern: /\b(met|meet|meets|meeting|meetings|talks|summit|discussions?|held talks|sat down with|phone call|spoke by phone|video call|session|sessions|sitting|conference|town hall|convenes|convened)\b/gi },
  { type: "statement", pattern: /\b(said|says|say|told|tells|stressed|stresses|added|adding|announced|announces|announcing|wrote|writes|urged|urging|urges|warned|warns|warning|claimed|stated|stating|saying|address|addressed|addresses|reported|commented|mentioned|remarked|described|insisted|insists|noted|argued|declared|confirmed|confirms|denied|denies|posted|tweeted|speaking|speaks|spoke|replied|responded|emphasi[sz]ed|acknowledged|admitted|explained|vowed|pledged|promised|threatened|accused|criticized|criticised|praised|welcomed|called for|ruled out|reiterated|predicted|cautioned)\b/gi },
  { type: "resignation", pattern: /\b(resigned|resigns|stepped down|steps down|quit|quits)\b/gi },
  { type: "appointment", pattern: /\b(appointed|nominated|sworn in|was elected|were elected|named(?= (?:\p{Lu}|\w+ (?:as|to)\b)))/giu },
  { type: "military", pattern: /\b(captured|seized|taken control|took control|shelled|bombed|invaded|launched an? (offensive|attack|strike|assault)|shot down|withdrew troops|retook|recaptured)\b/gi },
  { type: "agreement", pattern: /\b(signed|reached an? (agreement|deal|accord|ceasefire)|struck an? (deal|agreement)|ratified)\b/gi },
  { type: "other", pattern: /\b(visited|visits|arrived in|travell?ed to|toured|elections?|referendum)\b/gi },
  // courts and police
  { type: "other", pattern: /\b(pleaded (not )?guilty|pleads (not )?guilty|(was|were) indicted|indicted|(was|were) charged with|(was|were) arrested|arrested|(was|were) convicted|convicted|(was|were) sentenced|sentenced|acquitted|sued|filed (a )?(lawsuit|suit)|filed for bankruptcy|declared bankruptcy|jury selection)\b/gi },
  // strikes and protests
  { type: "other", pattern: /\b(went on strike|walked out|walkout|began (a|their) strike|strike began|held a rally|rallied|protested|marched)\b/gi },
  // markets, companies, central banks
  { type: "other", pattern: /\b((held|left|kept) [\w ]{0,25}?rates? (unchanged|steady|on hold)|(raised|cut|lowered) (its |the )?(interest |benchmark )?rates?|agreed to (buy|acquire)|acquired|announced (a|an|the|its) (acquisition|merger|takeover))\b/gi },
  // accidents and disasters
  { type: "other", pattern: /\b(collapsed|exploded|crashed|flooded|(was|were) killed|killed|died|(was|were) injured)\b/gi },
];

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
 *  "The delegation was led by …", "… also joined the delegation", "took part". */
export const PARTICIPATION = /\b(?:accompanied by|joined by|attended by|flanked by|(?:was|were) led by|headed by|also joined|joined the (?:delegation|talks|meeting|team)|took part|taking part|participated|(?:was|were) represented by|(?:was|were) also present)\b/i;

/** A meeting's subject that points back to a group named before: "they", "their meeting",
 *  "the pair", "the two leaders", "both sides". */
export const GROUP_ANAPHOR = /\b(?:they|their|the pair|the two(?:\s{1,3}\w{1,20})?|both (?:sides|men|leaders|delegations)|the (?:sides|delegations|parties))\s{1,3}(?:\w{1,20}\s{1,3}){0,3}$/i;

/** Triggers that make an event only with a date of their own ("Sunday's election"), not as a
 *  passing topic ("topics including elections"). */
export const NEEDS_OWN_DATE = /^(elections?|referendum|session|sessions|sitting|conference)$/i;
