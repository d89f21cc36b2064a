import { senses } from "../vocabulary/appointment";
import type { EventKind } from "./kind";

// Being named to a post: the appointee and whoever appoints.
export const appointment: EventKind = { type: "appointment", senses, roles: "agent-patient", standaloneNouns: [],
  cues: [
    { lemma: "name", after: /^\s{1,3}(?:as|to|him|her|them)\b|^\s{1,3}(?:\p{Lu}[\p{L}’'.-]{0,30}\s{1,3}){1,4}(?:as|to)\b/u, why: "named to a post is 'named X as' or 'named to'; 'a man named X' gives a name" },
    { lemma: "confirm", after: /^\s{1,3}(?:as|to)\b|^\s{1,3}(?:\p{Lu}[\p{L}’'.-]{0,30}\s{1,3}){1,4}(?:as|to)\b/u, why: "confirmed in a post ('confirmed as'); 'confirmed that' is speech" },
  ],
};
