// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { toExplorerData } from "../../src/model/explorer-data";
import { applyCorrections } from "../../src/pipeline/corpus/apply-corrections";
import { FIXTURE } from "./fixture-timeline";
import { renderApp, renderAppWith } from "./render-app";

/** The explorer's own timeline file, as the build makes it from the fixture, to break. */
const explorerFile = () => structuredClone(toExplorerData(FIXTURE).timeline);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("loading the timeline", () => {
  it("shows a loading state until the data arrives", async () => {
    renderApp();
    expect(screen.getByRole("status").textContent).toContain("Loading the timeline");
    await screen.findByRole("region", { name: "Timeline" });
  });

  it("a failed request says what went wrong, and Retry loads it", async () => {
    const { user, fetch } = renderApp("/", { status: 500, body: "The extractor failed on seeds: boom" }, { body: FIXTURE });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("HTTP 500");
    expect(alert.textContent).toContain("The extractor failed on seeds: boom");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByRole("region", { name: "Event list" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("data that breaks the schema is named by its path", async () => {
    const broken = explorerFile();
    // the second event's first actor, where the first event's actors end
    const at = broken.events.actors.ends[0];
    broken.events.actors.values[at] = broken.actors.length + 5;
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(`At events.actors.values.${at}: event 1: actor ${broken.actors.length + 5} is not one of the ${broken.actors.length} actors`);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("evidence that breaks the schema is named by its path where the words would show", async () => {
    const texts = structuredClone(toExplorerData(FIXTURE).texts);
    const at = texts.evidence.sources.ends[0];
    texts.evidence.sources.values[at + 2] = 99_999;
    renderAppWith("/?event=e-meeting", [{ body: FIXTURE }], { body: texts });
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    const alerts = await details.findAllByRole("alert");
    expect(alerts[0].textContent).toMatch(new RegExp(`The article texts does not match the schema:\\s*At evidence\\.sources\\.values\\.${at}: event 1: \\d+\\.\\.99999 is not inside the article's \\d+ characters`));
  });

  it("article texts from another extraction are refused where the words would show, with a way to retry", async () => {
    const texts = structuredClone(toExplorerData(FIXTURE).texts);
    texts.articles[0].text += " An added sentence.";
    renderAppWith("/?event=e-meeting", [{ body: FIXTURE }], { body: texts });
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    const alerts = await details.findAllByRole("alert");
    expect(alerts[0].textContent).toMatch(/timeline\.texts\.json does not belong with .*timeline\.explorer\.json: article "a1" has \d+ characters in one and \d+ in the other/);
    expect(within(alerts[0]).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("loads a timeline a reader corrected: a hidden event is not listed, a corrected one opens with its evidence", async () => {
    const { timeline: corrected } = applyCorrections(structuredClone(FIXTURE), {
      version: 1,
      operations: [
        { op: "hide-event", event: "e-budget" },
        { op: "set-event", event: "e-meeting", date: "2025-12-05", title: "Putin receives Witkoff" },
        { op: "merge-actors", actor: "kremlin", into: "vladimir-putin" },
      ],
    });
    renderApp("/?event=e-meeting", { body: corrected });
    const list = within(await screen.findByRole("region", { name: "Event list" }));
    expect(list.queryByText(/A review of/)).toBeNull();
    expect(list.getAllByText("Putin receives Witkoff").length).toBeGreaterThan(0);
    const details = within(await screen.findByRole("region", { name: "Event details" }));
    expect((await details.findAllByText(/Vladimir Putin met Witkoff for five hours/)).length).toBeGreaterThan(0);
  });

  it("a response that is not JSON says so", async () => {
    renderApp("/", { body: "<!doctype html><p>oops" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/is not valid JSON/);
  });

  it("a truncated file names the file and says it is not valid JSON, with a way to retry", async () => {
    const whole = JSON.stringify(explorerFile());
    renderApp("/", { body: whole.slice(0, Math.floor(whole.length / 2)) });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "The timeline could not be loaded" })).toBeTruthy();
    expect(alert.textContent).toMatch(/\/timeline\.explorer\.json is not valid JSON/);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("an empty file is not valid JSON either", async () => {
    renderApp("/", { body: "" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/\/timeline\.explorer\.json is not valid JSON/);
  });

  it("a value of the wrong type is named by its path in the document", async () => {
    const broken = explorerFile() as unknown as { events: { actors: { values: unknown[] }; date: unknown[] } };
    broken.events.actors.values[1] = "12";
    broken.events.date[2] = 2025;
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("does not match the schema");
    expect(alert.textContent).toContain('At events.actors.values.1: expected actor numbers, got "12"');
    expect(alert.textContent).toContain("At events.date.2: expected a calendar date (YYYY, YYYY-MM or YYYY-MM-DD) or null, got 2025");
  });

  it("JSON that is no timeline at all is named at its root, and many problems are counted", async () => {
    const { unmount } = renderApp("/", { body: [1, 2, 3] });
    expect((await screen.findByRole("alert")).textContent).toContain("At (root)");
    unmount();
    const broken = explorerFile() as unknown as { schemaVersion: unknown; events: { id: unknown[] } };
    broken.schemaVersion = 2;
    broken.events.id = broken.events.id.map(() => 7);
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("At schemaVersion");
    expect(alert.textContent).toContain("At events.id.0: expected a non-empty string, got 7");
    expect(alert.textContent).toMatch(/…and \d+ more/);
  });
});

/** The explorer with React Query's retries as main.tsx has them, but without their waits, and
 *  fetch answering each request for the timeline with the next of `answers` (the last repeats);
 *  an answer that throws is a request that got no response. */
function renderRetrying(...answers: (() => unknown)[]) {
  const queue = [...answers];
  const fetch = vi.fn(async () => {
    const body = (queue.length > 1 ? queue.shift()! : queue[0])();
    return body instanceof Response ? body : new Response(JSON.stringify(body));
  });
  vi.stubGlobal("fetch", fetch);
  const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
  render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
  return fetch;
}

const offline = () => {
  throw new TypeError("Failed to fetch");
};

describe("retrying a failed load", () => {
  it("shows a missing file at once: no retry brings it back", async () => {
    const fetch = renderRetrying(() => new Response("not found: /timeline.explorer.json", { status: 404 }));
    expect((await screen.findByRole("alert")).textContent).toContain("HTTP 404");
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("shows a file that is not JSON at once", async () => {
    const fetch = renderRetrying(() => new Response("<!doctype html><p>oops"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/is not valid JSON/);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("shows data off the schema at once, an impossible calendar date named by its path", async () => {
    const broken = explorerFile();
    broken.events.date[0] = "2025-13-45";
    const fetch = renderRetrying(() => broken);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('At events.date.0: expected a calendar date (YYYY, YYYY-MM or YYYY-MM-DD) or null, got "2025-13-45"');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("tries again when the request got no answer, and shows the timeline once one comes", async () => {
    const fetch = renderRetrying(offline, offline, () => explorerFile());
    await screen.findByRole("region", { name: "Event list" });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("tries again when the server is busy for a moment (HTTP 503)", async () => {
    const fetch = renderRetrying(() => new Response("restarting", { status: 503 }), () => explorerFile());
    await screen.findByRole("region", { name: "Event list" });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("after three more tries without an answer, says the server could not be reached", async () => {
    const fetch = renderRetrying(offline);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Could not reach /timeline.explorer.json (Failed to fetch)");
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
