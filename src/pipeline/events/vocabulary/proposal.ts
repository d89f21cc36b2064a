import type { KindSenses } from "./senses";

// An offer or proposal, and its rejection.
export const senses: KindSenses = {
  kind: "proposal",
  synsets: [
    { sense: "propose.v.01", why: "'make a proposal, declare a plan for something' (propose, suggest); brings 'proposal', 'suggestion'" },
    { sense: "propose.v.02", why: "'present for consideration' (propose, project)" },
    { sense: "offer.v.02", why: "'present for acceptance or rejection' (offer, proffer); brings 'offer'" },
    { sense: "offer.v.07", why: "'propose a payment' (offer, bid, tender); brings 'bid', 'tender'" },
    { sense: "submit.v.01", why: "'refer for judgment or consideration' (a plan submitted); brings 'submission'" },
    { sense: "reject.v.02", why: "'refuse to accept' (refuse, reject, turn down, decline, pass up); brings 'rejection', 'refusal'" },
    { sense: "rebuff.v.01", why: "'reject outright and bluntly' (rebuff, snub)" },
    { sense: "proposal.n.01", why: "'something proposed (such as a plan)'" },
    { sense: "proposal.n.03", why: "'the act of making a proposal' (proposal, proposition)" },
  ],
  phrases: [
    { text: "put forward", why: "'put forward a plan'; WordNet files put_forward under 'submit' and 'nominate'" },
    { text: "table", why: "British parliamentary 'table a motion' (propose); WordNet's table.v.01 is the US 'postpone'" },
    { text: "unveil a plan", why: "a proposal made public" },
    { text: "counteroffer", why: "an offer answering an offer", pos: "noun" },
  ],
  exclude: [
    { form: "advise", why: "propose.v.01 lists it; advice is a statement", allForms: true },
    { form: "project", why: "propose.v.02 lists it; the noun (a project) swamps it", allForms: true },
    { form: "repel", why: "rebuff.v.01 lists it; attacks are repelled", allForms: true },
    { form: "suggest", why: "propose.v.01 lists it; in news 'suggests that' is inference", allForms: true },
    { form: "tender", why: "the adjective; tendered stays" },
    { form: "table", why: "the furniture; tabled/tabling stay" },
    { form: "tables", why: "as 'table'" },
    { form: "decline", why: "a fall in value ('a decline in sales'); declined stays" },
    { form: "declines", why: "as 'decline'" },
    { form: "declining", why: "mostly 'declining sales'" },
  ],
};
