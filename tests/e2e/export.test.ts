import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { cspViolations, launchChromium, pageErrors, recordCspViolations, recordPageErrors } from "./chromium";

// Filters the built seeds explorer by its busiest actor, downloads each export format and reads
// the file: what is exported is what the list shows.

let app: BuiltApp;
let browser: Browser;
let data: Timeline;
let tmp: string;

beforeAll(async () => {
  app = await buildAndServe("seeds");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
  tmp = await mkdtemp(join(tmpdir(), "dateline-e2e-export-"));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: format, exact: true }).click()]);
  const path = join(tmp, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, "utf8") };
}

describe("exporting from the built explorer", () => {
  it("downloads the events an actor filter keeps as CSV, JSON and ICS, in the list's order", async () => {
    const eventsOf = (id: string) => data.events.filter((e) => e.actorIds.includes(id));
    const person = [...data.actors].filter((a) => a.kind === "person").sort((a, b) => eventsOf(b.id).length - eventsOf(a.id).length)[0];
    const expected = eventsOf(person.id);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    await recordCspViolations(context);
    const page = await context.newPage();
    recordPageErrors(page);
    await page.goto(app.url);
    await page.getByRole("group", { name: "Actors" }).getByRole("checkbox", { name: person.name }).check();
    await expect.poll(() => page.locator(".result-count").textContent()).toBe(`${expected.length} of ${data.events.length} events match`);
    const listed = await page.getByRole("region", { name: "Event list" }).locator(".event-row-title").allTextContents();

    const csv = await download(page, "CSV");
    expect(csv.name).toMatch(/^dateline-[a-z0-9-]+-all\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(expected.length);
    expect(rows.slice(0, listed.length).map((r) => r.title.replace(/^'/, ""))).toEqual(listed);
    expect(rows.every((r) => r.actors.split("; ").includes(person.name))).toBe(true);

    const json = await download(page, "JSON");
    expect(json.name).toBe(csv.name.replace(/\.csv$/, ".json"));
    const doc = parseTimeline(JSON.parse(json.text));
    expect(new Set(doc.events.map((e) => e.id))).toEqual(new Set(expected.map((e) => e.id)));
    expect(doc.events.slice(0, listed.length).map((e) => e.title)).toEqual(listed);

    const ics = await download(page, "Calendar (ICS)");
    expect(ics.name).toBe(csv.name.replace(/\.csv$/, ".ics"));
    const dated = expected.filter((e) => e.date && (e.datePrecision === "day" || e.datePrecision === "month"));
    expect(ics.text.match(/BEGIN:VEVENT\r\n/g) ?? []).toHaveLength(dated.length);
    for (const e of dated) expect(ics.text.replace(/\r\n /g, "")).toContain(`UID:${e.id}@dateline`);
    await page.getByRole("status").filter({ hasText: /^Exported \d+ events? to a calendar/ }).waitFor({ state: "attached" });

    expect(pageErrors(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
