import type { KindSenses } from "./senses";

// An agreement or deal reached, signed or ratified.
export const senses: KindSenses = {
  kind: "agreement",
  synsets: [
    { sense: "agree.v.02", why: "'consent or assent to a condition, or agree to do something'; brings 'agreement'" },
    { sense: "sign.v.02", why: "'approve and express assent' (sign, ratify); brings 'ratification'" },
    { sense: "sign.v.01", why: "'mark with one's signature' (sign a treaty); brings 'signature'" },
    { sense: "ink.v.01", why: "'append one's signature to' ('They inked the contract')" },
    { sense: "conclude.v.05", why: "'reach agreement on' ('concluded a cease-fire')" },
    { sense: "agreement.n.01", why: "'the statement of an exchange of promises' (agreement, understanding)" },
    { sense: "deal.n.02", why: "'an agreement between parties fixing obligations' (deal, bargain)" },
    { sense: "treaty.n.01", why: "'a written agreement between two states' (treaty, pact, accord)" },
    { sense: "truce.n.01", why: "'a state of peace agreed to between opponents' (truce, armistice, cease-fire)" },
  ],
  phrases: [
    { text: "initial", why: "'the agreement was initialed by the teams': agreeing a text before signing it; WordNet has 'initial' only as marking with initials" },
    { text: "reach a deal", why: "the commonest news form; WordNet has no verb for it" },
    { text: "reach an agreement", why: "as 'reach a deal'" },
    { text: "reach an accord", why: "as 'reach a deal'" },
    { text: "strike a deal", why: "WordNet files 'strike a bargain' under strike.v.22 'arrive at', which also brings 'struck' alone" },
    { text: "seal a deal", why: "the deal concluded" },
    { text: "clinch a deal", why: "the deal concluded" },
    { text: "agree on", why: "'agreed on a plan'" },
    { text: "ceasefire", why: "the closed spelling news uses; WordNet has 'cease-fire'", pos: "noun" },
    { text: "memorandum of understanding", why: "the formal name of a lesser agreement", pos: "noun" },
  ],
  exclude: [
    { form: "subscribe", why: "sign.v.01 brings it; subscriptions are to services", allForms: true },
    { form: "subscription", why: "as 'subscribe'", allForms: true },
    { form: "understanding", why: "agreement.n.01 lists it; mostly comprehension", allForms: true },
    { form: "bargain", why: "deal.n.02 lists it; in news a bargain is a cheap buy", allForms: true },
    { form: "sign", why: "the noun (a sign of) outnumbers the verb; signed/signing stay" },
    { form: "signs", why: "as 'sign'" },
  ],
};
