import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/cli/vite-csp-plugin";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { cspViolations, launchChromium, recordCspViolations } from "./chromium";

// The explorer built from articles written to attack it (tests/fixtures/hostile): <script>,
// <img onerror>, javascript: links, event-handler attributes, template syntax and bidirectional
// overrides in titles, outlets, quotes and the text. Every step a reader can take must show
// those words as the literal text they are, and run none of them.

const PWN = "window.__pwned=1";
const RLO = "\u202E";

let app: BuiltApp;
let browser: Browser;
let data: Timeline;

beforeAll(async () => {
  app = await buildAndServe("tests/fixtures/hostile");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

interface Session {
  page: Page;
  /** Dialogs, page errors and console errors, in order. */
  problems: string[];
}

/** A fresh page that records every dialog (dismissing it), page error and console error. */
async function open(path = ""): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(10_000);
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("dialog", (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${app.url}${path}`);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  return { page, problems };
}

/** Closes the session, failing the test on any dialog, error or CSP violation it saw. */
async function close({ page, problems }: Session) {
  const violations = await cspViolations(page);
  await page.context().close();
  expect(problems, "dialogs and errors").toEqual([]);
  expect(violations, "Content-Security-Policy violations").toEqual([]);
}

/** Nothing from the articles ran or became markup: no flag set, no script but the app's own
 *  bundle, no image, frame or plugin, no event-handler attribute, no link but http(s). */
async function expectInert(page: Page, step: string) {
  const found = await page.evaluate(() => {
    const own = (s: HTMLScriptElement) => s.src !== "" && new URL(s.src).origin === location.origin && new URL(s.src).pathname.includes("/assets/");
    const show = (e: Element) => e.outerHTML.slice(0, 160);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      scripts: [...document.querySelectorAll("script")].filter((s) => !own(s)).map(show),
      // the explorer draws no image, frame or plugin of its own, so any is injected
      elements: [...document.querySelectorAll('img, iframe, object, embed, base, form, [src="x"], a[href^="javascript" i]')].map(show),
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).map(show),
      links: [...document.querySelectorAll("a[href]")].filter((a) => !["http:", "https:"].includes((a as HTMLAnchorElement).protocol)).map(show),
    };
  });
  expect(found, step).toEqual({ pwned: null, scripts: [], elements: [], handlers: [], links: [] });
}

/** Every text on the page holding a bidirectional control character keeps it inside an
 *  isolate (an element with unicode-bidi: isolate, or FSI … PDI around it in the text), so it
 *  cannot reorder the labels and dates around it. */
async function expectBidiIsolated(page: Page, step: string) {
  const loose = await page.evaluate(() => {
    const control = /[\u202A-\u202E\u2066-\u2069]/;
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!control.test(node.data)) continue;
      // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE in the text isolates what it encloses
      if (!control.test(node.data.replace(/\u2068[^\u2068\u2069]*\u2069/g, ""))) continue;
      let isolated = false;
      for (let el: Element | null = node.parentElement; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (["isolate", "isolate-override", "plaintext"].includes(style.unicodeBidi)) {
          isolated = true;
          break;
        }
        // past a block the text would reorder its whole line, labels included
        if (!style.display.startsWith("inline")) break;
      }
      if (!isolated) bad.push(`${node.parentElement?.outerHTML.slice(0, 160)}`);
    }
    return bad;
  });
  expect(loose, step).toEqual([]);
}

const bodyText = (page: Page) => page.locator("body").innerText();
const details = (page: Page) => page.getByRole("region", { name: "Event details" });
const rows = (page: Page) => page.getByRole("region", { name: "Event list" }).getByRole("listitem").getByRole("button");

describe("hostile article text in the explorer", () => {
  it("the hostile corpus carries its attacks into titles, excerpts, quotes and article texts", () => {
    // without this the other tests would pass on an extractor that dropped the markup
    const titles = data.events.map((e) => e.title).join("\n");
    const excerpts = data.events.flatMap((e) => e.sources.map((s) => s.text)).join("\n");
    const quotes = data.events.flatMap((e) => e.quotes.map((q) => q.text)).join("\n");
    const texts = data.articles.map((a) => `${a.title}\n${a.outlet}\n${a.text}`).join("\n");
    for (const attack of [`<script>${PWN}</script>`, `<img src=x onerror="${PWN}">`, `<a href="javascript:${PWN}">click</a>`, `onmouseover="${PWN}"`, `{{constructor.constructor('${PWN}')()}}`, `\${${PWN}}`, `${RLO}gnp.exe`]) {
      expect(texts, "article texts").toContain(attack);
      expect(excerpts, "excerpts").toContain(attack);
    }
    for (const attack of [`<script>${PWN}</script>`, `<img src=x onerror="${PWN}">`, `<a href="javascript:${PWN}">click</a>`, `onmouseover="${PWN}"`, `${RLO}gnp.exe`]) expect(titles, "event titles").toContain(attack);
    for (const attack of [`<script>${PWN}</script>`, `<img src=x onerror="${PWN}">`, `{{constructor.constructor('${PWN}')()}}`, `\${${PWN}}`, `${RLO}gnp.exe`]) expect(quotes, "quotes").toContain(attack);
    expect(data.articles.some((a) => a.source?.startsWith("javascript:")), "a javascript: source line").toBe(true);
    expect(data.events.some((e) => !e.date), "an undated event, for the tray").toBe(true);
  });

  it("the built page carries the strict Content-Security-Policy, and it refuses injected script", async () => {
    const html = await (await fetch(app.url)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1].replaceAll("&#39;", "'")).toBe(CONTENT_SECURITY_POLICY);
    // no inline script in the page: every <script> loads a file
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="/.test(tag))).toBe(true);

    const { page, problems } = await open();
    // the load itself (zod, vis-timeline, React) breaks the policy nowhere
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // a second wall: were markup to reach the DOM, its handler would still not run
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img src="data:," onerror="window.__probe=1">`));
    await expect.poll(() => cspViolations(page)).toHaveLength(1);
    expect((await cspViolations(page))[0]).toMatch(/^script-src-attr refused/);
    expect(await page.evaluate(() => (window as unknown as { __probe?: number }).__probe)).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(/inline event handler violates the following Content Security Policy directive/)]);
    await page.context().close();
  });

  it("shows the markup as text on the timeline, in the list and the tray; hovering and clicking each runs nothing", async () => {
    const session = await open();
    const { page } = session;
    await expectInert(page, "loaded");
    const text = await bodyText(page);
    for (const literal of [`<script>${PWN}</script>`, `<img src=x onerror="${PWN}">`, `<a href="javascript:${PWN}">click</a>`, `onmouseover="${PWN}"`, `${RLO}gnp.exe`]) expect(text).toContain(literal);
    await expectBidiIsolated(page, "loaded");

    const dated = data.events.filter((e) => e.date);
    const items = page.locator(".timeline-chart .vis-item.vis-box, .timeline-chart .vis-item.vis-range");
    await expect.poll(() => items.count()).toBe(dated.length);
    expect((await items.locator(".vis-item-content").allTextContents()).sort()).toEqual(dated.map((e) => e.title).sort());
    for (let i = 0; i < dated.length; i++) {
      const item = items.nth(i);
      const title = await item.locator(".vis-item-content").textContent();
      await item.hover();
      await expectInert(page, `hovering timeline item “${title}”`);
      await item.click();
      await expect.poll(() => details(page).getByRole("heading", { level: 3 }).textContent()).toBe(title);
      await expectInert(page, `clicking timeline item “${title}”`);
    }

    for (const lanes of ["actor", "location", "type"]) {
      await page.getByLabel("Lanes").selectOption(lanes);
      await expect.poll(() => page.locator(".timeline-chart .vis-label").count()).toBeGreaterThan(0);
      await expectInert(page, `lanes by ${lanes}`);
    }

    const tray = page.getByRole("region", { name: /Undated/ }).getByRole("button");
    const undated = data.events.filter((e) => !e.date);
    expect(await tray.count()).toBe(undated.length);
    for (let i = 0; i < undated.length; i++) {
      await tray.nth(i).hover();
      await tray.nth(i).click();
      await expect.poll(() => details(page).getByRole("heading", { level: 3 }).textContent()).toBe(await tray.nth(i).innerText().then((t) => t.trim()));
      await expectInert(page, `undated event ${i}`);
      await expectBidiIsolated(page, `undated event ${i}`);
    }

    await page.getByText(/The extractor reported/).click();
    await expectInert(page, "the extractor's report open");
    await expectBidiIsolated(page, "the extractor's report open");
    await close(session);
  });

  it("opening every event, and every source in the reader with its marks, runs nothing and shows the words as they are", async () => {
    const session = await open();
    const { page } = session;
    const count = await rows(page).count();
    expect(count).toBe(data.events.length);
    // by the id the page puts in the link: two events may share a title
    const byId = new Map(data.events.map((e) => [e.id, e]));
    let readings = 0;
    for (let i = 0; i < count; i++) {
      const row = rows(page).nth(i);
      await row.hover();
      await row.click();
      const heading = details(page).getByRole("heading", { level: 3 });
      const title = (await row.locator(".event-row-title").textContent())!;
      await expect.poll(() => heading.textContent()).toBe(title);
      await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBeNull();
      const event = byId.get(new URL(page.url()).searchParams.get("event")!)!;
      expect(event.title).toBe(title);
      const shown = await details(page).textContent();
      for (const q of event.quotes) expect(shown).toContain(q.text);
      for (const s of event.sources) expect(shown).toContain(s.text);
      await expectInert(page, `details of “${title}”`);
      await expectBidiIsolated(page, `details of “${title}”`);

      for (let j = 0; j < event.sources.length; j++) {
        const source = event.sources[j];
        const article = data.articles.find((a) => a.id === source.articleId)!;
        await details(page).getByRole("button", { name: "Read in article" }).nth(j).click();
        const reader = page.getByRole("dialog");
        await reader.waitFor();
        // the article verbatim, markup and override characters included
        expect(await reader.getByLabel("Article text").textContent()).toBe(article.text);
        expect(await reader.locator("mark.reader-focus").textContent()).toBe(source.text);
        // the source line is a link only when it is http(s)
        const link = reader.getByRole("link", { name: "original" });
        expect(await link.count()).toBe(article.source?.startsWith("http") ? 1 : 0);
        await reader.getByRole("checkbox", { name: /Show every event span/ }).check();
        await reader.getByRole("checkbox", { name: /Show actor mentions/ }).check();
        await expectInert(page, `reader of ${article.id}, every mark on`);
        await expectBidiIsolated(page, `reader of ${article.id}`);
        await reader.getByRole("checkbox", { name: /Show every event span/ }).uncheck();
        await expectInert(page, `reader of ${article.id}, mentions only`);
        await page.keyboard.press("Escape");
        await expect.poll(() => reader.count()).toBe(0);
        readings++;
      }
    }
    expect(readings).toBe(data.events.reduce((n, e) => n + e.sources.length, 0));
    await close(session);
  });

  it("the pickers, the search and a shared link take hostile words as text", async () => {
    const session = await open();
    const { page } = session;
    const actors = page.getByRole("group", { name: "Actors" });
    const findName = actors.getByRole("searchbox", { name: "Find a name" });
    await findName.fill(`<script>${PWN}</script>`);
    await expect.poll(() => actors.textContent()).toContain(`No match for “<script>${PWN}</script>”.`);
    await expectInert(page, "finding <script> among the actors");
    await findName.fill(`${RLO}gnp.exe`);
    await expectBidiIsolated(page, "finding an override among the actors");
    await findName.fill("Lopes");
    await actors.getByRole("checkbox", { name: "Ana Lopes" }).check();
    await expect.poll(() => rows(page).count()).toBe(data.events.filter((e) => e.actorIds.includes("ana-lopes")).length);
    await expectInert(page, "filtered by an actor");

    const places = page.getByRole("group", { name: "Locations" });
    await places.getByRole("searchbox", { name: "Find a place" }).fill(`<img src=x onerror="${PWN}">`);
    await expect.poll(() => places.textContent()).toContain(`No match for “<img src=x onerror="${PWN}">”.`);
    await expectInert(page, "finding <img> among the places");
    await page.getByRole("button", { name: "Clear all" }).click();

    // the search matches the markup as words, in titles, excerpts and quotes
    const query = `onerror="${PWN}"`;
    await page.getByRole("textbox", { name: "Search" }).fill(query);
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(query);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    await expectInert(page, "searching for an onerror attribute");
    await page.reload();
    await page.getByRole("region", { name: "Event list" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Search" }).inputValue()).toBe(query);
    await expectInert(page, "reloading the search");
    await close(session);

    // a shared link naming a hostile event id
    const id = `<img src=x onerror="${PWN}">${RLO}exe.txt`;
    const shared = await open(`?event=${encodeURIComponent(id)}&q=${encodeURIComponent(`<script>${PWN}</script>`)}`);
    await expect.poll(() => details(shared.page).textContent()).toContain(`This link names an event (${id})`);
    await expectInert(shared.page, "a link naming a hostile event");
    await expectBidiIsolated(shared.page, "a link naming a hostile event");
    await close(shared);
  });
});
