import type { Mention } from "../mentions/find-mentions";

// Words that make a name a news outlet's ("the Baltic News agency", "the Business Times"), and the
// wire services that news copy credits by name alone. An outlet cited as a source ("according to
// Reuters") reports the words; it did not say them. General knowledge of the trade, not names
// taken from any article.
const OUTLET_WORDS = /\b(?:news|novosti|agency|agencies|times|post|journal|herald|gazette|tribune|telegraph|chronicle|daily|weekly|magazine|newspaper|radio|television|tv|broadcaster|channel|wire|press|media|outlet|website|report|reports|survey|analysis|data|filings?)\b/i;
const WIRE_SERVICES = new Set("reuters ap afp bloomberg tass interfax xinhua kyodo yonhap dpa ansa efe pti ani upi wsj nyt bbc cnn axios politico".split(" "));

/** Whether a name, with the words just before it, is a news outlet cited as a source. */
export function isNewsOutlet(m: Mention, wordsBefore: string): boolean {
  return WIRE_SERVICES.has(m.name.toLowerCase()) || OUTLET_WORDS.test(m.name) || OUTLET_WORDS.test(wordsBefore.slice(-25)) || OUTLET_WORDS.test(m.surface);
}
