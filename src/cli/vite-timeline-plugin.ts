import { relative, resolve, sep } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

export interface TimelinePluginOptions {
  /** The folder of articles; defaults to $ARTICLES_DIR, then `seeds`, relative to the Vite root. */
  dir?: string;
  /** The file name the app fetches, relative to the base URL. */
  fileName?: string;
}

/** Runs the extractor inside Vite: serves the timeline at /timeline.json in dev (re-extracting
 *  and reloading the page when an article changes) and emits it as an asset in a build, so
 *  `vite` and `vite build` need no separate extract step. */
export function timelinePlugin(options: TimelinePluginOptions = {}): Plugin {
  const fileName = options.fileName ?? "timeline.json";
  let config: ResolvedConfig;
  let dir = "";
  // one extraction at a time; a change to an article drops it and the next request starts anew
  let pending: Promise<string> | null = null;

  const extract = () => {
    // imported on first use: the extractor and its gazetteer packages are heavy, and Vitest
    // loads this config too without ever asking for the timeline
    pending ??= import("./extract").then(async ({ buildTimelineFromFolder, formatReport }) => {
      const { timeline, report } = await buildTimelineFromFolder(dir);
      config.logger.info(`[timeline] ${relative(config.root, dir) || "."}: ${formatReport(report, timeline).split("\n").slice(0, 2).join("; ")}`, { timestamp: true });
      for (const d of report.diagnostics) config.logger.warn(`[timeline] ${d.severity}: ${d.file}: ${d.message}`);
      return JSON.stringify(timeline);
    });
    return pending;
  };

  return {
    name: "dateline:timeline",
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? process.env.ARTICLES_DIR ?? "seeds");
    },
    configureServer(server) {
      const url = `${config.base.replace(/\/?$/, "/")}${fileName}`;
      server.watcher.add(dir);
      const onArticleChange = (path: string) => {
        const inside = path.startsWith(dir + sep) && path.toLowerCase().endsWith(".txt");
        if (!inside) return;
        pending = null;
        server.ws.send({ type: "full-reload", path: "*" });
      };
      server.watcher.on("add", onArticleChange);
      server.watcher.on("change", onArticleChange);
      server.watcher.on("unlink", onArticleChange);

      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== url) return next();
        extract().then(
          (json) => {
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
    async generateBundle() {
      // a failed extraction fails the build: shipping an app without its data helps nobody
      this.emitFile({ type: "asset", fileName, source: await extract() });
    },
  };
}
