import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium } from "./chromium";
import { axeViolations } from "./checked-page";

// The explorer on a corpus of a dozen articles (the held-out and unseen fixtures together),
// built and driven in Chromium: how many Tab presses the keyboard needs, what a laptop and a
// phone keep in view, and what prints.

const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = resolve(ROOT, "test-results");
const LAPTOP: BrowserContextOptions = { viewport: { width: 1400, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let corpus: string;
let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  corpus = await mkdtemp(join(tmpdir(), "dateline-dozen-"));
  for (const set of ["heldout", "unseen"]) await cp(resolve(ROOT, "tests/fixtures", set), join(corpus, set), { recursive: true });
  app = await buildAndServe(corpus);
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (corpus) await rm(corpus, { recursive: true, force: true });
});

async function open(path = "", options: BrowserContextOptions = LAPTOP): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return page;
}

const eventRows = (page: Page) => page.getByRole("region", { name: "Event list" }).getByRole("listitem");
const details = (page: Page) => page.getByRole("region", { name: "Event details" });

/** Where the focus is: inside which landmark or group, and the focused control's name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      inFilters: Boolean(el?.closest('aside[aria-label="Filters"]')),
      group: el?.closest("fieldset")?.querySelector("legend button")?.textContent ?? null,
      inEventList: Boolean(el?.closest("#event-list li")),
      tag: el?.tagName ?? "",
      type: (el as HTMLInputElement | null)?.type ?? "",
      name: el?.getAttribute("aria-label") ?? (el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? el?.textContent?.trim().slice(0, 40) ?? "",
    };
  });

/** The person in the most events. */
function busiestPerson() {
  const eventsOf = (id: string) => data.events.filter((e) => e.actorIds.includes(id));
  const person = data.actors.filter((a) => a.kind === "person").sort((a, b) => eventsOf(b.id).length - eventsOf(a.id).length)[0];
  return { person, events: eventsOf(person.id) };
}

describe("the keyboard on a dozen articles", () => {
  it("reaches the event list in one Tab from page load: 'Skip to events', then Enter", async () => {
    const page = await open();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "A", name: "Skip to events" });
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ inEventList: true });
    // the list's own keys work from there
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.previousElementSibling !== null)).toBe(true);
    await page.context().close();
  });

  it("crosses the whole filter panel in a few Tab presses: each picker is one stop", async () => {
    const page = await open();
    const stops: Awaited<ReturnType<typeof focused>>[] = [];
    let presses = 0;
    // Tab from page load until the focus leaves the filters, counting the stops inside them
    for (; presses < 200; presses++) {
      await page.keyboard.press("Tab");
      const at = await focused(page);
      if (at.inFilters) stops.push(at);
      else if (stops.length > 0) break;
    }
    const checkboxes = stops.filter((s) => s.type === "checkbox");
    expect(stops.length, JSON.stringify(stops.map((s) => s.name))).toBeLessThanOrEqual(10);
    // one checkbox stop: the event types'; the actor and place pickers are reached by their find boxes
    expect(checkboxes.map((s) => s.group)).toEqual(["Event types"]);
    expect(stops.filter((s) => s.name === "Find a name" || s.name === "Find a place")).toHaveLength(2);
    // and on to the event list
    for (; presses < 200 && !(await focused(page)).inEventList; presses++) await page.keyboard.press("Tab");
    // the timeline's controls and its tray of undated events come between (about a hundred
    // presses in all before the pickers were one stop each)
    expect(presses + 1).toBeLessThan(40);
    await page.context().close();
  });

  it("moves through a picker with the arrows, chooses with Space, and leaves it with one Tab", async () => {
    const page = await open();
    const { person } = busiestPerson();
    const actors = page.getByRole("group", { name: "Actors" });
    await actors.getByRole("searchbox", { name: "Find a name" }).focus();
    await page.keyboard.type(person.name);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ group: "Actors", type: "checkbox", name: person.name });
    await page.keyboard.press("Space");
    await expect.poll(() => new URL(page.url()).searchParams.getAll("actor")).toEqual([person.id]);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toMatchObject({ name: "Find a name" });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    const next = await focused(page);
    expect(next.group).not.toBe("Actors");
    // back with Shift+Tab lands on the choice last used, not the find box
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toMatchObject({ group: "Actors", type: "checkbox", name: person.name });
    await page.context().close();
  });
});

describe("places", () => {
  it("the place picker shows each place by its English name, under the country it lies in", async () => {
    const page = await open();
    const places = page.getByRole("group", { name: "Locations" });
    const geneva = data.locations.find((l) => l.aliases.includes("Geneva"));
    expect(geneva?.name).toBe("Geneva");
    expect(await places.getByRole("checkbox", { name: "Genève" }).count()).toBe(0);
    // nested lists are named for the place they are in
    const inSwitzerland = places.getByRole("list", { name: /^In .Switzerland.$/ });
    expect(await inSwitzerland.getByRole("checkbox", { name: "Geneva", exact: true }).count()).toBe(1);
    await page.context().close();
  });
});

describe("what stays in view", () => {
  it("at 1400×900 an opened event's details are in the window without scrolling the page", async () => {
    const inWindow = (page: Page) =>
      details(page).evaluate((panel) => {
        const box = panel.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 200;
      });
    const event = data.events[0];
    const page = await open(`?event=${encodeURIComponent(event.id)}`);
    await details(page).getByRole("heading", { name: event.title }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inWindow(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/laptop-details.png` });
    // and opened from the end of the list, scrolled down to it
    const last = eventRows(page).last().getByRole("button");
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await last.click();
    await expect.poll(() => details(page).getByRole("heading", { level: 3 }).textContent()).toBe(await last.evaluate((b) => b.querySelector(".event-row-title")!.textContent));
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(await inWindow(page)).toBe(true);
    await page.context().close();
  });

  it("on a 390×844 phone the result count stays in view after a filter changes", async () => {
    const page = await open("", PHONE);
    const { person, events } = busiestPerson();
    await page.getByRole("button", { name: "Show filters" }).click();
    const box = page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: person.name });
    await box.scrollIntoViewIfNeeded();
    await box.check();
    const count = page.getByRole("status").filter({ hasText: /events match/ });
    await expect.poll(() => count.textContent()).toBe(`${events.length} of ${data.events.length} events match`);
    expect(await count.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
    })).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-count.png` });
    await page.context().close();
  });
});

describe("printing", () => {
  it("prints the filtered list whole and the open event's details with every source, nothing clipped", async () => {
    const { person, events } = busiestPerson();
    const event = [...events].sort((a, b) => b.sources.length - a.sources.length)[0];
    const page = await open(`?actor=${encodeURIComponent(person.id)}&event=${encodeURIComponent(event.id)}`);
    await details(page).getByRole("heading", { name: event.title }).waitFor();
    await expect.poll(() => details(page).locator("mark").count()).toBe(event.sources.length);
    await page.emulateMedia({ media: "print" });

    // the controls and the chart stay on screen; what the filters chose prints in words
    expect(await page.getByRole("complementary", { name: "Filters" }).isVisible()).toBe(false);
    expect(await page.getByRole("region", { name: "Timeline" }).isVisible()).toBe(false);
    expect(await page.getByText(/^Filtered by /).textContent()).toContain(person.name);

    // every event of the list, and every excerpt of the open event, is on the page
    expect(await eventRows(page).count()).toBe(events.length);
    for (const row of await eventRows(page).all()) expect(await row.isVisible()).toBe(true);
    const excerpts = details(page).locator("mark");
    expect(await excerpts.allTextContents()).toEqual(event.sources.map((s) => s.text));
    for (const excerpt of await excerpts.all()) expect(await excerpt.isVisible()).toBe(true);

    // no box in the list or the details hides part of its content behind a scroll
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll("#event-list, #event-list *, [aria-labelledby='event-details-heading'], [aria-labelledby='event-details-heading'] *")]
        // (text only for screen readers is clipped on purpose, in print as on screen)
        .filter((el) => !el.classList.contains("visually-hidden"))
        .filter((el) => {
          const style = getComputedStyle(el);
          return style.overflowY !== "visible" && el.scrollHeight > el.clientHeight + 1;
        })
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(clipped).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });
    await page.context().close();
  });
});

describe("accessibility of the new pieces", () => {
  it("has no serious or critical axe violations in light and dark: marks in the list, nested places, the skip link, the phone's count", async () => {
    const place = data.locations.find((l) => l.within && data.events.some((e) => e.locationIds.includes(l.id)))!;
    const event = data.events.find((e) => e.locationIds.includes(place.id))!;
    for (const colorScheme of ["light", "dark"] as const) {
      const page = await open(`?q=${encodeURIComponent(place.name)}&event=${encodeURIComponent(event.id)}`, { ...LAPTOP, colorScheme });
      await page.getByRole("region", { name: "Event list" }).locator("mark").first().waitFor();
      await page.keyboard.press("Tab");
      expect(await axeViolations(page), `${colorScheme}, laptop`).toEqual([]);
      await page.context().close();
      const phone = await open("", { ...PHONE, colorScheme });
      await phone.getByRole("button", { name: "Show filters" }).click();
      expect(await axeViolations(phone), `${colorScheme}, phone`).toEqual([]);
      await phone.context().close();
    }
  });
});

