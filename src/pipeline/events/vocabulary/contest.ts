import type { KindSenses } from "./senses";

// A match, game or race and its result: who beat whom, a win, a defeat, a draw. Sport is much of
// the news, and a result is a dated happening between two named sides.
export const senses: KindSenses = {
  kind: "contest",
  synsets: [
    { sense: "defeat.v.01", why: "'win a victory over' (beat, defeat, get the better of, overcome)" },
    { sense: "thrash.v.05", why: "'beat thoroughly and conclusively in a competition' (thrash, lick, clobber, trounce)" },
    { sense: "victory.n.01", why: "'a successful ending of a struggle or contest' (victory, triumph)" },
    { sense: "defeat.n.01", why: "'an unsuccessful ending to a struggle or contest' (defeat, licking)" },
    { sense: "draw.n.01", why: "'the finish of a contest in which the score is tied' (draw, standoff, tie)" },
  ],
  phrases: [
    { text: "beat", why: "'beat Harbour Town 2-1': WordNet files this 'beat' (come out better in a competition) beside its many senses of striking, so it is named alone" },
    { text: "win", why: "'United won 2-1': WordNet's win.v.01 is 'be the winner in a contest'; taken alone to keep its other lemmas out" },
    { text: "lose to", why: "'lost to Riverside': losing a match, where bare 'lose' is mostly losing something" },
    { text: "draw with", why: "'drew with Porto': a tied match; bare 'draw' is mostly drawing a picture or a conclusion" },
  ],
  exclude: [],
};
