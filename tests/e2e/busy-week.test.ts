import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPE_LABELS, EVENT_TYPE_NOUNS } from "../../src/app/events/event-types";
import { formatDate } from "../../src/app/events/format-date";
import { MOST_ITEMS } from "../../src/app/timeline/level-of-detail";
import type { EventType, Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { BUSY_WEEK, busyWeekTimeline, serveTimeline } from "./busy-week";
import { launchChromium } from "./chromium";
import { closeChecked, openChecked } from "./checked-page";

// The chart on a busy week, in Chromium: a few hundred events in seven days, one day with more
// than the chart draws, a lone event a year later (tests/e2e/busy-week.ts makes them, served to
// the app built from seeds/ in place of its own data). Expectations are read from that data.

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  data = busyWeekTimeline();
  app = await buildAndServe("seeds");
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The explorer on the busy week at `path` (or, with `seeds`, on the articles it was built
 *  from), once the chart has drawn. */
async function open(path = "", options: BrowserContextOptions = DESKTOP, corpus: "busy week" | "seeds" = "busy week"): Promise<Page> {
  const page = await openChecked(browser, `${app.url}${path}`, options, (page) => (corpus === "busy week" ? serveTimeline(page, data) : undefined));
  await page.locator(".timeline-chart .vis-item:is(.vis-box, .vis-range)").first().waitFor();
  return page;
}

const chart = (page: Page) => page.getByRole("group", { name: "Timeline chart" });

/** The events the chart draws one by one (vis-timeline's boxes; count bars are ranges). */
const drawnEvents = (page: Page) => chart(page).locator(".vis-item.vis-box");

/** How many events the filters let through, as the page says it. */
async function resultCount(page: Page): Promise<number> {
  const text = await page.getByRole("status").filter({ hasText: /events/ }).first().textContent();
  return Number(/(\d+)(?: of|\s+events)/.exec(text ?? "")?.[1] ?? NaN);
}

/** The events of a day, by type, the most frequent first. */
function mixOf(date: string): [EventType, number][] {
  const counts = new Map<EventType, number>();
  for (const e of data.events) if (e.date === date) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** What a day's count bar is called: "1 Dec 2025: 110 events, 60 meetings, 50 statements". */
function countBarName(date: string): string {
  const mix = mixOf(date);
  const total = mix.reduce((sum, [, n]) => sum + n, 0);
  return `${formatDate(date)}: ${[`${total} events`, ...mix.map(([type, n]) => `${n} ${EVENT_TYPE_NOUNS[type][n === 1 ? 0 : 1]}`)].join(", ")}`;
}

describe("the chart on a busy week", () => {
  it("count bars say their mix of types in their name, and draw it in the legend's colours", async () => {
    const page = await open("?from=2025-12-01&to=2025-12-07");
    const date = "2025-12-01";
    const bar = chart(page).getByRole("button", { name: countBarName(date) });
    await bar.waitFor();
    const legendColour = (type: EventType) =>
      page.getByRole("list", { name: "Legend" }).getByRole("listitem").filter({ hasText: EVENT_TYPE_LABELS[type] }).locator("span").first().evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    // the bar's coloured segments, left to right: each type's colour, as wide as its share
    const segments = await bar.evaluate((element) =>
      [...element.querySelectorAll("span")].filter((s) => s.childElementCount === 0 && !s.textContent).map((s) => ({ colour: getComputedStyle(s).backgroundColor, width: s.getBoundingClientRect().width })),
    );
    const mix = mixOf(date);
    expect(segments.map((s) => s.colour)).toEqual(await Promise.all(mix.map(([type]) => legendColour(type))));
    const total = mix.reduce((sum, [, n]) => sum + n, 0);
    const drawn = segments.reduce((sum, s) => sum + s.width, 0);
    mix.forEach(([, n], i) => expect(segments[i].width / drawn).toBeCloseTo(n / total, 1));
    await closeChecked(page);
  });

  it("a click on a count bar leads to its events: the range narrows to its period, the list holds them, the chart draws them", async () => {
    const page = await open("?from=2025-12-01&to=2025-12-31");
    const date = "2025-12-01";
    const onDay = data.events.filter((e) => e.date === date);
    await chart(page).getByRole("button", { name: countBarName(date) }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(date);
    expect(new URL(page.url()).searchParams.get("to")).toBe(date);
    await expect.poll(() => resultCount(page)).toBe(onDay.length);
    // zoomed in to the day, the chart draws its events rather than a bar for it again
    await expect.poll(() => drawnEvents(page).count()).toBe(onDay.length);
    expect(await chart(page).getByRole("button", { name: new RegExp(`^${formatDate(date)}:`) }).count()).toBe(0);
    await closeChecked(page);
  });

  it("a day's events are framed with a day either side, so the axis names the days", async () => {
    for (const lanes of ["", "&lanes=type"]) {
      const page = await open(`?from=2025-12-01&to=2025-12-01${lanes}`);
      const panel = (await chart(page).locator(".vis-panel.vis-center").boundingBox())!;
      // the day starts about a third of the way in, and stays there: vis fits what it holds on
      // its first full draw, which in lanes came a second or so after the app's own fit
      for (let sample = 0; sample < 10; sample++) {
        const at = ((await drawnEvents(page).first().boundingBox())!.x - panel.x) / panel.width;
        expect(at, `${lanes} after ${sample * 250} ms`).toBeGreaterThan(0.25);
        expect(at, `${lanes} after ${sample * 250} ms`).toBeLessThan(0.4);
        await page.waitForTimeout(250);
      }
      await closeChecked(page);
    }
  });

  it("a day with more events than the chart draws is drawn as far as it goes, and its rest is in the list, never a bar that leads to itself", async () => {
    const page = await open("?from=2025-12-01&to=2025-12-31");
    const date = "2025-12-03";
    const onDay = data.events.filter((e) => e.date === date);
    expect(onDay.length).toBeGreaterThan(MOST_ITEMS);
    await chart(page).getByRole("button", { name: countBarName(date) }).click();
    await expect.poll(() => resultCount(page)).toBe(onDay.length);
    const more = chart(page).getByRole("button", { name: new RegExp(`^${formatDate(date)}: \\d+ more in the event list`) });
    await more.waitFor();
    const drawn = await drawnEvents(page).count();
    expect(drawn).toBeGreaterThan(0);
    expect(await more.getAttribute("aria-label")).toContain(`${onDay.length - drawn} more`);
    await more.click();
    // the first event the chart leaves out, focused in the list
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest("li")?.textContent ?? "")).toContain(onDay[drawn].title);
    expect(await page.getByRole("region", { name: "Event list" }).evaluate((list) => list.contains(document.activeElement))).toBe(true);
    await closeChecked(page);
  });

  it("Fit all frames the week, not the lone event a year later, which a control brings in", async () => {
    const page = await open();
    const week = BUSY_WEEK.days.map((d) => d.date);
    const panel = await chart(page).locator(".vis-panel.vis-center").boundingBox();
    const first = await chart(page).getByRole("button", { name: countBarName(week[0]) }).boundingBox();
    const last = await chart(page).getByRole("button", { name: countBarName(week.at(-1)!) }).boundingBox();
    // the first day starts at the left, and the axis ends just after the last day
    expect((first!.x - panel!.x) / panel!.width).toBeLessThan(0.05);
    expect((last!.x + last!.width - panel!.x) / panel!.width).toBeGreaterThan(0.9);
    const outlier = data.events.find((e) => e.date === BUSY_WEEK.outlier!.date)!;
    expect(await drawnEvents(page).filter({ hasText: outlier.title }).count()).toBe(0);

    await page.getByRole("button", { name: "Include 1 far event" }).click();
    await expect.poll(() => drawnEvents(page).filter({ hasText: outlier.title }).count()).toBe(1);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(() => drawnEvents(page).filter({ hasText: outlier.title }).count()).toBe(0);
    await closeChecked(page);
  });

  it("at the default zoom a box's label shows its whole title", async () => {
    for (const [corpus, path] of [["seeds", ""], ["busy week", "?from=2025-12-02&to=2025-12-02"]] as const) {
      const page = await open(path, DESKTOP, corpus);
      await expect.poll(() => drawnEvents(page).count()).toBeGreaterThan(5);
      const cut = await drawnEvents(page).evaluateAll((boxes) =>
        boxes.map((box) => box.querySelector(".vis-item-content")!).filter((label) => label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent),
      );
      expect(cut, corpus).toEqual([]);
      await closeChecked(page);
    }
  });

  it("on a phone no box runs off the chart's right edge", async () => {
    for (const [corpus, path] of [["seeds", ""], ["busy week", "?from=2025-12-02&to=2025-12-02"]] as const) {
      const page = await open(path, PHONE, corpus);
      await expect.poll(() => drawnEvents(page).count()).toBeGreaterThan(5);
      const panel = (await chart(page).locator(".vis-panel.vis-center").boundingBox())!;
      const boxes = await drawnEvents(page).evaluateAll((all) => all.map((box) => ({ text: box.textContent, right: box.getBoundingClientRect().right })));
      expect(boxes.filter((box) => box.right > panel.x + panel.width + 1), corpus).toEqual([]);
      await closeChecked(page);
    }
  });

  it("in lanes by type, the busy lanes do not push the quiet ones out of sight", async () => {
    const [from, to] = ["2025-12-01", "2025-12-02"];
    const page = await open(`?lanes=type&from=${from}&to=${to}`);
    const types = [...new Set(data.events.filter((e) => e.date! >= from && e.date! <= to).map((e) => e.type))];
    expect(types.length).toBeGreaterThan(2);
    const panel = (await chart(page).locator(".vis-panel.vis-center").boundingBox())!;
    for (const type of types) {
      const lane = chart(page).locator(".vis-labelset .vis-label").filter({ hasText: EVENT_TYPE_LABELS[type] });
      const box = (await lane.boundingBox())!;
      expect(box.y, `the ${EVENT_TYPE_LABELS[type]} lane`).toBeLessThan(panel.y + panel.height - 20);
    }
    await closeChecked(page);

    // a small corpus counts a crowded lane too, and then the legend says what a count is
    const seeds = await open("?lanes=type", DESKTOP, "seeds");
    // a count bar is named by its period, which ends in a year: "December 2025: 7 statements"
    const counts = chart(seeds).getByRole("button", { name: /^[^:]*\d{4}: \d/ });
    await expect.poll(() => counts.count()).toBeGreaterThan(0);
    expect(await seeds.getByRole("list", { name: "Legend" }).getByText(/Too many to draw/).count()).toBe(1);
    await closeChecked(seeds);
  });

  it("the chart's items work from the keyboard: Tab into them, arrows between them, Enter opens, with a visible focus", async () => {
    const page = await open();
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement!;
        const item = active.closest(".vis-item");
        return { role: active.getAttribute("role"), name: active.getAttribute("aria-label"), outline: item ? getComputedStyle(item).outlineStyle : "none" };
      });
    // Tab from the control before the chart reaches the chart, then its items
    await page.getByRole("combobox", { name: "Lanes" }).focus();
    await page.keyboard.press("Tab");
    expect((await focused()).name).toBe("Timeline chart");
    await page.keyboard.press("Tab");
    const week = BUSY_WEEK.days.map((d) => d.date);
    expect(await focused()).toEqual({ role: "button", name: countBarName(week[0]), outline: "solid" });
    await page.keyboard.press("ArrowRight");
    expect((await focused()).name).toBe(countBarName(week[1]));

    // Enter on a count bar opens its period, and the keyboard stays in the chart, on its events
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).toBe(week[1]);
    const onDay = data.events.filter((e) => e.date === week[1]);
    await expect.poll(async () => (await focused()).name).toContain(onDay[0].title);
    await page.keyboard.press("ArrowDown");
    expect((await focused()).name).toContain(onDay[1].title);
    expect((await focused()).outline).toBe("solid");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(onDay[1].id);
    await expect.poll(() => page.getByRole("region", { name: "Event details" }).getByRole("heading", { name: onDay[1].title }).count()).toBe(1);
    await closeChecked(page);
  });

  it("the arrow keys reach items outside the window, panning the chart to each", async () => {
    const page = await open("?from=2025-12-04&to=2025-12-07");
    await chart(page).focus();
    // zoomed in to a day: most of the range's events lie outside the window
    for (let i = 0; i < 3; i++) await page.keyboard.press("+");
    const focused = () =>
      page.evaluate(() => {
        const item = document.activeElement!.closest(".vis-item");
        const panel = document.querySelector(".timeline-chart .vis-panel.vis-center")!.getBoundingClientRect();
        const box = item?.getBoundingClientRect();
        return { name: document.activeElement!.getAttribute("aria-label"), inView: !!box && box.right > panel.left && box.left < panel.right };
      });
    // Tab from the chart enters its items once the zoom has drawn them (on a loaded machine that
    // can take a moment: try again from the chart until it does)
    await expect
      .poll(async () => {
        await chart(page).focus();
        await page.keyboard.press("Tab");
        return (await focused()).name;
      })
      .toBeTruthy();
    // End goes to the last item the chart holds; from there, again to the next ones it holds
    let before = "";
    for (let i = 0; i < 10 && (await focused()).name !== before; i++) {
      before = (await focused()).name!;
      await page.keyboard.press("End");
      await expect.poll(async () => (await focused()).inView).toBe(true);
    }
    const last = data.events.filter((e) => e.date === "2025-12-07").at(-1)!;
    expect((await focused()).name).toContain(last.title);
    await closeChecked(page);
  });
});
