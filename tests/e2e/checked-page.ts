import axe from "axe-core";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { expect } from "vitest";
import { cspViolations, recordCspViolations, recordPageErrors, pageErrors } from "./chromium";

// What every end-to-end test of the built explorer checks around its steps: a page that fails
// fast, records its errors and CSP violations from the start, and fails the test on any of
// them when closed; and axe's serious and critical findings.

/** A page in a fresh context of `browser`, at `url`, recording its errors and CSP violations
 *  before any of its own code runs. */
export async function openChecked(browser: Browser, url: string, options: BrowserContextOptions = {}, beforeLoad?: (page: Page) => Promise<void> | void): Promise<Page> {
  const context = await browser.newContext(options);
  // fail fast: a missing element should fail its test, not wait out the test's timeout
  context.setDefaultTimeout(10_000);
  await recordCspViolations(context);
  const page = await context.newPage();
  recordPageErrors(page);
  await beforeLoad?.(page);
  await page.goto(url);
  return page;
}

/** Closes the page's context and fails the test if the page logged an error or broke the CSP. */
export async function closeChecked(page: Page): Promise<void> {
  const violations = await cspViolations(page);
  await page.context().close();
  expect(violations, "Content-Security-Policy violations").toEqual([]);
  expect(pageErrors(page), "errors in the page").toEqual([]);
}

/** axe's serious and critical findings on the page as it is, one string each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through the DevTools protocol: the app's CSP refuses an inline <script>, as it should
  await page.evaluate(axe.source);
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
}
