import type { KindSenses } from "./senses";

// Talks, negotiations, summits and calls between parties.
export const senses: KindSenses = {
  kind: "meeting",
  synsets: [
    { sense: "meet.v.02", why: "'get together socially or for a specific purpose' (meet, get together); brings 'meeting'" },
    { sense: "meet.v.05", why: "'collect in one place' (meet, gather, assemble); brings 'gathering'" },
    { sense: "confer.v.01", why: "'have a conference in order to talk something over' (confer, consult, confab)" },
    { sense: "consult.v.01", why: "'get or ask advice from' (consult, confer with); brings 'consultation'" },
    { sense: "negotiate.v.01", why: "'discuss the terms of an arrangement' (negotiate, talk terms); brings 'negotiation'" },
    { sense: "parley.v.01", why: "'discuss, as between enemies'" },
    { sense: "huddle.v.01", why: "'crowd or draw together'; in news, officials huddling to confer" },
    { sense: "convene.v.01", why: "'meet formally' (a council, a parliament)" },
    { sense: "convene.v.02", why: "'call together' (convene, convoke); brings 'convocation'" },
    { sense: "host.v.01", why: "'be the host of or for' (a leader hosting a counterpart)" },
    { sense: "talks.n.01", why: "'a discussion intended to produce an agreement' (negotiation, dialogue, talks)" },
    { sense: "negotiation.n.02", why: "'the activity or business of negotiating an agreement'" },
    { sense: "summit.n.03", why: "'a meeting of heads of governments' (summit, summit meeting)" },
    { sense: "discussion.n.02", why: "'an exchange of views on some topic'" },
    { sense: "conference.n.01", why: "'a prearranged meeting for consultation or exchange of information'" },
    { sense: "meeting.n.01", why: "'a formally arranged gathering'" },
    { sense: "phone_call.n.01", why: "'a telephone connection' (call, phone call, telephone call)" },
  ],
  phrases: [
    { text: "hold talks", why: "the commonest news form of meeting; WordNet has no verb for it" },
    { text: "sit down with", why: "'sat down with' a counterpart: a meeting, not a posture" },
    { text: "speak by phone", why: "a call between leaders, reported as 'spoke by phone'" },
    { text: "hold a meeting", why: "light verb + noun, the meeting itself" },
    { text: "video call", why: "a meeting held remotely; WordNet predates the term", pos: "noun" },
    { text: "video conference", why: "a meeting held remotely", pos: "noun" },
    { text: "town hall", why: "a public meeting held by an official", pos: "noun" },
  ],
  exclude: [
    { form: "gather", why: "'gathered evidence', 'gathering storm': mostly not a meeting", allForms: true },
    { form: "assemble", why: "'assembled the parts': mostly not a meeting", allForms: true },
    { form: "word", why: "discussion.n.02 lists 'word' ('a word with him'), far too common", allForms: true },
    { form: "give-and-take", why: "a manner of talking, not an event", allForms: true },
    { form: "convention", why: "also a treaty ('Geneva Convention') or a custom", allForms: true },
    { form: "call", why: "phone_call.n.01 brings bare 'call', which is mostly a demand or the verb", allForms: true },
    { form: "host", why: "the noun ('a host of', 'the host country') outnumbers the verb" },
  ],
};
