import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { build } from "vite";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface BuiltApp {
  url: string;
  close(): Promise<void>;
}

/** Builds the explorer with the project's Vite config (so the timeline plugin extracts the
 *  articles) into a temp folder and serves it over HTTP on a free port. */
export async function buildAndServe(articlesDir = "seeds"): Promise<BuiltApp> {
  const root = resolve(import.meta.dirname, "../..");
  const outDir = await mkdtemp(join(tmpdir(), "dateline-e2e-"));
  const before = process.env.ARTICLES_DIR;
  process.env.ARTICLES_DIR = resolve(root, articlesDir);
  try {
    await build({ root, configFile: join(root, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.ARTICLES_DIR;
    else process.env.ARTICLES_DIR = before;
  }
  const server = await serveFolder(outDir);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Serves a folder over HTTP on a free port of 127.0.0.1. */
export function serveFolder(folder: string): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = normalize(join(folder, path === "/" ? "index.html" : path));
    if (!file.startsWith(folder)) file = join(folder, "index.html");
    const found = await stat(file).then((s) => s.isFile(), () => false);
    if (!found) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((ready) => server.listen(0, "127.0.0.1", () => ready(server)));
}
