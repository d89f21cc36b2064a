import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium } from "./chromium";
import { axeViolations, closeChecked, openChecked } from "./checked-page";

// The actor network in Chromium on the built explorer of seeds/: reached from the view switch,
// an actor chosen on it filters the list, a pair lists the events the two share.

const SHOTS = resolve(import.meta.dirname, "../../test-results");
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

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

async function open(path: string, options: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await openChecked(browser, `${app.url}${path}`, options);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return page;
}

/** The actor in the most events, and how many. */
function busiestActor() {
  const counts = new Map<string, number>();
  for (const e of data.events) for (const id of new Set(e.actorIds)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return { id, name: data.actors.find((a) => a.id === id)!.name, count };
}

describe("the actor network in Chromium", () => {
  it("opens from the view switch and filters by an actor chosen on it from the keyboard", async () => {
    const page = await open("");
    await page.getByRole("radiogroup", { name: "View" }).getByRole("radio", { name: "Network" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("network");
    const network = page.getByRole("region", { name: "Actor network" });
    await network.waitFor();

    const actor = busiestActor();
    const button = network.getByRole("button", { name: `${actor.name}, ${actor.count} ${actor.count === 1 ? "event" : "events"}`, exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.getAll("actor")).toEqual([actor.id]);
    await expect.poll(() => page.getByRole("region", { name: "Event list" }).getByRole("listitem").count()).toBe(actor.count);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/network.png`, fullPage: true });
    await closeChecked(page);
  });

  it("lists the events a pair shares", async () => {
    const page = await open("?view=network");
    const pairs = page.getByRole("region", { name: "Actor network" }).getByRole("list", { name: /Most connected pairs/ });
    const first = pairs.getByRole("button").first();
    const [, shared] = /, (\d+) shared events?$/.exec((await first.getAttribute("aria-label")) ?? (await first.textContent()) ?? "") ?? [];
    await first.click();
    const chosen = page.getByRole("region", { name: /: \d+ shared events?$/ });
    await chosen.waitFor();
    expect(await chosen.getByRole("link").count()).toBe(Number(shared));
    expect(await axeViolations(page)).toEqual([]);
    await closeChecked(page);
  });

  it("names a link of the diagram under the pointer and lists the pair's shared events when it is clicked", async () => {
    const page = await open("?view=network");
    const diagram = page.getByRole("group", { name: "Actors and their links" });
    await diagram.waitFor();
    // the pointer between two actors, where no actor is, until a link there is named: the
    // diagram hit-tests its links, which are drawn as a few paths, not one element each
    const centres = await diagram.getByRole("button").evaluateAll((actors) => actors.map((a) => a.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
    const label = page.locator(".network-link-hovered text");
    let target: { x: number; y: number } | undefined;
    for (let i = 0; i < centres.length && !target; i++) {
      for (let j = i + 1; j < centres.length && !target; j++) {
        const at = { x: (centres[i].x + centres[j].x) / 2, y: (centres[i].y + centres[j].y) / 2 };
        if (await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest(".network-actor"), at)) continue;
        await page.mouse.move(at.x, at.y);
        if ((await label.count()) > 0) target = at;
      }
    }
    expect(target, "a point on a link where no actor is").toBeDefined();
    expect(await label.textContent()).toMatch(/ and .+, \d+ shared events?$/);
    const [, pair, shared] = /^(.+), (\d+) shared events?$/.exec((await label.textContent())!)!;
    await page.mouse.click(target!.x, target!.y);
    const chosen = page.getByRole("region", { name: /: \d+ shared events?$/ });
    await chosen.waitFor();
    expect(await chosen.getByRole("link").count()).toBe(Number(shared));
    // the same pair is pressed in the list of pairs, which is the keyboard's way to it
    expect(await page.getByRole("button", { name: `${pair}, ${shared} shared event${shared === "1" ? "" : "s"}`, exact: true }).getAttribute("aria-pressed")).toBe("true");
    await closeChecked(page);
  });

  it("is axe clean in the dark and stacks its parts on a phone", async () => {
    const dark = await open("?view=network", { ...DESKTOP, colorScheme: "dark" });
    await dark.getByRole("group", { name: "Actors and their links" }).waitFor();
    expect(await axeViolations(dark)).toEqual([]);
    await dark.screenshot({ path: `${SHOTS}/network-dark.png`, fullPage: true });
    await closeChecked(dark);

    const phone = await open("?view=network", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const diagram = phone.getByRole("group", { name: "Actors and their links" });
    await diagram.waitFor();
    // nothing wider than the screen, and every actor a finger's target
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const boxes = await diagram.getByRole("button").evaluateAll((actors) => actors.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
    expect(Math.min(...boxes)).toBeGreaterThanOrEqual(16);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: `${SHOTS}/network-phone.png`, fullPage: true });
    await closeChecked(phone);
  });
});
