// Runs the ReDoS checker recheck on every regular expression whose pattern is known before the
// program runs: literals, and `new RegExp(...)` / `RegExp(...)` whose arguments ESLint can fold
// to a string (String.raw templates built from constants, as src/pipeline/dates does).
// eslint-plugin-redos checks only plain string arguments, and most of this project's longer
// patterns are composed, so this rule replaces it (issue #15: a file must never hang the extractor).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getStaticValue } from "@eslint-community/eslint-utils";
import { checkSync } from "recheck";

// The automaton checker only: its verdicts are proofs (a "vulnerable" comes with an attack string)
// and the same on every run. recheck's fuzzer, which it falls back to for lookarounds and large
// patterns, gave different verdicts from run to run here and flagged patterns that V8 runs in
// linear time, so it cannot gate CI. A pattern the automaton cannot take (a lookbehind, a
// backreference) or not within the time limit is left to eslint-plugin-regexp's
// no-super-linear-move and no-super-linear-backtracking, which read every pattern.
// The checker takes up to seconds a pattern: verdicts are kept between runs (a fresh install
// starts over).
const PARAMS = { checker: "automaton", timeout: 10_000 };
const { version } = createRequire(import.meta.url)("recheck/package.json");
const CACHE = join(dirname(fileURLToPath(import.meta.url)), "../node_modules/.cache/no-redos.json");
const settings = JSON.stringify({ version, ...PARAMS });
let verdicts = new Map();
try {
  const saved = JSON.parse(readFileSync(CACHE, "utf8"));
  if (saved.settings === settings) verdicts = new Map(Object.entries(saved.verdicts));
} catch {
  // no cache yet, or an unreadable one: check every pattern again
}
let unsaved = false;
function save() {
  try {
    mkdirSync(dirname(CACHE), { recursive: true });
    writeFileSync(CACHE, JSON.stringify({ settings, verdicts: Object.fromEntries(verdicts) }));
  } catch {
    // a read-only install: the next run checks again
  }
}
function verdict(source, flags) {
  const key = `/${source}/${flags}`;
  if (!verdicts.has(key)) {
    const { status, complexity, attack } = checkSync(source, flags, PARAMS);
    if (!unsaved) {
      unsaved = true;
      process.once("exit", save);
    }
    verdicts.set(key, { status, complexity, attack: attack && { string: attack.string } });
  }
  return verdicts.get(key);
}

/** @type {import("eslint").Rule.RuleModule} */
export default {
  meta: {
    type: "problem",
    docs: { description: "disallow regular expressions that recheck finds vulnerable to catastrophic backtracking (ReDoS)" },
    schema: [],
    messages: {
      vulnerable:
        "this pattern backtracks in {{summary}} time on input like {{attack}}: bound each repetition ({1,40}, not + or *) and make neighbouring parts take different characters",
    },
  },
  create(context) {
    const check = (node, source, flags) => {
      const result = verdict(source, flags);
      if (result.status === "vulnerable") {
        const attack = JSON.stringify(result.attack.string.slice(0, 40)) + (result.attack.string.length > 40 ? "…" : "");
        context.report({ node, messageId: "vulnerable", data: { summary: result.complexity.summary, attack } });
      }
    };
    const constructed = (node) => {
      if (node.callee.type !== "Identifier" || node.callee.name !== "RegExp" || node.arguments.length < 1) return;
      const scope = context.sourceCode.getScope(node);
      const source = getStaticValue(node.arguments[0], scope);
      const flags = node.arguments[1] ? getStaticValue(node.arguments[1], scope) : { value: "" };
      // a pattern only known at run time (an escaped word from a list) cannot be checked here
      if (typeof source?.value !== "string" || typeof flags?.value !== "string") return;
      check(node, source.value, flags.value);
    };
    return {
      Literal(node) {
        if (node.regex) check(node, node.regex.pattern, node.regex.flags);
      },
      NewExpression: constructed,
      CallExpression: constructed,
    };
  },
};
