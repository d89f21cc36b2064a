// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Timeline } from "../../src/model/timeline";
import { FIXTURE } from "./fixture-timeline";
import { renderApp, searchParams } from "./render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const list = () => within(screen.getByRole("region", { name: "Event list" }));
const row = (title: string) => list().getByRole("button", { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
const details = () => within(screen.getByRole("region", { name: "Event details" }));
const openedDetails = async () => within(await screen.findByRole("region", { name: "Event details" }));
// the article's words inside our sentences come wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
const isolated = (words: string) => `\u2068${words}\u2069`;

describe("event details", () => {
  it("a click in the list opens the details: title, date and where it came from, precision, status", async () => {
    const { user } = renderApp();
    await screen.findByRole("region", { name: "Event list" });
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    await user.click(row("Putin and Witkoff meet in Moscow"));
    expect(details().getByRole("heading", { name: "Putin and Witkoff meet in Moscow" })).toBeTruthy();
    expect(details().getByText("2 Dec 2025")).toBeTruthy();
    expect(details().getByText(`${isolated("Tuesday")} → 2 Dec 2025, from the article's date 4 Dec 2025`)).toBeTruthy();
    expect(details().getByText("Day")).toBeTruthy();
    expect(details().getByText("Occurred")).toBeTruthy();
    expect(searchParams().get("event")).toBe("e-meeting");
    expect(row("Putin and Witkoff meet in Moscow").getAttribute("aria-current")).toBe("true");
  });

  it("says how many articles and outlets report the event, and names the outlets", async () => {
    const { user } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    expect(details().getByText("Reported by 2 articles from 2 outlets")).toBeTruthy();
    // a1 names its outlet; a2 names none and no source URL: it counts as its own outlet, but
    // it is not named as one
    expect(within(details().getByRole("list", { name: "Outlets" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["The Wire"]);
    expect(details().getByText("1 article names no outlet.")).toBeTruthy();
    await user.click(details().getByRole("button", { name: "Close" }));
    await user.click(row("Kremlin: “compromises have not yet been found”"));
    expect(details().getByText("Reported by 1 article from 1 outlet")).toBeTruthy();
  });

  it("lists the rules that found the event in a collapsed 'How this was found'", async () => {
    renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    const summary = details().getByText("How this was found");
    const disclosure = summary.closest("details")!;
    expect(disclosure.open).toBe(false);
    await within(disclosure).findByText("merge/shared-participants");
    const eventRules = within(disclosure).getByRole("list", { name: "Rules for the event" });
    expect(within(eventRules).getAllByRole("listitem").map((li) => li.textContent)).toEqual(FIXTURE.events.find((e) => e.id === "e-meeting")!.rules);
  });

  it("traces each actor of the event to the rules that found, typed and joined their names", async () => {
    renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    const actorRules = within(details().getByText("How this was found").closest("details")!).getByRole("list", { name: "Rules for the actors" });
    // only actors with recorded rules are listed (the fixture's Witkoff has none)
    expect(within(actorRules).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Vladimir Putin: actor/surname-alone, person/given-name"]);
  });

  it("shows every source's excerpt marked inside the text around it", async () => {
    renderApp("/?event=e-meeting");
    const region = await screen.findByRole("region", { name: "Event details" });
    // the words come with the article texts, fetched when the details first need them
    await within(region).findByText("Putin received the US delegation in Moscow.", { selector: "mark" });
    const marks = within(region).getAllByText((_, element) => element?.tagName === "MARK");
    expect(marks.map((m) => m.textContent)).toEqual(["Vladimir Putin met Witkoff for five hours, aides said.", "Putin received the US delegation in Moscow."]);
    // context: the article's words around the excerpt
    expect(marks[0].parentElement?.textContent).toContain("left Moscow.");
    expect(within(region).getAllByRole("button", { name: "Read in article" })).toHaveLength(2);
  });

  it("explains month precision, planned status and a date stated in the sentence", async () => {
    renderApp("/?event=e-florida");
    await screen.findByRole("region", { name: "Event details" });
    expect(details().getByText("December 2025")).toBeTruthy();
    // where the date came from is part of the event's evidence, which comes with the texts
    expect(await details().findByText(`“${isolated("December")}” → December 2025, stated in the sentence`)).toBeTruthy();
    expect(details().getByText(/^Month/)).toBeTruthy();
    expect(details().getByText(/^Planned:/)).toBeTruthy();
  });

  it("shows quotes with their speakers, or says the speaker is not named", async () => {
    const { unmount } = renderApp("/?event=e-kremlin");
    await screen.findByRole("region", { name: "Event details" });
    const quote = await details().findByText("“compromises have not yet been found”", { selector: "blockquote" });
    expect(quote.closest("figure")?.textContent).toContain("— Kremlin");
    unmount();
    renderApp("/?event=e-signals");
    await screen.findByRole("region", { name: "Event details" });
    expect(await details().findByText("— speaker not named")).toBeTruthy();
    expect(details().getByText("No date: none of the sources says when this happened.")).toBeTruthy();
  });

  it("actor and location chips set the filter, and a second click takes it off", async () => {
    const { user } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    const chip = details().getByRole("button", { name: /^Steve Witkoff/ });
    expect(chip.getAttribute("aria-pressed")).toBe("false");
    await user.click(chip);
    expect(searchParams().getAll("actor")).toEqual(["steve-witkoff"]);
    expect(details().getByRole("button", { name: /^Steve Witkoff/ }).getAttribute("aria-pressed")).toBe("true");
    expect(within(screen.getByRole("group", { name: "Actors" })).getByRole("checkbox", { name: "Steve Witkoff" })).toHaveProperty("checked", true);
    await user.click(details().getByRole("button", { name: "Moscow" }));
    expect(searchParams().getAll("location")).toEqual(["moscow"]);
    await user.click(details().getByRole("button", { name: /^Steve Witkoff/ }));
    expect(searchParams().getAll("actor")).toEqual([]);
    expect(searchParams().get("event")).toBe("e-meeting");
  });

  it("says so when the URL names an event the data does not have", async () => {
    renderApp("/?event=gone");
    await screen.findByRole("region", { name: "Event details" });
    expect(details().getByText(/names an event/).textContent).toContain("gone");
  });

  it("Read in article opens the whole article with the excerpt marked, and can mark every event span and mention", async () => {
    const { user } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    await user.click((await details().findAllByRole("button", { name: "Read in article" }))[0]);
    const reader = within(await screen.findByRole("dialog", { name: "Envoys leave Moscow" }));
    const marked = () => reader.getAllByText((_, element) => element?.tagName === "MARK").map((m) => m.textContent);
    expect(marked()).toEqual(["Vladimir Putin met Witkoff for five hours, aides said."]);
    expect(screen.getByRole("dialog").textContent).toContain("The Wire · 4 Dec 2025");
    await user.click(reader.getByRole("checkbox", { name: /Show every event span/ }));
    // the chosen excerpt stays one mark; the other events' excerpts are marked too
    expect(marked()).toContain("Vladimir Putin met Witkoff for five hours, aides said.");
    expect(marked()).toContain("The Kremlin said on Wednesday that “compromises have not yet been found”.");
    await user.click(reader.getByRole("checkbox", { name: /Show actor mentions/ }));
    expect(reader.getByTitle(isolated("Steve Witkoff")).textContent).toBe("Steve Witkoff");
    await user.click(reader.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("keeps the open passage in the link: it reopens from the URL, Back closes it, and Close takes it out", async () => {
    const { user, unmount } = renderApp("/?event=e-meeting");
    await screen.findByRole("region", { name: "Event details" });
    await user.click((await details().findAllByRole("button", { name: "Read in article" }))[0]);
    await screen.findByRole("dialog", { name: "Envoys leave Moscow" });
    const link = window.location.search;
    expect(link).toMatch(/^\?event=e-meeting&read=[^&]+&at=\d+-\d+$/);
    // Back, as the page sees it: the previous address and a popstate
    act(() => {
      window.history.replaceState(null, "", "/?event=e-meeting");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    unmount();

    const again = renderApp(`/${link}`);
    const reader = within(await screen.findByRole("dialog", { name: "Envoys leave Moscow" }));
    expect((await reader.findAllByText((_, element) => element?.tagName === "MARK")).map((m) => m.textContent)).toEqual(["Vladimir Putin met Witkoff for five hours, aides said."]);
    await again.user.click(reader.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(window.location.search).toBe("?event=e-meeting");
  });

  it("closing the reader adds no history entry of its own: Back after closing does not reopen it", async () => {
    const { user } = renderApp("/");
    await user.click(await screen.findByRole("button", { name: /Putin and Witkoff meet in Moscow/ }));
    const entries = window.history.length;
    await user.click((await details().findAllByRole("button", { name: "Read in article" }))[0]);
    await screen.findByRole("dialog", { name: "Envoys leave Moscow" });
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Close" }));
    await waitFor(() => expect(window.location.search).toBe("?event=e-meeting"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // Back now leaves the event, as it did before the reader was opened
    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe(""));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    // the one entry opening added is still there to go forward to; closing added none
    expect(window.history.length).toBe(entries + 1);
  });
});

/** The fixture with the meeting read from four excerpts of a1, two of them overlapping, and
 *  one of a2; a2 has a source URL but no outlet, and no title. */
function meetingFromManyExcerpts(): Timeline {
  const t = structuredClone(FIXTURE);
  const a1 = t.articles[0].text;
  const at = (text: string) => ({ articleId: "a1", start: a1.indexOf(text), end: a1.indexOf(text) + text.length, text });
  const meeting = t.events.find((e) => e.id === "e-meeting")!;
  meeting.sources = [
    at("Vladimir Putin met Witkoff for five hours, aides said."),
    at("met Witkoff for five hours"),
    at("After their hours-long meeting at the Kremlin on Tuesday"),
    at("After their hours-long meeting"),
    ...meeting.sources.filter((s) => s.articleId === "a2"),
  ];
  t.articles[1].source = "https://www.reuters.com/world/a2";
  meeting.reportedBy = { articles: ["a1", "a2"], outlets: ["The Wire", "reuters.com"].sort() };
  return t;
}

describe("the sources of an event", () => {
  it("counts the articles, not the excerpts, and shows each article's excerpts together, overlapping ones as one passage", async () => {
    renderApp("/?event=e-meeting", { body: meetingFromManyExcerpts() });
    const articles = within(await openedDetails().then((d) => d.findByRole("list", { name: "Articles" })));
    expect(details().getByText("Reported by 2 articles from 2 outlets")).toBeTruthy();
    const groups = articles.getAllByRole("heading", { level: 5 });
    expect(groups.map((h) => h.textContent)).toEqual(["Envoys leave Moscow", "Ukraine’s President, Volodymyr Zelensky, said on Tuesday that he is “waiting for signals”."]);
    const marksOf = (title: string) => within(groups.find((h) => h.textContent === title)!.closest("li")!).getAllByText((_, el) => el?.tagName === "MARK").map((m) => m.textContent);
    // four excerpts of a1, in two passages: each sentence once
    expect(marksOf("Envoys leave Moscow")).toEqual(["After their hours-long meeting at the Kremlin on Tuesday", "Vladimir Putin met Witkoff for five hours, aides said."]);
    expect(details().getAllByRole("button", { name: "Read in article" })).toHaveLength(3);
  });

  it("names each article by its title, outlet and date, and links its source in a new tab", async () => {
    renderApp("/?event=e-meeting", { body: meetingFromManyExcerpts() });
    const wire = (await (await openedDetails()).findByRole("heading", { name: "Envoys leave Moscow" })).closest("li")!;
    expect(wire.textContent).toContain("The Wire · 4 Dec 2025");
    const link = within(wire).getByRole("link", { name: "original (opens in a new tab)" });
    expect(link.getAttribute("href")).toBe("https://example.com/a1");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")?.split(" ").sort()).toEqual(["noopener", "noreferrer"]);
    // a2 has no title and no outlet: its first line, and its source URL's host
    const a2 = details().getByRole("heading", { name: /^Ukraine’s President/ }).closest("li")!;
    expect(a2.textContent).toContain("reuters.com · 2 Dec 2025 (inferred)");
    expect(a2.textContent).not.toContain("a2.txt");
  });

  it("says an article names no outlet, and links no source that is not http(s)", async () => {
    const t = structuredClone(FIXTURE);
    t.articles[0].source = "javascript:alert(1)";
    renderApp("/?event=e-meeting", { body: t });
    const wire = (await (await openedDetails()).findByRole("heading", { name: "Envoys leave Moscow" })).closest("li")!;
    expect(within(wire).queryByRole("link")).toBeNull();
    const a2 = details().getByRole("heading", { name: /^Ukraine’s President/ }).closest("li")!;
    expect(a2.textContent).toContain("Outlet not named · 2 Dec 2025 (inferred)");
  });

  it("the reader names an article without a title by its first line and the host of its source", async () => {
    const t = meetingFromManyExcerpts();
    const { user } = renderApp("/?event=e-meeting", { body: t });
    const a2 = (await (await openedDetails()).findByRole("heading", { name: /^Ukraine’s President/ })).closest("li")!;
    await user.click(within(a2).getByRole("button", { name: "Read in article" }));
    const reader = await screen.findByRole("dialog", { name: "Ukraine’s President, Volodymyr Zelensky, said on Tuesday that he is “waiting for signals”." });
    expect(reader.textContent).toContain("reuters.com · 2 Dec 2025 (inferred) · original");
    expect(within(reader).getByRole("link", { name: "original (opens in a new tab)" }).getAttribute("target")).toBe("_blank");
  });
});

describe("the event list and the keyboard", () => {
  it("arrows move between events, Enter opens the details, Escape closes them and keeps the place", async () => {
    const { user } = renderApp();
    await screen.findByRole("region", { name: "Event list" });
    const rows = list().getAllByRole("button");
    // one tab stop for the whole list
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
    rows[0].focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement).toBe(rows[2]);
    await user.keyboard("{Enter}");
    expect(details().getByRole("heading", { level: 3 }).textContent).toBe("Putin and Witkoff meet in Moscow");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(details().getByRole("heading", { level: 3 }).textContent).toBe("Witkoff to meet the Ukrainian team in Florida");
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(rows[4]);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    expect(searchParams().get("event")).toBeNull();
    expect(document.activeElement).toBe(rows[4]);
  });

  it("Escape inside the details closes them and returns to the event's row", async () => {
    const { user } = renderApp("/?event=e-kremlin");
    await screen.findByRole("region", { name: "Event details" });
    details().getByRole("button", { name: "Close" }).focus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Event details" })).toBeNull();
    expect(document.activeElement).toBe(row("Kremlin: “compromises have not yet been found”"));
  });

  it("the undated tray on the timeline opens its events too", async () => {
    const { user } = renderApp();
    const timeline = within(await screen.findByRole("region", { name: "Timeline" }));
    const tray = within(timeline.getByRole("region", { name: /Undated/ }));
    await user.click(tray.getByRole("button", { name: /waiting for signals/ }));
    expect(searchParams().get("event")).toBe("e-signals");
    expect(details().getByRole("heading", { name: "Zelensky: “waiting for signals”" })).toBeTruthy();
  });

  it("a tray of many undated events shows the first ones and opens to all on request", async () => {
    const undated = FIXTURE.events.find((e) => e.date === null)!;
    const many = { ...FIXTURE, events: [...FIXTURE.events, ...Array.from({ length: 60 }, (_, i) => ({ ...undated, id: `u${i}`, title: `Undated happening ${i}` }))] };
    const { user } = renderApp("/", { body: many });
    const tray = within(await screen.findByRole("region", { name: /Undated/ }));
    const total = many.events.filter((e) => e.date === null).length;
    // forty events and the button that shows the rest
    expect(tray.getAllByRole("button")).toHaveLength(41);
    expect(tray.queryByRole("button", { name: "Undated happening 59" })).toBeNull();
    await user.click(tray.getByRole("button", { name: `Show all ${total}` }));
    expect(tray.getByRole("button", { name: "Undated happening 59" })).toBeTruthy();
    expect(tray.getByRole("button", { name: "Show fewer" }).getAttribute("aria-expanded")).toBe("true");
  });
});
