import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";
import noRedos from "./eslint-rules/no-redos.js";

// The explorer's feature folders each stand alone; they share only the folders outside this
// list (timeline-data, explorer-url, events, ui) and are put together by App.tsx.
const FEATURES = ["timeline", "filters", "event-list", "event-details", "article-reader"];

/** A no-restricted-imports pattern for the folders `names`, reached by a relative path. */
const folders = (names, message) => ({ regex: `^(?:\\.\\./)+(?:${names.join("|")})(?:/|$)`, message });

export default defineConfig(
  { ignores: ["dist/", "scratch/", "test-results/", "public/", "coverage/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-misleading-capturing-group": "error",
      // a property named only to leave it out of the rest ("{ mentions: _, ...actor }") is used
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // the code that reads articles, which may be anything: no pattern in it may take more than
    // linear time (issue #15); the patterns in tests and bench read fixed text
    files: ["src/**/*.{ts,tsx}"],
    plugins: { local: { rules: { "no-redos": noRedos } } },
    rules: {
      "local/no-redos": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: { console: "readonly", process: "readonly" } },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  ...FEATURES.map((feature) => ({
    files: [`src/app/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [folders(FEATURES.filter((f) => f !== feature), `src/app/${feature} is a feature folder: it may use the shared folders (timeline-data, explorer-url, events, ui) but not another feature; move what both need into a shared folder`)],
      }],
    },
  })),
  {
    files: ["src/pipeline/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [
          folders(["app", "cli"], "src/pipeline runs in the CLI, in workers and inside Vite: it must not depend on the explorer (src/app) or the command line (src/cli); pass what it needs in as an argument"),
          { regex: `^(?:node:|(?:${builtinModules.join("|")})(?:/|$))`, message: "src/pipeline takes bytes and returns data, with no file system, process or network: do the Node.js part in src/cli and pass the result in" },
        ],
      }],
    },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [folders(["app", "pipeline"], "src/model is the timeline's schema, shared by the extractor and the explorer: it must not depend on either")],
      }],
    },
  },
);
