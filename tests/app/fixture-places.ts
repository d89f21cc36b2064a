import type { Event, Location, Timeline } from "../../src/model/timeline";
import { FIXTURE } from "./fixture-timeline";

// The app's fixture with places that nest and a place spelled two ways: Miami lies in Florida,
// Florida in the United States (which no article names), and the articles write Kyiv as
// "Kiev" too. Kept apart from FIXTURE, whose events other tests count.

const sourceOf = (id: string) => FIXTURE.events.find((e) => e.id === id)!.sources[0];

const PLACES: Location[] = [
  { id: "united-states", name: "United States", kind: "country", country: "US", aliases: [], mentions: [] },
  { id: "miami", name: "Miami", kind: "city", country: "US", within: "florida", aliases: ["Miami"], mentions: [] },
  { id: "kyiv", name: "Kyiv", kind: "city", country: "UA", aliases: ["Kiev", "Kyiv"], mentions: [] },
];

const EVENTS: Event[] = [
  {
    id: "e-miami",
    type: "meeting",
    title: "Witkoff meets the Ukrainian team in Miami",
    date: "2025-12-06",
    datePrecision: "day",
    dateBasis: null,
    status: "occurred",
    actorIds: ["steve-witkoff"],
    locationIds: ["miami"],
    quotes: [],
    sources: [sourceOf("e-florida")],
    reportedBy: { articles: ["a1"], outlets: ["The Wire"] },
    rules: [],
  },
  {
    id: "e-kyiv",
    type: "statement",
    title: "Zelensky speaks in Kyiv",
    date: "2025-12-02",
    datePrecision: "day",
    dateBasis: null,
    status: "occurred",
    actorIds: ["volodymyr-zelensky"],
    locationIds: ["kyiv"],
    quotes: [],
    sources: [sourceOf("e-signals")],
    reportedBy: { articles: ["a2"], outlets: ["a2"] },
    rules: [],
  },
];

export const FIXTURE_WITH_PLACES: Timeline = {
  ...FIXTURE,
  locations: [...FIXTURE.locations.map((l) => (l.id === "florida" ? { ...l, country: "US", within: "united-states" } : l)), ...PLACES],
  events: [...FIXTURE.events, ...EVENTS],
};

/** The words of an event's excerpts and quotes, as the explorer reads them from the article texts. */
export const placesWordsOf = ({ id }: { id: string }) => {
  const event = FIXTURE_WITH_PLACES.events.find((e) => e.id === id);
  return event ? [...event.sources, ...event.quotes].map((span) => span.text) : [];
};
