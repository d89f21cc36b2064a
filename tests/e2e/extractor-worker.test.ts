import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddedFile, FromExtractor } from "../../src/app/add-articles/protocol";
import { gazetteerPlugin } from "../../src/cli/vite-gazetteer-plugin";
import { cspViolations, launchChromium, pageErrors, recordCspViolations, recordPageErrors } from "./chromium";
import { serveFolder } from "./built-app";

// The extractor's Web Worker in Chromium, built as the app builds it (a module worker, its
// compact gazetteer a chunk of its own), under the app's Content-Security-Policy.
const root = resolve(import.meta.dirname, "../..");
let outDir: string;
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "dateline-worker-"));
  await build({
    root: join(root, "tests/fixtures/extractor-worker"), configFile: false, base: "./", logLevel: "warn",
    plugins: [gazetteerPlugin()], worker: { format: "es", plugins: () => [gazetteerPlugin()] },
    build: { outDir, emptyOutDir: true },
  });
  server = await serveFolder(outDir);
  browser = await launchChromium();
  const context = await browser.newContext();
  await recordCspViolations(context);
  page = await context.newPage();
  recordPageErrors(page);
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  await rm(outDir, { recursive: true, force: true });
});

const extract = (files: { name: string; text: string }[]) =>
  page.evaluate(
    (files) => (window as unknown as { extract(f: AddedFile[]): Promise<FromExtractor[]> }).extract(files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }))),
    files,
  );

describe("the extractor worker in Chromium", () => {
  it("reads a text file and a saved web page, names a file it cannot read, and breaks no policy", async () => {
    const answers = await extract([
      { name: "talks.txt", text: "date 2025-12-04\nOdile Varnac met Teodor Blask in Lisbon on Tuesday, the ministry said." },
      { name: "news-site.html", text: readFileSync(join(root, "tests/fixtures/web-pages/news-site.html"), "utf8") },
      { name: "login-wall.html", text: readFileSync(join(root, "tests/fixtures/web-pages/login-wall.html"), "utf8") },
    ]);
    const read = answers.flatMap((m) => (m.type === "read" ? [m.result] : []));
    expect(answers.map((m) => m.type)).toEqual(["loading-places", "reading", "read", "reading", "read", "reading", "read", "done"]);
    expect(read[0]).toMatchObject({ article: { id: "talks", published: "2025-12-04" }, events: [{ type: "meeting", date: "2025-12-02" }] });
    expect(read[1]).toMatchObject({ article: { id: "news-site", outlet: "The Morrow Ledger", text: expect.stringMatching(/^Odile Varnac, the foreign minister/) } });
    expect(read[2]).toMatchObject({ file: "login-wall.html", skipped: true, message: expect.stringMatching(/^skipped: no article found in this web page/) });
    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("ships the worker and its gazetteer as two chunks, about 0.9 MB gzipped in all", () => {
    const assets = readdirSync(join(outDir, "assets"));
    const gzipped = (prefix: string) => gzipSync(readFileSync(join(outDir, "assets", assets.find((f) => f.startsWith(prefix))!))).length;
    expect(gzipped("extractor.worker-")).toBeLessThan(400_000);
    expect(gzipped("compact-gazetteer-")).toBeLessThan(600_000);
  });
});
