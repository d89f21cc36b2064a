import type { KindSenses } from "./senses";

// Leaving an office or post of one's own accord.
export const senses: KindSenses = {
  kind: "resignation",
  synsets: [
    { sense: "resign.v.02", why: "'give up or retire from a position' (leave office, quit, step down, resign); brings 'resignation'" },
    { sense: "resign.v.01", why: "'leave (a job, post, or position) voluntarily' (vacate, resign)" },
  ],
  phrases: [
    { text: "submit one's resignation", why: "the formal act, with any possessive ('submitted her resignation')" },
    { text: "tender one's resignation", why: "the formal act in older or British copy" },
    { text: "hand in one's resignation", why: "the informal form of the formal act" },
    { text: "announce one's resignation", why: "the resignation as news reports it" },
    { text: "stand down", why: "British for 'step down'; WordNet has it only as 'withdraw from a race'" },
  ],
  exclude: [
    { form: "renounce", why: "renouncing a claim or a faith, not an office", allForms: true },
    { form: "give up", why: "'gave up hope', 'gave up two goals': mostly not a resignation", allForms: true },
  ],
};
