import { relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin, type ResolvedConfig } from "vite";

type ExtractModule = typeof import("./extract");
type ExplorerDataModule = typeof import("../model/explorer-data");

/** The timeline document, and the explorer's two files made from it (see explorer-data.ts). */
interface Outputs {
  timeline: string;
  explorer: string;
  texts: string;
}

export interface TimelinePluginOptions {
  /** The folder of articles; defaults to $ARTICLES_DIR, then `seeds`, relative to the Vite root. */
  dir?: string;
  /** The file name the app fetches, relative to the base URL. */
  fileName?: string;
}

const EXTRACT_MODULE = fileURLToPath(new URL("./extract.ts", import.meta.url));
const EXPLORER_DATA_MODULE = fileURLToPath(new URL("../model/explorer-data.ts", import.meta.url));

/** Runs the extractor inside Vite: serves the timeline at /timeline.json, and the explorer's
 *  own copy of it at /timeline.explorer.json and /timeline.texts.json, in dev (extracting
 *  again and reloading the page when an article or the extractor's code changes) and emits it
 *  as an asset in a build, so `vite` and `vite build` need no separate extract step. */
export function timelinePlugin(options: TimelinePluginOptions = {}): Plugin {
  const fileName = options.fileName ?? "timeline.json";
  const stem = fileName.replace(/\.json$/i, "");
  const names: Record<keyof Outputs, string> = { timeline: fileName, explorer: `${stem}.explorer.json`, texts: `${stem}.texts.json` };
  let config: ResolvedConfig;
  let dir = "";
  // the extractor's own source files, learned from the last run: editing one re-extracts
  let extractorFiles = new Set<string>();
  // one extraction at a time; a change drops it and the next request starts anew
  let pending: Promise<Outputs> | null = null;
  let reportJson = "";

  const extract = () => {
    pending ??= (async () => {
      // loaded through Vite's module runner rather than bundled into the config: the extractor
      // is TypeScript with extensionless imports, and a fresh load picks up edits to it
      const runner = { configFile: false as const, logLevel: "error" as const, root: config.root };
      const { module, dependencies } = await runnerImport<ExtractModule>(EXTRACT_MODULE, runner);
      const split = await runnerImport<ExplorerDataModule>(EXPLORER_DATA_MODULE, runner);
      extractorFiles = new Set([EXTRACT_MODULE, ...dependencies, EXPLORER_DATA_MODULE, ...split.dependencies]);
      const { timeline, report } = await module.buildTimelineFromFolder(dir);
      reportJson = JSON.stringify(report, null, 1);
      const summary = module.formatReport(report, timeline).split("\n").slice(0, 2).join("; ");
      config.logger.info(`[timeline] ${relative(config.root, dir) || "."}: ${summary}`, { timestamp: true });
      for (const d of report.diagnostics) config.logger.warn(`[timeline] ${d.severity}: ${d.file}: ${d.message}`);
      const explorer = split.module.toExplorerData(timeline);
      return { timeline: JSON.stringify(timeline), explorer: JSON.stringify(explorer.timeline), texts: JSON.stringify(explorer.texts) };
    })();
    return pending;
  };

  return {
    name: "dateline:timeline",
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? process.env.ARTICLES_DIR ?? "seeds");
    },
    configureServer(server) {
      const base = config.base.replace(/\/?$/, "/");
      const urls = new Map<string, keyof Outputs>(Object.entries(names).map(([output, name]) => [`${base}${name}`, output as keyof Outputs]));
      server.watcher.add(dir);
      const onFileChange = (path: string) => {
        const isArticle = path.startsWith(dir + sep) && /\.(?:txt|html?)$/i.test(path); // as read-articles.ts reads
        if (!isArticle && !extractorFiles.has(path)) return;
        pending = null;
        server.ws.send({ type: "full-reload", path: "*" });
      };
      for (const change of ["add", "change", "unlink"] as const) server.watcher.on(change, onFileChange);

      server.middlewares.use((req, res, next) => {
        const output = urls.get(req.url?.split("?")[0] ?? "");
        if (!output) return next();
        extract().then(
          (outputs) => {
            const json = outputs[output];
            res.setHeader("Content-Type", "application/json; charset=utf-8");
            res.setHeader("Cache-Control", "no-store");
            res.end(json);
          },
          (error: unknown) => {
            pending = null; // the next request tries again, e.g. after the article is fixed
            const message = `The extractor failed on ${relative(config.root, dir) || dir}: ${error instanceof Error ? error.message : String(error)}`;
            config.logger.error(`[timeline] ${message}`);
            res.statusCode = 500;
            res.setHeader("Content-Type", "text/plain; charset=utf-8");
            res.end(message);
          },
        );
      });
    },
    buildStart() {
      if (config.command !== "build") return;
      // start extracting while the app bundles; generateBundle awaits the same promise and
      // reports its failure, this handler only keeps Node from calling it unhandled meanwhile
      extract().catch(() => {});
    },
    async generateBundle() {
      // a failed extraction fails the build: shipping the app without its data helps nobody
      const outputs = await extract();
      for (const [output, name] of Object.entries(names)) this.emitFile({ type: "asset", fileName: name, source: outputs[output as keyof Outputs] });
      // the run's report goes beside it, as `npm run extract` writes it (and public/ may hold a stale one)
      this.emitFile({ type: "asset", fileName: fileName.replace(/\.json$/i, "") + ".report.json", source: reportJson });
    },
  };
}
