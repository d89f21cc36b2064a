import type { KindSenses } from "./senses";

// Votes and elections.
export const senses: KindSenses = {
  kind: "vote",
  synsets: [
    { sense: "vote.v.01", why: "'express one's preference for a candidate or for a measure; cast a vote'; brings the noun 'vote'" },
    { sense: "ballot.v.01", why: "'vote by ballot'" },
    { sense: "elect.v.01", why: "'select by a vote for an office or membership'; brings 'election'" },
    { sense: "pass.v.03", why: "'make laws, bills, etc. or bring into effect by legislation' (pass, legislate); brings 'passage', 'legislation'" },
    { sense: "approve.v.01", why: "'give sanction to' (a chamber approving a bill); brings 'approval'" },
    { sense: "election.n.01", why: "'a vote to select the winner of a position or political office'" },
    { sense: "referendum.n.01", why: "'a legislative act referred for final approval to a popular vote'" },
    { sense: "recount.n.01", why: "'an additional count; especially of the votes in a close election'" },
  ],
  phrases: [
    { text: "vote down", why: "a measure defeated" },
    { text: "go to the polls", why: "an election day" },
    { text: "run-off", why: "a second round of an election", pos: "noun" },
    { text: "runoff", why: "a second round of an election", pos: "noun" },
  ],
  exclude: [
    { form: "electorate", why: "the voters, not the vote", allForms: true },
    { form: "legislature", why: "a body, not an act", allForms: true },
    { form: "o.k.", why: "approve.v.01 lists 'O.K.'; tokenized apart and informal", allForms: true },
    { form: "ok", why: "as 'o.k.'", allForms: true },
    { form: "okay", why: "as 'o.k.'", allForms: true },
    { form: "sanction", why: "approve.v.01 lists it; in news 'sanctions' are penalties", allForms: true },
    { form: "approbation", why: "a feeling, not a vote", allForms: true },
    { form: "passage", why: "a corridor or a text; the bill's passage is rare against those", allForms: true },
    { form: "pass", why: "far too general; passed stays" },
    { form: "passes", why: "as 'pass'" },
    { form: "passing", why: "as 'pass' (and 'passing away')" },
  ],
};
