import type { KindSenses } from "./senses";

// Being removed from a job or office by someone else.
export const senses: KindSenses = {
  kind: "dismissal",
  synsets: [
    { sense: "fire.v.04", why: "'terminate the employment of' (fire, dismiss, sack, give notice, force out)" },
    { sense: "oust.v.01", why: "'remove from a position or office' (oust, throw out, kick out, expel)" },
    { sense: "depose.v.01", why: "'force to leave (an office)' (depose, force out); brings 'deposition'" },
    { sense: "remove.v.02", why: "'remove from a position or an office'; brings 'removal'" },
  ],
  phrases: [
    { text: "relieve of one's duties", why: "'relieved of his duties'; WordNet has no sense for it" },
    { text: "relieve of one's command", why: "the military form of dismissal" },
    { text: "relieve of one's post", why: "the diplomatic form of dismissal" },
    { text: "dismissal", why: "dismiss.v.04 (fire) has no derived noun in WordNet", pos: "noun" },
    { text: "ouster", why: "the news noun for being ousted; WordNet lacks it", pos: "noun" },
    { text: "firing", why: "the act of firing someone; WordNet derives it only from shooting", pos: "noun" },
  ],
  exclude: [
    { form: "can", why: "fire.v.04's slang 'can' would make every modal a dismissal", allForms: true },
    { form: "displace", why: "'displaced people' in news are refugees", allForms: true },
    { form: "terminate", why: "contracts and programmes are terminated far more often than people", allForms: true },
    { form: "deposition", why: "depose.v.01 brings it; in news a deposition is sworn testimony", allForms: true },
    { form: "throw out", why: "'threw out the case', 'thrown out of court': mostly not a dismissal", allForms: true },
    { form: "fire", why: "the noun (a fire) swamps the verb; fired/firing stay" },
    { form: "fires", why: "as 'fire'" },
    { form: "sack", why: "the noun (a sack) outnumbers the verb; sacked stays" },
    { form: "sacks", why: "as 'sack'" },
  ],
};
