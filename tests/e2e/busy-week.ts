import type { Page } from "playwright-core";
import { toExplorerData } from "../../src/model/explorer-data";
import { parseTimeline, type Article, type Event, type EventType, type Timeline } from "../../src/model/timeline";

// A synthetic busy week, made by the test that uses it (never committed): a few hundred events
// in the first week of December 2025, most of them statements, with one day busier than the
// chart can draw, and one lone event a year later. Written as timeline data, checked against
// the schema, and served to the built app in place of the extracted corpus.

/** How many events of each type fall on each day of the week, and the one far away. */
export interface BusyWeekShape {
  days: { date: string; counts: Partial<Record<EventType, number>> }[];
  /** A lone event far from the rest. */
  outlier?: { date: string; type: EventType };
}

export const BUSY_WEEK: BusyWeekShape = {
  days: [
    { date: "2025-12-01", counts: { meeting: 60, statement: 50 } },
    { date: "2025-12-02", counts: { statement: 30, visit: 2 } },
    // more than the chart draws at once (200)
    { date: "2025-12-03", counts: { statement: 180, meeting: 40, agreement: 3 } },
    { date: "2025-12-04", counts: { statement: 25, meeting: 4 } },
    { date: "2025-12-05", counts: { statement: 35, visit: 1 } },
    { date: "2025-12-06", counts: { statement: 12 } },
    { date: "2025-12-07", counts: { statement: 8, agreement: 1 } },
  ],
  outlier: { date: "2026-12-15", type: "meeting" },
};

const GIVEN = "Ana Tomas Maria Pedro Helena Yusuf Mei Kofi Ingrid Rahul Sofia Lukas Amara Dmitri Leila Jonas".split(" ");
const FAMILY = "Lopes Varga Brandt Okafor Lindqvist Haddad Moreau Tanaka Kowalczyk Reyes Novak Mensah Petrov Castillo Aziz Fischer".split(" ");
const PLACES = ["Lisbon", "Berlin", "Nairobi", "Osaka", "Geneva", "Chicago", "Warsaw", "Lagos"];
const TOPICS = ["the port strike", "the trade dispute", "the budget", "the rail merger", "the drought relief plan", "the ceasefire talks"];

/** Titles as long as real ones, so the chart's labels are tested at their real width. */
function sentenceFor(type: EventType, n: number): string {
  const person = (k: number) => `${GIVEN[k % GIVEN.length]} ${FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]}`;
  const place = PLACES[n % PLACES.length];
  const topic = TOPICS[n % TOPICS.length];
  switch (type) {
    case "meeting":
      return `${person(n)} met ${person(n + 7)} in ${place} to discuss ${topic}`;
    case "statement":
      return `${person(n)} said ${topic} would be settled within weeks`;
    case "visit":
      return `${person(n)} visited ${place} to inspect ${topic}`;
    case "agreement":
      return `${person(n)} and ${person(n + 3)} signed a deal on ${topic}`;
    default:
      return `${person(n)} took part in ${topic} in ${place}`;
  }
}

/** The timeline of `shape`: ten events an article, every event with its excerpt in its article. */
export function busyWeekTimeline(shape: BusyWeekShape = BUSY_WEEK): Timeline {
  const planned: { date: string; type: EventType }[] = [];
  for (const { date, counts } of shape.days) for (const [type, count] of Object.entries(counts)) for (let i = 0; i < count; i++) planned.push({ date, type: type as EventType });
  if (shape.outlier) planned.push(shape.outlier);
  const articles: Article[] = [];
  const events: Event[] = [];
  for (let start = 0; start < planned.length; start += 10) {
    const articleId = `busy-${String(articles.length).padStart(3, "0")}`;
    const batch = planned.slice(start, start + 10);
    const sentences = batch.map(({ type }, i) => sentenceFor(type, start + i));
    const text = sentences.map((s) => `${s}.`).join("\n");
    const outlet = `Outlet ${articles.length % 5}`;
    articles.push({ id: articleId, path: `${articleId}.txt`, outlet, published: batch.at(-1)!.date, publishedBasis: "header", text });
    let offset = 0;
    batch.forEach(({ date, type }, i) => {
      const sentence = sentences[i];
      events.push({
        id: `${articleId}-e${i}`,
        type,
        title: sentence,
        date,
        datePrecision: "day",
        dateBasis: null,
        status: "occurred",
        actorIds: [],
        locationIds: [],
        quotes: [],
        sources: [{ articleId, start: offset, end: offset + sentence.length, text: sentence }],
        reportedBy: { articles: [articleId], outlets: [outlet] },
        rules: ["test/busy-week"],
      });
      offset += sentence.length + 2;
    });
  }
  // the extractor writes events in date order; so does this
  events.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return parseTimeline({ schemaVersion: 1, articles, actors: [], locations: [], events, diagnostics: [] });
}

/** Serves `timeline` to `page` in place of the built app's own data. */
export async function serveTimeline(page: Page, timeline: Timeline): Promise<void> {
  const { timeline: explorer, texts } = toExplorerData(timeline);
  const json = (body: unknown) => ({ status: 200, contentType: "application/json", body: JSON.stringify(body) });
  await page.route("**/timeline.explorer.json", (route) => route.fulfill(json(explorer)));
  await page.route("**/timeline.texts.json", (route) => route.fulfill(json(texts)));
  await page.route("**/timeline.json", (route) => route.fulfill(json(timeline)));
}
