import type { KindSenses } from "./senses";

// Someone given an office, post or job.
export const senses: KindSenses = {
  kind: "appointment",
  synsets: [
    { sense: "appoint.v.01", why: "'create and charge with a task or function' (appoint, name, nominate); brings 'appointment', 'nomination'" },
    { sense: "name.v.03", why: "'charge with a function; charge to be' ('She was named Head of the Committee')" },
    { sense: "nominate.v.02", why: "'nominate for appointment to an office' (nominate, propose)" },
    { sense: "designate.v.02", why: "'give an assignment to (a person) to a post' (designate, delegate, assign)" },
    { sense: "hire.v.01", why: "'engage or hire for work' (hire, engage, employ)" },
    { sense: "install.v.02", why: "'put into an office or a position'; brings 'installation'" },
    { sense: "swear_in.v.01", why: "'administer on oath to' (sworn in to an office)" },
    { sense: "elect.v.01", why: "'select by a vote for an office or membership'; also a vote trigger" },
    { sense: "confirm.v.04", why: "'support a person for a position' (the Senate confirmed the nominee)" },
  ],
  phrases: [
    { text: "take over as", why: "'took over as head coach': starting in a post" },
    { text: "take charge of", why: "'will take charge of the team': starting in a post" },
    { text: "take office", why: "the appointee's side of an appointment; not in WordNet" },
    { text: "take over as", why: "'took over as chief executive'" },
    { text: "tap", why: "headline verb for appointing ('tapped to lead'); WordNet's tap is knocking" },
  ],
  exclude: [
    { form: "constitute", why: "appoint.v.01 brings it; in news 'constitutes' means 'amounts to'", allForms: true },
    { form: "make", why: "name.v.03 brings 'make' ('was made head'), one of the commonest verbs", allForms: true },
    { form: "engage", why: "hire.v.01 brings it; mostly 'take part' ('engaged in talks')", allForms: true },
    { form: "engagement", why: "mostly diplomacy or marriage, not hiring", allForms: true },
    { form: "employ", why: "'employs 500 people' is a state, not an appointment", allForms: true },
    { form: "employment", why: "a state (the employment rate), not an appointment", allForms: true },
    { form: "assign", why: "tasks and blame are assigned more often than posts", allForms: true },
    { form: "assignment", why: "a task, not an appointment", allForms: true },
    { form: "delegate", why: "mostly the noun (a delegate) or delegating a task", allForms: true },
    { form: "delegation", why: "a group of people, not an act", allForms: true },
    { form: "electorate", why: "elect.v.01's derived noun: the voters, not the vote", allForms: true },
    { form: "election", why: "elect.v.01 brings it here; it is a vote-kind noun", allForms: true },
    { form: "propose", why: "nominate.v.02 brings it; proposing is the proposal kind", allForms: true },
    { form: "instal", why: "a British spelling whose regular inflection is wrong ('instaled'); 'install' covers it", allForms: true },
    { form: "name", why: "the noun (a name) swamps the verb; named/naming stay" },
    { form: "names", why: "as 'name'" },
    { form: "tap", why: "the noun (a tap, on tap) outnumbers the headline verb; tapped stays" },
    { form: "taps", why: "as 'tap'" },
  ],
};
