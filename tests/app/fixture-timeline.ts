import type { Event, Source, Timeline } from "../../src/model/timeline";

// A small hand-made timeline for the app's tests, independent of what the extractor makes of
// the seeds today. Offsets are computed from the article text, so the schema's check that
// every excerpt is the article text at start..end holds by construction.

const A1 = [
  "After their hours-long meeting at the Kremlin on Tuesday, envoy Steve Witkoff left Moscow.",
  "Vladimir Putin met Witkoff for five hours, aides said.",
  "The Kremlin said on Wednesday that “compromises have not yet been found”.",
  "Witkoff is set to meet the Ukrainian team in Florida in December.",
].join("\n");

const A2 = [
  "Ukraine’s President, Volodymyr Zelensky, said on Tuesday that he is “waiting for signals”.",
  "– Volodymyr Zelensky / Video December 2, 2025",
  "Putin received the US delegation in Moscow.",
  "A review of <b>the budget</b> is due in 2024.",
].join("\n");

function span(articleId: "a1" | "a2", text: string): Source {
  const article = articleId === "a1" ? A1 : A2;
  const start = article.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in ${articleId}`);
  return { articleId, start, end: start + text.length, text };
}

// a1 names its outlet; a2 names neither an outlet nor a source URL, so it counts as its own
const OUTLET = { a1: "The Wire", a2: "a2" } as const;

/** An event; unless given, it is reported by its sources' articles and their outlets. */
const event = (e: Partial<Event> & Pick<Event, "id" | "type" | "title" | "sources">): Event => ({
  date: null,
  datePrecision: "unknown",
  dateBasis: null,
  status: "occurred",
  actorIds: [],
  locationIds: [],
  quotes: [],
  reportedBy: reportedBy(e.sources),
  rules: [],
  ...e,
});

function reportedBy(sources: Source[]): Event["reportedBy"] {
  const articles = [...new Set(sources.map((s) => s.articleId as "a1" | "a2"))].sort();
  return { articles, outlets: [...new Set(articles.map((id) => OUTLET[id]))].sort() };
}

const tuesday = span("a1", "Tuesday");

export const FIXTURE: Timeline = {
  schemaVersion: 1,
  articles: [
    { id: "a1", path: "a1.txt", title: "Envoys leave Moscow", outlet: "The Wire", source: "https://example.com/a1", published: "2025-12-04", publishedBasis: "header", text: A1 },
    { id: "a2", path: "a2.txt", published: "2025-12-02", publishedBasis: "inferred", publishedEvidence: "December 2, 2025", text: A2 },
  ],
  actors: [
    { id: "vladimir-putin", name: "Vladimir Putin", kind: "person", aliases: ["Putin"], roles: ["President"], mentions: [span("a1", "Vladimir Putin"), span("a2", "Putin")], rules: ["actor/surname-alone", "person/given-name"] },
    { id: "steve-witkoff", name: "Steve Witkoff", kind: "person", aliases: ["Witkoff", "Witkopf"], roles: ["envoy"], mentions: [span("a1", "Steve Witkoff")] },
    // once named by another spelling: a link made then names him by the old id
    { id: "volodymyr-zelensky", formerIds: ["zelenskyy"], name: "Volodymyr Zelensky", kind: "person", aliases: ["Zelenskyy"], roles: [], mentions: [span("a2", "Volodymyr Zelensky")] },
    { id: "kremlin", name: "Kremlin", kind: "organization", aliases: [], roles: [], mentions: [span("a1", "Kremlin")] },
  ],
  locations: [
    { id: "moscow", name: "Moscow", kind: "city", aliases: [], mentions: [span("a1", "Moscow")] },
    { id: "florida", name: "Florida", kind: "region", aliases: [], mentions: [span("a1", "Florida")] },
  ],
  events: [
    event({
      id: "e-meeting",
      // a2's report of the meeting, before the merge, had an id of its own
      formerIds: ["e-putin-received"],
      type: "meeting",
      title: "Putin and Witkoff meet in Moscow",
      date: "2025-12-02",
      datePrecision: "day",
      dateBasis: { kind: "relative", expression: "Tuesday", anchor: "2025-12-04", articleId: "a1", start: tuesday.start, end: tuesday.end },
      actorIds: ["vladimir-putin", "steve-witkoff"],
      locationIds: ["moscow"],
      sources: [span("a1", "Vladimir Putin met Witkoff for five hours, aides said."), span("a2", "Putin received the US delegation in Moscow.")],
      rules: ["meeting/verb:met", "meeting/verb:received", "merge/shared-participants"],
    }),
    event({
      id: "e-kremlin",
      type: "statement",
      title: "Kremlin: “compromises have not yet been found”",
      date: "2025-12-03",
      datePrecision: "day",
      dateBasis: { kind: "relative", expression: "Wednesday", anchor: "2025-12-04", articleId: "a1", ...offsets(span("a1", "Wednesday")) },
      actorIds: ["kremlin"],
      quotes: [{ ...span("a1", "“compromises have not yet been found”"), speakerId: "kremlin" }],
      sources: [span("a1", "The Kremlin said on Wednesday that “compromises have not yet been found”.")],
      rules: ["statement/reported:said that"],
    }),
    event({
      id: "e-florida",
      type: "meeting",
      title: "Witkoff to meet the Ukrainian team in Florida",
      date: "2025-12",
      datePrecision: "month",
      dateBasis: { kind: "stated", expression: "December", anchor: "2025-12-04", articleId: "a1", ...offsets(span("a1", "December")) },
      status: "planned",
      actorIds: ["steve-witkoff"],
      locationIds: ["florida"],
      sources: [span("a1", "Witkoff is set to meet the Ukrainian team in Florida in December.")],
    }),
    event({
      id: "e-budget",
      type: "other",
      title: "A review of <b>the budget</b>",
      date: "2024",
      datePrecision: "year",
      sources: [span("a2", "A review of <b>the budget</b> is due in 2024.")],
    }),
    event({
      id: "e-signals",
      type: "statement",
      title: "Zelensky: “waiting for signals”",
      actorIds: ["volodymyr-zelensky"],
      quotes: [{ ...span("a2", "“waiting for signals”"), speakerId: null }],
      sources: [span("a2", "Ukraine’s President, Volodymyr Zelensky, said on Tuesday that he is “waiting for signals”.")],
    }),
  ],
  diagnostics: [],
};

function offsets({ start, end }: Source) {
  return { start, end };
}

/** The words of a fixture event's excerpts and quotes, as the explorer reads them from the article texts. */
export const fixtureWordsOf = ({ id }: { id: string }) => {
  const event = FIXTURE.events.find((e) => e.id === id);
  return event ? [...event.sources, ...event.quotes].map((span) => span.text) : [];
};
