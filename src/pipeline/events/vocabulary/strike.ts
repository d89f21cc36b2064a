import type { KindSenses } from "./senses";

// Labour action and protest.
export const senses: KindSenses = {
  kind: "strike",
  synsets: [
    { sense: "strike.v.07", why: "'stop work in order to press demands' (strike, walk out); brings 'walkout'" },
    { sense: "strike.n.01", why: "'a group's refusal to work in protest' (strike, work stoppage)" },
    { sense: "picket.v.01", why: "'serve as pickets or post pickets'" },
    { sense: "protest.v.02", why: "'express opposition through action or words' (protest, dissent); brings 'protest'" },
    { sense: "march.v.04", why: "'march in protest; take part in a demonstration' (demonstrate, march); brings 'demonstration'" },
    { sense: "boycott.v.01", why: "'refuse to sponsor; refuse to do business with'; brings 'boycott'" },
    { sense: "walkout.n.01", why: "'a strike in which the workers walk out'" },
  ],
  phrases: [
    { text: "go on strike", why: "the start of a strike" },
    { text: "stage a strike", why: "the strike as an act" },
    { text: "hold a rally", why: "a protest gathering; WordNet's rally verbs are 'muster' and 'recover'" },
    { text: "rally", why: "the noun: a protest gathering (WordNet's rally.n senses are mostly sport and markets)", pos: "noun" },
    { text: "sit-in", why: "a protest by occupation", pos: "noun" },
    { text: "hunger strike", why: "a protest by fasting", pos: "noun" },
    { text: "general strike", why: "a strike across trades", pos: "noun" },
  ],
  exclude: [
    { form: "resist", why: "protest.v.02 lists it; too general", allForms: true },
    { form: "dissent", why: "protest.v.02 lists it; mostly a judge's dissent", allForms: true },
    { form: "march", why: "the month; marched/marching stay" },
  ],
};
