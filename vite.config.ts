import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
// ".js" names the .ts file the TypeScript way; an extensionless path would make Vite warn that
// its coming native config loader will not resolve it
import { timelinePlugin } from "./src/cli/vite-timeline-plugin.js";
import { cspPlugin } from "./src/cli/vite-csp-plugin.js";
import { gazetteerPlugin } from "./src/cli/vite-gazetteer-plugin.js";

export default defineConfig({
  // the extractor runs inside Vite: seeds/ by default, or the folder named by ARTICLES_DIR
  // the built index.html carries a strict Content-Security-Policy (the dev server's does not)
  plugins: [react(), timelinePlugin(), cspPlugin(), gazetteerPlugin()],
  // the extractor's worker (src/app/add-articles) is a module, so that its gazetteer can be a
  // chunk of its own, loaded when a reader first adds an article
  worker: { format: "es", plugins: () => [gazetteerPlugin()] },
  // relative asset paths, so a build can be served from any folder
  base: "./",
  build: {
    // vis-timeline alone is ~500 kB minified; it is loaded once and cached
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    // extraction tests load the 135,000-place gazetteer once per file
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
