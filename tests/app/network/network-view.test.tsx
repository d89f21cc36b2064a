// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FILTERS, type Filters } from "../../../src/app/explorer-url/explorer-state";
import NetworkView from "../../../src/app/network/NetworkView";
import { TOP_ACTORS } from "../../../src/app/network/actor-network";
import { indexTimeline } from "../../../src/app/timeline-data/timeline-index";
import { readExplorerFile, toExplorerData } from "../../../src/model/explorer-data";
import { FIXTURE } from "../fixture-timeline";
import { actor, ACTORS, event, EVENTS, timelineOf } from "./network-fixture";

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, "", "/?q=ferry"));

const index = indexTimeline(timelineOf(ACTORS, EVENTS));

function renderNetwork(filters: Partial<Filters> = {}, onToggleActor = vi.fn(), selectedEventId?: string) {
  render(<NetworkView index={index} events={index.events} filters={{ ...EMPTY_FILTERS, ...filters }} onToggleActor={onToggleActor} selectedEventId={selectedEventId} />);
  return { region: screen.getByRole("region", { name: "Actor network" }), onToggleActor };
}

describe("NetworkView", () => {
  it("draws each actor as a button named by the actor and its events; pressing it filters by the actor", async () => {
    const { region, onToggleActor } = renderNetwork();
    const brandt = within(region).getByRole("button", { name: "Ada Brandt, 3 events" });
    await userEvent.click(brandt);
    expect(onToggleActor).toHaveBeenCalledWith("ada-brandt");
    within(region).getByRole("button", { name: "Harbour Council, 1 event" });
  });

  it("reaches the actors from the keyboard", async () => {
    const { onToggleActor } = renderNetwork();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Ada Brandt, 3 events" }));
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    expect(onToggleActor).toHaveBeenCalledWith("omar-sefu");
  });

  it("marks the filtered actor pressed, emphasizes its neighbours and fades the rest", () => {
    renderNetwork({ actors: ["harbour-council"] });
    expect(screen.getByRole("button", { name: "Harbour Council, 1 event" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: "Lena Koval, 3 events" }).getAttribute("class")).toContain("is-near");
    expect(screen.getByRole("button", { name: "Ada Brandt, 3 events" }).getAttribute("class")).toContain("is-faded");
  });

  it("lists the most connected pairs as text, with their shared events", () => {
    renderNetwork();
    const pairs = screen.getByRole("heading", { name: "Most connected pairs" }).parentElement!;
    expect(within(pairs).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Brandt and Sefu, 3 shared events",
      "Brandt and Koval, 1 shared event",
      "Harbour Council and Koval, 1 shared event",
      "Koval and Sefu, 1 shared event",
    ]);
  });

  it("a chosen pair lists the events the two share, each opening the event", async () => {
    renderNetwork();
    await userEvent.click(screen.getByRole("button", { name: "Brandt and Sefu, 3 shared events" }));
    const shared = screen.getByRole("region", { name: "Ada Brandt and Omar Sefu: 3 shared events" });
    expect(within(shared).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Brandt and Sefu meet in Portvale 1 Mar 2025",
      "Koval comments on the talks 2 Mar 2025",
      "Brandt and Sefu sign a ferry deal 5 Mar 2025",
    ]);
    const deal = within(shared).getByRole("link", { name: "Brandt and Sefu sign a ferry deal" });
    // the link keeps the filters, so it can be opened in a new tab
    expect(deal.getAttribute("href")).toBe("/?q=ferry&event=e3");
    await userEvent.click(deal);
    expect(window.location.search).toBe("?q=ferry&event=e3");

    await userEvent.click(within(shared).getByRole("button", { name: "Close the shared events" }));
    expect(screen.queryByRole("region", { name: /shared events/ })).toBeNull();
  });

  it("draws the most connected actors first, with a button to show more", async () => {
    const many = Array.from({ length: TOP_ACTORS + 5 }, (_, i) => actor(`p${i}`, `Person ${i}`));
    const events = many.map((a, i) => event(`m${i}`, "meeting", [a.id, many[(i + 1) % many.length].id]));
    const big = indexTimeline(timelineOf(many, events));
    render(<NetworkView index={big} events={big.events} filters={EMPTY_FILTERS} onToggleActor={vi.fn()} />);
    const diagram = screen.getByRole("group", { name: "Actors and their links" });
    expect(within(diagram).getAllByRole("button")).toHaveLength(TOP_ACTORS);
    expect(screen.getByText(`The ${TOP_ACTORS} most connected of ${TOP_ACTORS + 5} actors, ${TOP_ACTORS - 1} links`)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Show more actors" }));
    expect(within(diagram).getAllByRole("button")).toHaveLength(TOP_ACTORS + 5);
    expect(screen.queryByRole("button", { name: "Show more actors" })).toBeNull();
  });

  it("says so when the filtered events name no actors", () => {
    render(<NetworkView index={index} events={[EVENTS[0]].map((e) => ({ ...e, actorIds: [] }))} filters={EMPTY_FILTERS} onToggleActor={vi.fn()} />);
    expect(screen.getByRole("region", { name: "Actor network" }).textContent).toContain("No actors take part in the events the filters keep.");
  });

  it("works on the app's fixture timeline, indexed as the app does", () => {
    const app = indexTimeline(readExplorerFile(toExplorerData(FIXTURE).timeline));
    render(<NetworkView index={app} events={app.events} filters={EMPTY_FILTERS} onToggleActor={vi.fn()} />);
    screen.getByRole("button", { name: "Vladimir Putin, 1 event" });
    screen.getByRole("button", { name: "Putin and Witkoff, 1 shared event" });
  });
});
