import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Corrections } from "../../src/model/corrections";
import { parseTimeline } from "../../src/model/timeline";
import { launchChromium, pageErrors, recordPageErrors } from "./chromium";

// Under `npm start` a correction made in the page is written beside the articles, and the next
// extraction applies it: the page, the dev server and the extractor together, in Chromium.

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let server: ViteDevServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-dev-corrections-"));
  await cp(join(root, "seeds"), dir, { recursive: true });
  process.env.ARTICLES_DIR = dir;
  try {
    server = await createServer({ root, configFile: join(root, "vite.config.ts"), logLevel: "silent", server: { port: 0, host: "127.0.0.1" } });
  } finally {
    delete process.env.ARTICLES_DIR;
  }
  await server.listen();
  base = server.resolvedUrls!.local[0];
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("correcting under npm start", () => {
  it("writes the page's corrections to corrections.json beside the articles, and the next extraction applies them", async () => {
    const before = parseTimeline(await (await fetch(`${base}timeline.json`)).json());
    const target = before.events[0];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    recordPageErrors(page);
    await page.goto(`${base}?event=${encodeURIComponent(target.id)}`);
    await page.getByRole("region", { name: "Event details" }).getByRole("button", { name: "Hide", exact: true }).click();
    await expect
      .poll(() => page.getByRole("region", { name: "Your corrections" }).getByRole("status").textContent(), { timeout: 30_000 })
      .toMatch(/beside the articles/);

    const onDisk = Corrections.parse(JSON.parse(await readFile(join(dir, "corrections.json"), "utf8")));
    expect(onDisk.operations).toEqual([expect.objectContaining({ op: "hide-event", event: target.id })]);
    const after = parseTimeline(await (await fetch(`${base}timeline.json`)).json());
    expect(after.events.map((e) => e.id)).not.toContain(target.id);
    expect(after.hiddenEvents?.map((e) => e.id)).toEqual([target.id]);
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  }, 180_000);
});
