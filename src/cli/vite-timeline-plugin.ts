import { randomBytes } from "node:crypto";
import { open, readFile, rename, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport, type Plugin, type ResolvedConfig } from "vite";

type ExtractModule = typeof import("./extract");
type ExplorerDataModule = typeof import("../model/explorer-data");
type CorrectionsModule = typeof import("../model/corrections");

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
const CORRECTIONS_MODULE = fileURLToPath(new URL("../model/corrections.ts", import.meta.url));
/** The corrections the extractor reads at the top of the folder (CORRECTIONS_FILE in
 *  src/model/corrections.ts, which this config-time module does not import: see extract()). */
const CORRECTIONS_FILE = "corrections.json";

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
  // what the server wrote to corrections.json lately, so that the watcher can tell its own
  // writes (nothing to do: the next extraction reads them) from an edit by hand (extract and
  // reload); noted before the write, since the watcher may hear of it before the write returns
  const written: string[] = [];
  // one write at a time, so that the last request's document is the one left on disk
  let writing: Promise<unknown> = Promise.resolve();

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
      const summary = [...module.formatReport(report, timeline).split("\n").slice(0, 2), ...(report.corrections ? [module.formatCorrections(report.corrections)] : [])].join("; ");
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
      const correctionsPath = join(dir, CORRECTIONS_FILE);
      const reextract = () => {
        pending = null;
        server.ws.send({ type: "full-reload", path: "*" });
      };
      const onFileChange = (path: string) => {
        if (path === correctionsPath) {
          // the server's own write is already taken into account; an edit by hand extracts again
          readFile(path, "utf8").then(
            (text) => written.includes(text) || reextract(),
            () => reextract(),
          );
          return;
        }
        const isArticle = path.startsWith(dir + sep) && /\.(?:txt|html?)$/i.test(path); // as read-articles.ts reads
        if (!isArticle && !extractorFiles.has(path)) return;
        reextract();
      };
      for (const change of ["add", "change", "unlink"] as const) server.watcher.on(change, onFileChange);

      // the page's corrections (src/model/corrections.ts): GET reads the folder's file, POST
      // replaces it, and the next extraction applies it
      const correctionsUrl = `${base}${CORRECTIONS_FILE}`;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split("?")[0] !== correctionsUrl) return next();
        if (req.method === "GET" || req.method === "HEAD") {
          readFile(correctionsPath, "utf8").then(
            (text) => answer(res, 200, text),
            (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? answer(res, 200, JSON.stringify({ version: 1, operations: [] })) : answer(res, 500, { error: `cannot read ${correctionsPath}: ${error.message}` })),
          );
          return;
        }
        if (req.method !== "POST") return answer(res, 405, { error: "use GET to read the corrections or POST to save them" }, { Allow: "GET, HEAD, POST" });
        const check = async (data: unknown) => (await runnerImport<CorrectionsModule>(CORRECTIONS_MODULE, { configFile: false, logLevel: "error", root: config.root })).module.checkCorrections(data);
        const saved = saveCorrections(req, correctionsPath, check, async (text) => {
          written.push(text);
          if (written.length > RECENT_WRITES) written.shift();
          const write = writing.then(() => writeAtomically(correctionsPath, text));
          writing = write.catch(() => {});
          await write;
          pending = null; // the next request for the timeline extracts with these corrections
        });
        saved.then(({ status, body }) => answer(res, status, body), (error: unknown) => answer(res, 500, { error: `cannot save ${correctionsPath}: ${error instanceof Error ? error.message : String(error)}` }));
      });

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

/** How many of its own writes the server remembers: the page saves one at a time, and the
 *  watcher hears of a write within a second. */
const RECENT_WRITES = 8;

/** The most a corrections document may weigh: thousands of operations are a few hundred KB. */
const MAX_CORRECTIONS_BYTES = 5 * 1024 * 1024;

/** Whether a request comes from a page of this server: its Origin is the server's own (Vite has
 *  already checked that the Host is one of its allowed hosts, so another site cannot pose as
 *  it through DNS), and a browser that says where a request comes from says "same-origin".
 *  Another page on localhost (another port) is another origin, and is refused. */
function isSameOrigin(headers: IncomingMessage["headers"]): boolean {
  const site = headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin") return false;
  const origin = headers.origin;
  if (!origin || !headers.host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === "http:" || url.protocol === "https:") && url.host === headers.host;
  } catch {
    return false;
  }
}

/** Checks a POSTed corrections document and, when it is sound, writes it with `write`: the
 *  status and the body to answer with. */
async function saveCorrections(
  req: IncomingMessage,
  path: string,
  check: (data: unknown) => Promise<ReturnType<CorrectionsModule["checkCorrections"]>>,
  write: (text: string) => Promise<void>,
): Promise<{ status: number; body: object }> {
  if (!isSameOrigin(req.headers)) {
    req.resume();
    return { status: 403, body: { error: "corrections are accepted only from the explorer's own page (the request's Origin is another site's, or missing)" } };
  }
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    req.resume();
    return { status: 415, body: { error: "send the corrections as JSON (Content-Type: application/json)" } };
  }
  const text = await readBody(req, MAX_CORRECTIONS_BYTES);
  if (text === null) return { status: 413, body: { error: `the corrections are over ${MAX_CORRECTIONS_BYTES / 1024 / 1024} MB; that is not a corrections document` } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { status: 400, body: { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})`, issues: [] } };
  }
  const checked = await check(data);
  if ("problems" in checked) return { status: 400, body: { error: checked.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; "), issues: checked.problems } };
  const saved = `${JSON.stringify(checked.corrections, null, 1)}\n`;
  await write(saved);
  return { status: 200, body: { saved: path, operations: checked.corrections.operations.length } };
}

/** The request's body as text, or null when it is larger than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolveBody(size > limit ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Writes a file so that it is never seen half-written, even after a crash: into a temporary
 *  file in the same folder (so that the rename does not cross file systems), flushed to disk,
 *  then renamed over the old one. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const file = await open(temporary, "w");
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function answer(res: ServerResponse, status: number, body: string | object, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}
