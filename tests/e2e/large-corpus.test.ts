import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate-corpus";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium } from "./chromium";

// The explorer on a corpus too large to draw event by event (the benchmark's synthetic
// articles): the chart shows counts per period, a click on one zooms into it, and an event
// chosen in the list is drawn and selected even where its neighbours are counted.

let dir: string;
let app: BuiltApp;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dateline-large-"));
  writeCorpus(dir, 150);
  app = await buildAndServe(dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  await page.goto(`${app.url}${path}`);
  await page.locator(".timeline-chart .vis-item").first().waitFor();
  return page;
}

const chart = (page: Page) => page.locator(".timeline-chart");

describe("a corpus of many events", () => {
  it("draws counts instead of hundreds of boxes, and a click on a count zooms into its period", async () => {
    const page = await open();
    const events = Number((await page.getByRole("status").filter({ hasText: /events/ }).first().textContent())?.match(/\d+/)?.[0]);
    expect(events).toBeGreaterThan(500);
    expect(await page.getByRole("list", { name: "Legend" }).getByText(/Too many to draw/).count()).toBe(1);
    const clusters = chart(page).locator(".vis-item.is-cluster");
    expect(await clusters.count()).toBeGreaterThan(0);
    expect(await chart(page).locator(".vis-item").count()).toBeLessThanOrEqual(200);
    // every label is a count, and the tooltip says what it counts
    const first = clusters.first();
    expect(await first.locator(".vis-item-content").textContent()).toMatch(/^[\d,]+$/);
    expect(await first.locator("[title]").first().getAttribute("title")).toMatch(/^[\d,]+ events in [^(]*\([^)]*\)\. Click or zoom in to see them\.$/);

    const before = await page.locator(".vis-time-axis .vis-text.vis-major").allTextContents();
    await first.click();
    // a narrower window: the axis labels change, and the view holds single events again
    await expect.poll(() => page.locator(".vis-time-axis .vis-text.vis-major").allTextContents()).not.toEqual(before);
    await expect.poll(() => chart(page).locator(".vis-item:not(.is-cluster)").count()).toBeGreaterThan(0);
    // a count is not an event: no details opened
    expect(new URL(page.url()).searchParams.get("event")).toBeNull();
    await page.close();
  });

  it("an event opened from the list is drawn and selected, even among counts", async () => {
    const page = await open();
    const list = page.getByRole("region", { name: "Event list" });
    const row = list.getByRole("listitem").nth(3).getByRole("button");
    await row.click();
    const id = new URL(page.url()).searchParams.get("event");
    expect(id).toBeTruthy();
    await expect.poll(() => chart(page).locator(".vis-item.vis-selected:not(.is-cluster)").count()).toBe(1);
    const title = await page.getByRole("region", { name: "Event details" }).getByRole("heading", { level: 3 }).textContent();
    expect(await chart(page).locator(".vis-item.vis-selected .vis-item-content").textContent()).toBe(title);
    await page.close();
  });
});
