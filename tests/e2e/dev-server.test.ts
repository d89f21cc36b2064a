import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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

/** Records the full reloads the server asks the page for, from now on. */
function recordReloads(): unknown[] {
  const reloads: unknown[] = [];
  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((payload: { type: string }) => {
    if (payload.type === "full-reload") reloads.push(payload);
    return send(payload as never);
  }) as typeof server.ws.send;
  return reloads;
}

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
    const reloads = recordReloads();
    await writeFile(join(dir, "added.txt"), "date 2025-12-05\nVladimir Putin met Steve Witkoff in Moscow on Friday.\n");
    await expect.poll(() => reloads.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(articleIds, { timeout: 15_000 }).toContain("added");
  });
});

// The page saves a reader's corrections beside the articles: a POST of the whole document to
// /corrections.json, accepted only from the page's own origin, written atomically, and applied
// by the next extraction.
describe("the dev server's corrections", () => {
  const post = (body: unknown, headers: Record<string, string> = { Origin: new URL(base).origin }) =>
    fetch(`${base}corrections.json`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const timeline = async () => parseTimeline(await (await fetch(`${base}timeline.json`)).json());
  const onDisk = () => readFile(join(dir, "corrections.json"), "utf8").catch(() => null);

  it("saves a document the schema takes beside the articles, and the next extraction applies it", async () => {
    const target = (await timeline()).events[0];
    await expect.poll(async () => (await fetch(`${base}timeline.json`)).ok).toBe(true);
    const reloads = recordReloads();
    const document = { version: 1, operations: [{ op: "hide-event", event: target.id, label: target.title, at: "2026-12-01T09:30:00Z" }] };
    const response = await post(document);
    expect(response.status).toBe(200);
    expect(JSON.parse((await onDisk())!)).toEqual(document);
    // written through a temporary file renamed over it, which is not left behind
    expect((await readdir(dir)).filter((f) => f.startsWith("corrections"))).toEqual(["corrections.json"]);
    await expect.poll(async () => (await timeline()).hiddenEvents?.map((e) => e.id), { timeout: 30_000 }).toEqual([target.id]);
    expect(await (await fetch(`${base}corrections.json`)).json()).toEqual(document);
    // its own write does not make the page reload (the page that saved knows), nor extract in a loop
    await new Promise((r) => setTimeout(r, 1500));
    expect(reloads).toEqual([]);
  });

  it("refuses a malformed document with the path of the bad entry, and keeps the saved one", async () => {
    const before = await onDisk();
    const response = await post({ version: 1, operations: [{ op: "set-event", event: "x", date: "2025-13-45" }] });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toMatch(/^operations\[0\]\.date: expected a calendar date/);
    expect(body.issues[0].path).toBe("operations[0].date");
    expect((await post("{ not json")).status).toBe(400);
    expect(await onDisk()).toBe(before);
  });

  it("refuses a document from another origin, or from no page at all", async () => {
    const before = await onDisk();
    const empty = { version: 1, operations: [] };
    const port = new URL(base).port;
    expect((await post(empty, { Origin: "https://example.com" })).status).toBe(403);
    expect((await post(empty, { Origin: `http://localhost:${Number(port) + 1}` })).status).toBe(403);
    expect((await post(empty, { Origin: new URL(base).origin, "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post(empty, {})).status).toBe(403);
    expect(await onDisk()).toBe(before);
  });

  it("extracts again and reloads the page when the file is edited by hand", async () => {
    const reloads = recordReloads();
    await writeFile(join(dir, "corrections.json"), JSON.stringify({ version: 1, operations: [] }));
    await expect.poll(() => reloads.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await timeline()).hiddenEvents, { timeout: 30_000 }).toBeUndefined();
  });
});
