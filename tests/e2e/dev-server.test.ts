import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleTexts, ExplorerFile, toExplorerData } from "../../src/model/explorer-data";
import { parseTimeline } from "../../src/model/timeline";

// `npm start` is plain `vite`: the timeline plugin serves the extracted articles and, when an
// article is added or edited, extracts again and tells the page to reload.

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-articles-"));
  const [first] = (await readdir(join(root, "seeds"))).filter((f) => f.endsWith(".txt")).sort();
  await copyFile(join(root, "seeds", first), join(dir, first));
  process.env.ARTICLES_DIR = dir;
  try {
    server = await createServer({ root, configFile: join(root, "vite.config.ts"), logLevel: "silent", server: { port: 0, host: "127.0.0.1" } });
  } finally {
    delete process.env.ARTICLES_DIR;
  }
  await server.listen();
  base = server.resolvedUrls!.local[0];
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const articleIds = async () => ((await (await fetch(`${base}timeline.json`)).json()) as { articles: { id: string }[] }).articles.map((a) => a.id);

describe("the dev server's timeline", () => {
  it("serves the articles of ARTICLES_DIR as /timeline.json", async () => {
    const response = await fetch(`${base}timeline.json`);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await articleIds()).toHaveLength(1);
  });

  it("serves the explorer's two files made from the same extraction", async () => {
    const whole = parseTimeline(await (await fetch(`${base}timeline.json`)).json());
    const expected = toExplorerData(whole);
    expect(ExplorerFile.parse(await (await fetch(`${base}timeline.explorer.json`)).json())).toEqual(expected.timeline);
    expect(ArticleTexts.parse(await (await fetch(`${base}timeline.texts.json`)).json())).toEqual(expected.texts);
  });

  it("extracts again and asks the page to reload when an article is added", async () => {
    const reloads: unknown[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: { type: string }) => {
      if (payload.type === "full-reload") reloads.push(payload);
      return send(payload as never);
    }) as typeof server.ws.send;
    await writeFile(join(dir, "added.txt"), "date 2025-12-05\nVladimir Putin met Steve Witkoff in Moscow on Friday.\n");
    await expect.poll(() => reloads.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(articleIds, { timeout: 15_000 }).toContain("added");
  });
});
