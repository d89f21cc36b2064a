import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { launchChromium, pageErrors, recordPageErrors } from "./chromium";

// Links in Chromium's real history: a link made before the articles changed, a link to an event
// its filters hide, and the reader's entry in the history. The explorer is built from seeds/;
// expectations are read from the built timeline.json, so they hold while the extractor improves.

let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  app = await buildAndServe("seeds");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A page in a fresh context at `path`, once the explorer has drawn its list. */
async function open(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  recordPageErrors(page);
  await page.goto(`${app.url}${path}`);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return page;
}

async function close(page: Page) {
  await page.context().close();
  expect(pageErrors(page), "errors in the page").toEqual([]);
}

const eventRows = (page: Page) => page.getByRole("region", { name: "Event list" }).getByRole("listitem");
const details = (page: Page) => page.getByRole("region", { name: "Event details" });
const notice = (page: Page) => page.getByRole("region", { name: "Problems with this link" });
const params = (page: Page) => new URL(page.url()).searchParams;

/** An id the data does not have: the spelling a later article might have given the actor. */
function missingActorId(): string {
  const id = "rustem-umerov-renamed";
  expect(data.actors.some((a) => a.id === id)).toBe(false);
  return id;
}

describe("links that outlive the data, in Chromium", () => {
  it("a link naming an actor the data no longer has says so, and mending it leaves no entry to go back to", async () => {
    const gone = missingActorId();
    const person = data.actors.find((a) => a.kind === "person" && data.events.some((e) => e.actorIds.includes(a.id)))!;
    const page = await open(`?actor=${gone}&actor=${encodeURIComponent(person.id)}`);
    await expect.poll(() => notice(page).textContent()).toContain(`This link names an actor that is not in the data: ${gone}.`);
    // the actor that is still there filters as the link said
    await expect.poll(() => eventRows(page).count()).toBe(data.events.filter((e) => e.actorIds.includes(person.id)).length);
    const entries = await page.evaluate(() => history.length);
    await notice(page).getByRole("button", { name: "Remove the missing actor from the link" }).click();
    await expect.poll(() => notice(page).count()).toBe(0);
    expect(params(page).getAll("actor")).toEqual([person.id]);
    expect(await page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: person.name }).isChecked()).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await close(page);
  });

  it("a link whose only actor is gone explains its empty list until the actor is taken out", async () => {
    const gone = missingActorId();
    const page = await open(`?actor=${gone}`);
    await notice(page).waitFor();
    expect(await eventRows(page).count()).toBe(0);
    await notice(page).getByRole("button", { name: "Remove the missing actor from the link" }).click();
    await expect.poll(() => eventRows(page).count()).toBe(data.events.length);
    expect(new URL(page.url()).search).toBe("");
    await close(page);
  });

  it("a link naming an event and an actor by former ids (a merge, another spelling) opens them, says nothing is missing, and is rewritten in place", async () => {
    const event = data.events.find((e) => e.formerIds?.length)!;
    const actor = data.actors.find((a) => a.formerIds?.length && event.actorIds.includes(a.id))!;
    expect(event, "the seeds have a merged event").toBeDefined();
    expect(actor, "and an actor of it known by another spelling").toBeDefined();
    const page = await open(`?actor=${encodeURIComponent(actor.formerIds![0])}&event=${encodeURIComponent(event.formerIds![0])}`);
    await expect.poll(() => details(page).getByRole("heading", { name: event.title }).count()).toBe(1);
    await expect.poll(() => new URL(page.url()).search).toBe(`?actor=${encodeURIComponent(actor.id)}&event=${encodeURIComponent(event.id)}`);
    expect(await notice(page).count()).toBe(0);
    expect(await page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: actor.name }).isChecked()).toBe(true);
    // rewritten in place: Back leaves the explorer rather than returning to the old ids
    await page.goBack();
    expect(page.url()).not.toContain(encodeURIComponent(event.formerIds![0]));
    await close(page);
  });

  it("a link naming a location or an event the data no longer has says so, and each can be taken out", async () => {
    const page = await open("?location=atlantis&event=2025-12-02-meeting-since-merged");
    await expect.poll(() => notice(page).textContent()).toContain("This link names a location that is not in the data: atlantis.");
    await expect.poll(() => details(page).textContent()).toContain("This link names an event (2025-12-02-meeting-since-merged) that is not in the timeline");
    await details(page).getByRole("button", { name: "Remove the missing event from the link" }).click();
    await expect.poll(() => details(page).count()).toBe(0);
    await notice(page).getByRole("button", { name: "Remove the missing location from the link" }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await expect.poll(() => eventRows(page).count()).toBe(data.events.length);
    await close(page);
  });

  it("an event opened by a link whose filters hide it is shown, with the filters that hide it and a way to clear them", async () => {
    const event = data.events.find((e) => data.events.some((other) => other.type !== e.type))!;
    const otherType = data.events.find((e) => e.type !== event.type)!.type;
    const page = await open(`?type=${otherType}&event=${encodeURIComponent(event.id)}`);
    await expect.poll(() => details(page).getByRole("heading", { name: event.title }).count()).toBe(1);
    await expect.poll(() => details(page).getByRole("note").textContent()).toContain("The filters hide this event from the list: Event types.");
    expect(await eventRows(page).filter({ hasText: event.title }).count()).toBe(0);
    await details(page).getByRole("button", { name: "Clear the filters that hide it" }).click();
    await expect.poll(() => eventRows(page).filter({ hasText: event.title }).count()).toBeGreaterThan(0);
    expect([...params(page).keys()]).toEqual(["event"]);
    expect(await details(page).getByRole("note").count()).toBe(0);
    await close(page);
  });
});

describe("the article reader in the history, in Chromium", () => {
  for (const how of ["the Close button", "Escape"] as const) {
    it(`closing it with ${how} adds no entry: Back then leaves the event, and does not reopen the reader`, async () => {
      const event = data.events[0];
      const page = await open("");
      await eventRows(page).filter({ hasText: event.title }).first().getByRole("button").click();
      await expect.poll(() => params(page).get("event")).toBe(event.id);
      await details(page).getByRole("button", { name: "Read in article" }).first().click();
      const reader = page.getByRole("dialog");
      await reader.waitFor();
      expect(params(page).get("read")).toBeTruthy();
      if (how === "Escape") await page.keyboard.press("Escape");
      else await reader.getByRole("button", { name: "Close" }).click();
      await expect.poll(() => reader.isVisible()).toBe(false);
      await expect.poll(() => params(page).has("read")).toBe(false);
      expect(params(page).get("event")).toBe(event.id);

      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe("");
      await expect.poll(() => details(page).count()).toBe(0);
      expect(await reader.count()).toBe(0);
      await close(page);
    });
  }

  it("a link opened at a passage closes to the same view without the reader, in the same history entry", async () => {
    const event = data.events[0];
    const source = event.sources[0];
    const page = await open(`?event=${encodeURIComponent(event.id)}&read=${encodeURIComponent(source.articleId)}&at=${source.start}-${source.end}`);
    const reader = page.getByRole("dialog");
    await reader.waitFor();
    const entries = await page.evaluate(() => history.length);
    await reader.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => params(page).has("read")).toBe(false);
    expect(params(page).get("event")).toBe(event.id);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await close(page);
  });
});

describe("the sources of an event, in Chromium", () => {
  it("names each reporting article by its title or first line, never by its file name alone, and counts articles", async () => {
    const event = [...data.events].sort((a, b) => b.reportedBy.articles.length - a.reportedBy.articles.length)[0];
    const page = await open(`?event=${encodeURIComponent(event.id)}`);
    const articles = details(page).getByRole("list", { name: "Articles" });
    await articles.waitFor();
    const titles = await articles.getByRole("heading", { level: 5 }).allTextContents();
    expect(titles).toHaveLength(event.reportedBy.articles.length);
    for (const [i, id] of event.reportedBy.articles.entries()) {
      const article = data.articles.find((a) => a.id === id)!;
      const firstLine = article.text.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).find(Boolean)!;
      const expected = article.title ?? firstLine.slice(0, 40);
      expect(titles[i].startsWith(expected)).toBe(true);
      expect(titles[i]).not.toBe(id);
    }
    const a = event.reportedBy.articles.length;
    expect(await details(page).textContent()).toContain(`Reported by ${a} ${a === 1 ? "article" : "articles"}`);
    await close(page);
  });
});
