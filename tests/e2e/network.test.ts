import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import axe from "axe-core";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { cspViolations, launchChromium, pageErrors, recordCspViolations, recordPageErrors } from "./chromium";

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
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  await recordCspViolations(context);
  const page = await context.newPage();
  recordPageErrors(page);
  await page.goto(`${app.url}${path}`);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return page;
}

async function close(page: Page) {
  const violations = await cspViolations(page);
  await page.context().close();
  expect(violations, "Content-Security-Policy violations").toEqual([]);
  expect(pageErrors(page), "errors in the page").toEqual([]);
}

async function axeViolations(page: Page) {
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
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
    await close(page);
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
    await close(page);
  });
});
