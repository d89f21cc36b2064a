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
});
