// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIXTURE } from "./fixture-timeline";
import { renderApp } from "./render-app";

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
    const broken = structuredClone(FIXTURE);
    broken.events[1].sources[0].text = "not what the article says";
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("At events.1.sources.0.text: excerpt is not the article text at start..end");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("a response that is not JSON says so", async () => {
    renderApp("/", { body: "<!doctype html><p>oops" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/is not valid JSON/);
  });

  it("a truncated file names the file and says it is not valid JSON, with a way to retry", async () => {
    const whole = JSON.stringify(FIXTURE);
    renderApp("/", { body: whole.slice(0, Math.floor(whole.length / 2)) });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { name: "The timeline could not be loaded" })).toBeTruthy();
    expect(alert.textContent).toMatch(/\/timeline\.json is not valid JSON/);
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  it("an empty file is not valid JSON either", async () => {
    renderApp("/", { body: "" });
    expect((await screen.findByRole("alert")).textContent).toMatch(/\/timeline\.json is not valid JSON/);
  });

  it("a value of the wrong type is named by its path in the document", async () => {
    const broken = structuredClone(FIXTURE) as unknown as { events: { sources: { start: unknown }[] }[] };
    broken.events[0].sources[0].start = "12";
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("does not match the schema");
    expect(alert.textContent).toMatch(/At events\.0\.sources\.0\.start: .*expected number/);
  });

  it("JSON that is no timeline at all is named at its root, and many problems are counted", async () => {
    const { unmount } = renderApp("/", { body: [1, 2, 3] });
    expect((await screen.findByRole("alert")).textContent).toContain("At (root)");
    unmount();
    const broken = structuredClone(FIXTURE) as unknown as { schemaVersion: unknown; events: { id: unknown }[] };
    broken.schemaVersion = 2;
    for (const e of broken.events) e.id = 7;
    renderApp("/", { body: broken });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("At schemaVersion");
    expect(alert.textContent).toContain("At events.0.id");
    expect(alert.textContent).toMatch(/…and \d+ more/);
  });
});
