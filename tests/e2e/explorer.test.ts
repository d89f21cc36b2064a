import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium } from "./chromium";
import { axeViolations, closeChecked, openChecked } from "./checked-page";

// End to end: the explorer built by `vite build` (the timeline plugin extracts seeds/), served
// over HTTP and driven in Debian's Chromium. Expectations are read from the built timeline.json,
// so they hold while the extractor improves.

const SHOTS = resolve(import.meta.dirname, "../../test-results");
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  app = await buildAndServe("seeds");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A page in a fresh context (no shared storage), failing the test on any page error or
 *  Content-Security-Policy violation. */
async function open(path = "", options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await openChecked(browser, `${app.url}${path}`, options);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return page;
}

const eventList = (page: Page) => page.getByRole("region", { name: "Event list" }).getByRole("listitem");
const details = (page: Page) => page.getByRole("region", { name: "Event details" });

/** The person in the most events, and those events' titles. */
function busiestPerson() {
  const people = data.actors.filter((a) => a.kind === "person");
  const eventsOf = (id: string) => data.events.filter((e) => e.actorIds.includes(id));
  const person = people.sort((a, b) => eventsOf(b.id).length - eventsOf(a.id).length)[0];
  return { person, titles: eventsOf(person.id).map((e) => e.title) };
}

describe("the explorer in Chromium", () => {
  it("shows every event: dated ones on the timeline and in the list, undated ones in the tray", async () => {
    const page = await open();
    const dated = data.events.filter((e) => e.date);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect.poll(() => timeline.locator(".vis-item.vis-box, .vis-item.vis-range").count()).toBe(dated.length);
    expect(await eventList(page).count()).toBe(data.events.length);
    const undated = data.events.filter((e) => !e.date);
    const tray = timeline.getByRole("region", { name: /Undated/ });
    for (const e of undated) await expect.poll(() => tray.getByRole("button", { name: e.title }).count()).toBe(1);
    // undated events come last in the list
    if (undated.length > 0) expect(await eventList(page).last().textContent()).toContain("Undated");
    await page.screenshot({ path: `${SHOTS}/desktop.png`, fullPage: true });
    await closeChecked(page);
  });

  it("fetches the timeline data once, beside the scripts: the app reads the preloaded response", async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(app.url);
    await page.getByRole("region", { name: "Event list" }).waitFor();
    expect(requests.filter((path) => path.endsWith("/timeline.explorer.json"))).toHaveLength(1);
    // asked for before the app's own script, not once it has run
    expect(requests.findIndex((path) => path.endsWith("/timeline.explorer.json"))).toBeLessThan(requests.findIndex((path) => /\/assets\/index-.*\.js$/.test(path)));
    await context.close();
  });

  it("filtering by a person leaves only that person's events", async () => {
    const page = await open();
    const { person, titles } = busiestPerson();
    await page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: person.name }).check();
    await expect.poll(() => eventList(page).count()).toBe(titles.length);
    const shown = await eventList(page).allTextContents();
    for (const title of titles) expect(shown.some((text) => text.includes(title))).toBe(true);
    expect(new URL(page.url()).searchParams.getAll("actor")).toEqual([person.id]);
    await expect.poll(() => page.locator(".timeline-chart .vis-item.vis-box, .timeline-chart .vis-item.vis-range").count()).toBe(data.events.filter((e) => e.date && e.actorIds.includes(person.id)).length);

    await page.getByRole("button", { name: "Clear all" }).click();
    await expect.poll(() => eventList(page).count()).toBe(data.events.length);
    await closeChecked(page);
  });

  it("opening an event shows its details with every excerpt marked, and Read in article opens the article at it", async () => {
    const page = await open();
    const event = [...data.events].sort((a, b) => b.sources.length - a.sources.length)[0];
    await eventList(page).filter({ hasText: event.title }).first().getByRole("button").click();
    await expect.poll(() => details(page).getByRole("heading", { name: event.title }).count()).toBe(1);
    const marks = await details(page).locator("mark").allTextContents();
    expect(marks).toEqual(event.sources.map((s) => s.text));
    expect(new URL(page.url()).searchParams.get("event")).toBe(event.id);
    await page.screenshot({ path: `${SHOTS}/desktop-details.png`, fullPage: false });

    const source = event.sources.at(-1)!;
    await details(page).getByRole("button", { name: "Read in article" }).last().click();
    const reader = page.getByRole("dialog");
    await reader.waitFor();
    const focus = reader.locator("mark.reader-focus");
    expect(await focus.textContent()).toBe(source.text);
    // scrolled into view inside the article's scrolling box
    await expect.poll(() => focus.evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const frame = mark.closest(".reader-text")!.getBoundingClientRect();
      return box.top >= frame.top - 1 && box.top < frame.bottom;
    })).toBe(true);
    await reader.getByRole("checkbox", { name: /Show every event span/ }).check();
    expect(await reader.locator("mark.event-span").count()).toBeGreaterThan(0);
    await reader.getByRole("checkbox", { name: /Show actor mentions/ }).check();
    await page.screenshot({ path: `${SHOTS}/desktop-reader.png` });
    await page.keyboard.press("Escape");
    await expect.poll(() => reader.isVisible()).toBe(false);
    // Escape closed the reader only; the details stay
    expect(await details(page).isVisible()).toBe(true);
    await closeChecked(page);
  });

  it("a shared URL reloads into the same view, and back/forward walk the filter history", async () => {
    const { person, titles } = busiestPerson();
    const event = data.events.find((e) => e.actorIds.includes(person.id))!;
    const query = `?actor=${encodeURIComponent(person.id)}&event=${encodeURIComponent(event.id)}`;
    const page = await open(query);
    const check = async () => {
      expect(await page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: person.name }).isChecked()).toBe(true);
      await expect.poll(() => eventList(page).count()).toBe(titles.length);
      await expect.poll(() => details(page).getByRole("heading", { name: event.title }).count()).toBe(1);
    };
    await check();
    await page.reload();
    await page.getByRole("region", { name: "Event list" }).waitFor();
    await check();

    const type = event.type;
    await page.getByRole("group", { name: "Event types" }).getByRole("checkbox").first().check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("type").length).toBe(1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("type").length).toBe(0);
    await check();
    await page.goForward();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("type").length).toBe(1);
    expect(type).toBeTruthy();
    await closeChecked(page);
  });

  it("works from the keyboard alone: search, move through the list, open and close details", async () => {
    const page = await open();
    // Tab from the top of the page to the search box
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent === "Search")) break;
    }
    const word = data.events[0].title.split(/\s+/).find((w) => w.length > 4) ?? data.events[0].title;
    await page.keyboard.type(word);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(word);
    const matching = await eventList(page).count();
    expect(matching).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Clear all" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => eventList(page).count()).toBe(data.events.length);

    // into the list: one Tab stop, arrows inside it
    await eventList(page).first().getByRole("button").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const third = await eventList(page).nth(2).getByRole("button").evaluate((b) => b.querySelector(".event-row-title")!.textContent);
    await expect.poll(() => details(page).getByRole("heading", { level: 3 }).textContent()).toBe(third);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const second = await eventList(page).nth(1).getByRole("button").evaluate((b) => b.querySelector(".event-row-title")!.textContent);
    await expect.poll(() => details(page).getByRole("heading", { level: 3 }).textContent()).toBe(second);
    await page.keyboard.press("Escape");
    await expect.poll(() => details(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.textContent)).toContain(second);

    // the chart takes the keyboard for zoom and pan
    const chart = page.getByRole("group", { name: "Timeline chart" });
    await chart.focus();
    const axisBefore = await chart.locator(".vis-time-axis.vis-foreground").textContent();
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await expect.poll(() => chart.locator(".vis-time-axis.vis-foreground").textContent()).not.toBe(axisBefore);
    await closeChecked(page);
  });

  it("has no serious or critical axe violations, in light and dark, with details and the reader open", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const event = data.events.find((e) => e.quotes.length > 0) ?? data.events[0];
      const page = await open(`?event=${encodeURIComponent(event.id)}`, { ...DESKTOP, colorScheme });
      await details(page).waitFor();
      expect(await axeViolations(page), `${colorScheme}, details open`).toEqual([]);
      await details(page).getByRole("button", { name: "Read in article" }).first().click();
      await page.getByRole("dialog").getByRole("checkbox", { name: /Show every event span/ }).check();
      await page.getByRole("dialog").getByRole("checkbox", { name: /Show actor mentions/ }).check();
      expect(await axeViolations(page), `${colorScheme}, reader open`).toEqual([]);
      if (colorScheme === "dark") await page.screenshot({ path: `${SHOTS}/desktop-dark-reader.png` });
      await closeChecked(page);
    }
  });

  it("fits a 390 px phone without horizontal scrolling, details opening as a sheet", async () => {
    const page = await open("", PHONE);
    // the chart is the widest part: measure once it is drawn
    await page.locator(".timeline-chart .vis-item.vis-box, .timeline-chart .vis-item.vis-range").first().waitFor({ state: "attached" });
    // a corpus this small is drawn event by event, so the legend has no entry for counts
    expect(await page.getByRole("list", { name: "Legend" }).getByText(/Too many to draw/).count()).toBe(0);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(await fits()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
    await page.getByRole("button", { name: "Show filters" }).click();
    expect(await fits()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-filters.png` });
    await eventList(page).nth(3).getByRole("button").click();
    await details(page).waitFor();
    expect(await fits()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/phone-details.png` });
    await closeChecked(page);
  });
});
