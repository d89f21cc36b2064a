import type { KindSenses } from "./senses";

// Someone going to a place: a visit, a trip, an arrival.
export const senses: KindSenses = {
  kind: "visit",
  synsets: [
    { sense: "visit.v.02", why: "'go to certain places' (visit, travel to)" },
    { sense: "visit.v.04", why: "'come to see in an official or professional capacity' (visit, inspect)" },
    { sense: "visit.v.03", why: "'pay a brief visit' (visit, call in); brings the noun 'visit'" },
    { sense: "travel.v.02", why: "'undertake a journey or trip' (travel, journey); brings 'journey', 'trip'" },
    { sense: "arrive.v.01", why: "'reach a destination' (arrive, get, come); brings 'arrival'" },
    { sense: "tour.v.01", why: "'make a tour of a certain place'" },
    { sense: "land.v.01", why: "'reach or come to rest' ('The plane landed in Istanbul')" },
    { sense: "touch_down.v.01", why: "'come or bring (a plane) to a landing'" },
    { sense: "fly.v.09", why: "'travel in an airplane'" },
  ],
  phrases: [
    { text: "fly to", why: "the destination makes fly a visit; fly alone is mostly other senses" },
    { text: "head to", why: "'headed to Kyiv': a trip under way" },
    { text: "state visit", why: "a visit by a head of state", pos: "noun" },
  ],
  exclude: [
    { form: "call", why: "visit.v.03 lists 'call'; far too common", allForms: true },
    { form: "call in", why: "'called in the army': not a visit", allForms: true },
    { form: "get", why: "arrive.v.01 lists 'get', one of the commonest verbs", allForms: true },
    { form: "come", why: "arrive.v.01 lists 'come'; 'came under fire', 'comes as'", allForms: true },
    { form: "set down", why: "land.v.01 lists it; mostly 'set down rules'", allForms: true },
    { form: "visitation", why: "a custody right or a calamity, not a visit", allForms: true },
    { form: "land", why: "the noun (land) swamps the verb; landed/landing stay" },
    { form: "lands", why: "as 'land'" },
    { form: "fly", why: "the noun (a fly) and 'fly a flag'; flew/flown stay" },
    { form: "flies", why: "as 'fly'" },
  ],
};
