import { resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAndServe, type BuiltApp } from "./built-app";
import { cspViolations, launchChromium, pageErrors, recordCspViolations, recordPageErrors } from "./chromium";

// Adding articles through the "Add articles" control of the built explorer (seeds/), under its
// Content-Security-Policy: the extractor's worker reads them, their events join the shown ones,
// they are kept in IndexedDB across a reload, and one can be removed.
const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => resolve(root, "tests/fixtures/added-articles", name);
const hostile = (name: string) => resolve(root, "tests/fixtures/hostile", name);
// the seeds' meeting at the Kremlin on 2 December, which kremlin-talks.txt reports too
const KREMLIN_MEETING = "2025-12-02-meeting-8ce8ae9153";

let app: BuiltApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await buildAndServe("seeds");
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  await recordCspViolations(context);
  page = await context.newPage();
  recordPageErrors(page);
  await page.goto(app.url);
  await page.getByRole("region", { name: "Event list" }).waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const added = () => page.getByRole("list", { name: "Added articles" });
const rows = () => page.getByRole("region", { name: "Event list" }).getByRole("listitem").getByRole("button");

describe("adding articles in the built explorer", () => {
  it("adds a .txt and an .html article, marks their events, and merges a report of a shown event", async () => {
    await page.getByLabel("Add articles").setInputFiles([fixture("kremlin-talks.txt"), fixture("harbour-vote.html")]);
    await expect.poll(() => added().getByText("Added", { exact: true }).count(), { timeout: 30_000 }).toBe(2);
    // the harbour story is new: its events are the added article's alone
    await expect.poll(() => rows().filter({ hasText: /Ostrova|Holtberg/ }).filter({ hasText: "Added" }).count()).toBeGreaterThan(0);
    // the Kremlin story reports the seeds' meeting: one event, now with the added article among its sources
    await page.goto(`${app.url}?event=${KREMLIN_MEETING}`);
    const details = page.getByRole("region", { name: "Event details" });
    await expect.poll(() => details.getByText("Envoys leave Moscow without a deal").count(), { timeout: 30_000 }).toBe(1);
    expect(await details.locator(".source-title", { hasText: "Envoys leave Moscow without a deal" }).getByText("Added").count()).toBe(1);
    expect(await rows().filter({ hasText: "Added" }).filter({ hasText: /Putin/ }).count()).toBeGreaterThan(0);
  }, 90_000);

  it("keeps the added articles across a reload, and removes one", async () => {
    await page.reload();
    await expect.poll(() => added().getByText("Added", { exact: true }).count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => rows().filter({ hasText: /Ostrova|Holtberg/ }).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Remove harbour-vote.html" }).click();
    await expect.poll(() => rows().filter({ hasText: /Ostrova|Holtberg/ }).count(), { timeout: 30_000 }).toBe(0);
    expect(await added().getByText("kremlin-talks.txt").count()).toBe(1);
    await page.reload();
    await expect.poll(() => added().getByText("Added", { exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(await rows().filter({ hasText: /Ostrova|Holtberg/ }).count()).toBe(0);
  }, 90_000);

  it("keeps hostile text in an added article inert", async () => {
    await page.getByLabel("Add articles").setInputFiles([hostile("01_script_in_the_summit.txt"), hostile("02_image_that_errors.txt")]);
    await expect.poll(() => added().getByText("Added", { exact: true }).count(), { timeout: 30_000 }).toBe(3);
    const attack = rows().filter({ hasText: "<script>" }).first();
    await attack.click();
    await page.getByRole("region", { name: "Event details" }).getByRole("button", { name: /Read in article/ }).first().click();
    await page.getByRole("dialog").waitFor();
    const found = await page.evaluate(() => {
      const own = (s: HTMLScriptElement) => s.src !== "" && new URL(s.src).origin === location.origin && new URL(s.src).pathname.includes("/assets/");
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        scripts: [...document.querySelectorAll("script")].filter((s) => !own(s)).length,
        elements: document.querySelectorAll('img, iframe, object, embed, base, form, [src="x"], a[href^="javascript" i]').length,
        handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).length,
      };
    });
    expect(found).toEqual({ pwned: null, scripts: 0, elements: 0, handlers: 0 });
  }, 90_000);

  it("broke no policy and threw no error", async () => {
    expect(pageErrors(page) ?? []).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
