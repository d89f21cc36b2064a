import type { KindSenses } from "./senses";

// A deadline set, given or running out.
export const senses: KindSenses = {
  kind: "deadline",
  synsets: [
    { sense: "deadline.n.01", why: "'the point in time at which something must be completed'" },
    { sense: "ultimatum.n.01", why: "'a final peremptory demand'" },
    { sense: "expire.v.01", why: "'lose validity' (expire, run out); a deadline or truce expiring" },
  ],
  phrases: [
    { text: "set a deadline", why: "the deadline given" },
    { text: "issue an ultimatum", why: "the ultimatum given" },
    { text: "give until", why: "'gave them until Friday'" },
    { text: "cut-off date", why: "a deadline by another name", pos: "noun" },
  ],
  exclude: [
    { form: "run out", why: "expire.v.01 lists it; 'ran out of money'", allForms: true },
  ],
};
