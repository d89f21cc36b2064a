// Adding an article in the page, in headless Chromium on the built explorer of seeds/: the
// extractor worker's download (its code and the compact gazetteer, gzipped), and the time from
// choosing a 5 KB article to its events in the list, cold (a fresh browser context: nothing
// cached, the worker not yet loaded).
//   tsx bench/add-articles.ts   (prints JSON; bench/run.ts calls it)
import { gzipSync } from "node:zlib";
import { buildAndServe } from "../tests/e2e/built-app";
import { launchChromium } from "../tests/e2e/chromium";

/** A made-up 5 KB article: a ferry deal told in paragraphs of the kind wire copy has. */
function article(): string {
  const lines = ["date 2025-12-05", "title Harbour towns sign ferry accord", "outlet The Lantern Gazette", ""];
  const names = ["Mirela Ostrova", "Dagny Holtberg", "Tomas Vrell", "Ines Caldera", "Piet Varga"];
  const towns = ["Valletta", "Marseille", "Genoa", "Naples", "Palermo"];
  for (let i = 0; lines.join("\n").length < 5 * 1024; i++) {
    const [a, b, town] = [names[i % 5], names[(i + 2) % 5], towns[i % 5]];
    lines.push(`${a} met ${b} in ${town} on Thursday to sign a ferry accord, the port authority said. "This line brings the harbours closer," ${a} told reporters after the meeting.`, "");
  }
  return lines.join("\n");
}

const app = await buildAndServe("seeds");
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: "longtask", buffered: true });
  });
  const worker: { url: string; gzip: number }[] = [];
  page.on("response", async (response) => {
    if (!/extractor\.worker-|compact-gazetteer-/.test(response.url())) return;
    worker.push({ url: response.url(), gzip: gzipSync(await response.body()).length });
  });
  await page.goto(app.url);
  await page.getByRole("region", { name: "Event list" }).waitFor();
  const text = article();
  // the long tasks of adding, not of the page's load: the page must stay responsive while the
  // worker extracts and the merged timeline is drawn
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 500))));
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
  const started = Date.now();
  await page.getByLabel("Add articles").setInputFiles([{ name: "ferry-accord.txt", mimeType: "text/plain", buffer: Buffer.from(text) }]);
  await page.getByRole("region", { name: "Event list" }).getByRole("button").filter({ hasText: "Added" }).first().waitFor({ timeout: 60_000 });
  const addMs = Date.now() - started;
  // the tasks from choosing the file to its events on screen
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await context.close();
  console.log(JSON.stringify({ articleKB: text.length / 1024, addMs, workerGzipKB: worker.reduce((s, w) => s + w.gzip, 0) / 1024, workerFiles: worker.map((w) => w.url.split("/").pop()), longestTaskMs: Math.max(0, ...longTasks) }));
} finally {
  await browser.close();
  await app.close();
}
