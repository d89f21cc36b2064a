import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { runnerImport, type Plugin, type ResolvedConfig } from "vite";

type LoadGazetteerModule = typeof import("./load-gazetteer");

const MODULE_ID = "virtual:dateline/compact-gazetteer";
const RESOLVED_ID = `\0${MODULE_ID}`;
const LOAD_GAZETTEER_MODULE = fileURLToPath(new URL("./load-gazetteer.ts", import.meta.url));

/** Makes the compact gazetteer (src/pipeline/places/compact-gazetteer.ts) from the installed
 *  data packages when the app is built or served, as the module `virtual:dateline/compact-gazetteer`.
 *  The extractor's Web Worker imports it dynamically, so it is a chunk of its own, downloaded
 *  only when a reader first adds an article. Given to the worker build too (`worker.plugins`). */
export function gazetteerPlugin(): Plugin {
  let config: ResolvedConfig;
  let json: Promise<string> | null = null;
  const build = () => {
    json ??= (async () => {
      // through Vite's module runner, as the timeline plugin loads the extractor: TypeScript
      // with extensionless imports, which the config's own bundle does not resolve
      const { module } = await runnerImport<LoadGazetteerModule>(LOAD_GAZETTEER_MODULE, { configFile: false, logLevel: "error", root: config.root });
      const text = module.compactGazetteerJson();
      const size = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
      config.logger.info(`[gazetteer] compact gazetteer: ${size(text.length)}, ${size(gzipSync(text).length)} gzipped`, { timestamp: true });
      return text;
    })();
    json.catch(() => (json = null));
    return json;
  };
  return {
    name: "dateline:gazetteer",
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // JSON.parse of one string is read faster than the same data as a JavaScript literal
      return `export default JSON.parse(${JSON.stringify(await build())});`;
    },
  };
}
