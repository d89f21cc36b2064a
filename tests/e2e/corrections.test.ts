import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Corrections } from "../../src/model/corrections";
import { parseTimeline, type Timeline } from "../../src/model/timeline";
import { buildAndServe, type BuiltApp } from "./built-app";
import { cspViolations, launchChromium, pageErrors, recordCspViolations, recordPageErrors } from "./chromium";
import { axeViolations } from "./checked-page";

// End to end: a reader corrects the built explorer of seeds/ in Chromium (hides an event,
// edits a date), reloads and still sees both, downloads corrections.json, and the extractor run
// with that file makes the timeline the page showed.

const root = resolve(import.meta.dirname, "../..");
let app: BuiltApp;
let browser: Browser;
let data: Timeline;
let tmp: string;

beforeAll(async () => {
  app = await buildAndServe("seeds");
  data = parseTimeline(await (await fetch(`${app.url}timeline.json`)).json());
  browser = await launchChromium();
  tmp = await mkdtemp(join(tmpdir(), "dateline-e2e-corrections-"));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const details = (page: Page) => page.getByRole("region", { name: "Event details" });
const panel = (page: Page) => page.getByRole("region", { name: "Your corrections" });

describe("correcting the built explorer", () => {
  it("hides an event and edits a date, keeps both over a reload, and the extractor with the downloaded corrections.json agrees", async () => {
    const dated = data.events.filter((e) => e.datePrecision === "day");
    const [toHide, toEdit] = [dated[0], dated[1]];
    const newDate = "2025-11-27";
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    await recordCspViolations(context);
    const page = await context.newPage();
    recordPageErrors(page);

    await page.goto(`${app.url}?event=${encodeURIComponent(toHide.id)}`);
    await details(page).getByRole("button", { name: "Hide", exact: true }).click();
    await expect.poll(() => panel(page).getByRole("status").textContent()).toMatch(/Saved in this browser\./);

    await page.goto(`${app.url}?event=${encodeURIComponent(toEdit.id)}`);
    await details(page).getByRole("button", { name: "Edit", exact: true }).click();
    expect(await axeViolations(page), "the edit form").toEqual([]);
    await details(page).getByRole("textbox", { name: "Date", exact: true }).fill(newDate);
    await details(page).getByRole("button", { name: "Save", exact: true }).click();
    await expect.poll(() => panel(page).getByRole("status").textContent()).toMatch(/Saved in this browser\./);

    await page.reload();
    await page.getByRole("region", { name: "Event list" }).waitFor();
    await details(page).getByText(/^Corrected: date \(the extractor said /).waitFor();
    expect(await details(page).getByText("27 Nov 2025").count()).toBe(1);
    expect(await page.getByRole("region", { name: "Event list" }).getByText(toHide.title, { exact: true }).count()).toBe(0);
    expect(await panel(page).getByText("Hidden events (1)").count()).toBe(1);
    expect(await axeViolations(page), "details of a corrected event").toEqual([]);

    const [download] = await Promise.all([page.waitForEvent("download"), panel(page).getByRole("button", { name: "Download corrections" }).click()]);
    expect(download.suggestedFilename()).toBe("corrections.json");
    const file = join(tmp, "corrections.json");
    await download.saveAs(file);
    const corrections = Corrections.parse(JSON.parse(await readFile(file, "utf8")));
    expect(corrections.operations).toMatchObject([
      { op: "hide-event", event: toHide.id },
      { op: "set-event", event: toEdit.id, date: newDate, datePrecision: "day" },
    ]);

    const violations = await cspViolations(page);
    await context.close();
    expect(violations, "Content-Security-Policy violations").toEqual([]);
    expect(pageErrors(page), "errors in the page").toEqual([]);

    // the extractor, on a copy of the seeds, with the downloaded file
    const articles = join(tmp, "seeds");
    await cp(join(root, "seeds"), articles, { recursive: true });
    const out = join(tmp, "timeline.json");
    const run = spawnSync("npx", ["tsx", "src/cli/extract.ts", articles, "--corrections", file, "--out", out], { cwd: root, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const rebuilt = parseTimeline(JSON.parse(await readFile(out, "utf8")));
    expect(rebuilt.events.map((e) => e.id)).not.toContain(toHide.id);
    expect(rebuilt.hiddenEvents?.map((e) => e.id)).toEqual([toHide.id]);
    const edited = rebuilt.events.find((e) => e.id === toEdit.id)!;
    expect({ date: edited.date, datePrecision: edited.datePrecision, sources: edited.sources }).toEqual({ date: newDate, datePrecision: "day", sources: toEdit.sources });
    expect(rebuilt.events.map((e) => e.id).sort()).toEqual(data.events.map((e) => e.id).filter((id) => id !== toHide.id).sort());
  }, 180_000);
});
