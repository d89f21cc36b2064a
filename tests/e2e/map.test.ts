import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium } from "./chromium";
import { axeViolations, closeChecked, openChecked } from "./checked-page";

const SHOTS = resolve(import.meta.dirname, "../../test-results");
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** The budget for the JavaScript of the first load. */
const FIRST_LOAD_BUDGET = 250_000;

let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  app = await buildAndServe("seeds");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A page in a fresh context, recording page errors, CSP violations and every request. */
async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<{ page: Page; requests: string[] }> {
  const requests: string[] = [];
  const page = await openChecked(browser, `${app.url}${path}`, options, (page) => void page.on("request", (request) => requests.push(request.url())));
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return { page, requests };
}

/** The place named by the most events, and how many. */
function busiestPlace() {
  const counts = new Map<string, number>();
  for (const e of data.events) for (const id of new Set(e.locationIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return { id, name: data.locations.find((l) => l.id === id)!.name, count };
}

const eventList = (page: Page) => page.getByRole("region", { name: "Event list" }).getByRole("listitem");

describe("the map in Chromium", () => {
  it("keeps the map's code out of the first load, which stays within the budget", async () => {
    const html = await (await fetch(app.url)).text();
    const scripts = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const src of scripts) {
      const code = await (await fetch(new URL(src, app.url))).text();
      expect(code, `${src} holds the world's outlines`).not.toContain("United States of America");
      gzipped += gzipSync(code).length;
    }
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it("opens from the view switch, filters by a place chosen on it, with no request off the page's origin", async () => {
    const { page, requests } = await open("");
    await page.getByRole("radiogroup", { name: "View" }).getByRole("radio", { name: "Map" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("map");
    const map = page.getByRole("region", { name: "Map" });
    await map.waitFor();

    const place = busiestPlace();
    const name = `${place.name}, ${place.count} ${place.count === 1 ? "event" : "events"}`;
    const button = map.getByRole("button", { name, exact: true }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.getAll("location")).toEqual([place.id]);
    // the list follows: the place's events, and the events in places inside it
    await expect.poll(() => eventList(page).count()).toBeGreaterThanOrEqual(place.count);
    await expect.poll(() => eventList(page).count()).toBeLessThan(data.events.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/map.png`, fullPage: true });
    expect(requests.filter((url) => !url.startsWith(app.url))).toEqual([]);
    await closeChecked(page);
  });

  it("pans with a drag and zooms with the wheel", async () => {
    const { page } = await open("?view=map");
    const map = page.getByRole("region", { name: "Map" });
    // the world's outlines move as one group: its transform is the map's pan and zoom
    const world = () => map.locator("svg > g").first().getAttribute("transform");
    const svgBox = (await map.locator("svg").boundingBox())!;
    const before = await world();
    await page.mouse.move(svgBox.x + 20, svgBox.y + 20);
    await page.mouse.down();
    await page.mouse.move(svgBox.x + 80, svgBox.y + 50, { steps: 5 });
    await page.mouse.up();
    await expect.poll(world).not.toBe(before);
    const dragged = await world();
    await page.mouse.move(svgBox.x + svgBox.width / 2, svgBox.y + svgBox.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(world).not.toBe(dragged);
    expect(Number(/scale\(([\d.]+)\)/.exec((await world())!)![1])).toBeGreaterThan(Number(/scale\(([\d.]+)\)/.exec(dragged!)![1]));
    await closeChecked(page);
  });

  it("is axe clean in dark, and fits a phone's width", async () => {
    for (const colorScheme of ["dark"] as const) {
      const { page } = await open("?view=map", { ...DESKTOP, colorScheme });
      await page.getByRole("region", { name: "Map" }).waitFor();
      expect(await axeViolations(page), colorScheme).toEqual([]);
      await closeChecked(page);
    }
    const { page } = await open("?view=map", PHONE);
    const map = page.getByRole("region", { name: "Map" });
    await map.waitFor();
    const box = await map.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/map-phone.png`, fullPage: true });
    await closeChecked(page);
  });
});
