// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ready = () => screen.findByRole("region", { name: "Event list" });

describe("the filter panel from the keyboard", () => {
  it("the date range is folded until asked for, or until a link sets it", async () => {
    const { user } = renderApp();
    await ready();
    const fold = screen.getByRole("button", { name: "Date range" });
    // what the button folds, as it tells assistive technology
    const body = () => document.getElementById(fold.getAttribute("aria-controls")!)!;
    expect(fold.getAttribute("aria-expanded")).toBe("false");
    expect(body().hidden).toBe(true);
    await user.click(fold);
    expect(fold.getAttribute("aria-expanded")).toBe("true");
    expect(body().hidden).toBe(false);
    expect(body().contains(screen.getByLabelText("From"))).toBe(true);
    cleanup();
    renderApp("/?from=2025-12-03");
    await ready();
    expect(screen.getByRole("button", { name: "Date range" }).getAttribute("aria-expanded")).toBe("true");
  });

  it("a picker is one tab stop: ↓ from its find box moves through the choices, Tab leaves it", async () => {
    const { user } = renderApp();
    await ready();
    const actors = within(screen.getByRole("group", { name: "Actors" }));
    const find = actors.getByRole("searchbox", { name: "Find a name" });
    find.focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(actors.getAllByRole("checkbox")[0]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(actors.getAllByRole("checkbox")[1]);
    await user.keyboard(" ");
    expect((actors.getAllByRole("checkbox")[1] as HTMLInputElement).checked).toBe(true);
    await user.tab();
    expect(screen.getByRole("group", { name: "Actors" }).contains(document.activeElement)).toBe(false);
    // one control of the picker is in the tab order: the one last used
    expect(actors.getAllByRole("checkbox").filter((box) => box.tabIndex === 0)).toEqual([actors.getAllByRole("checkbox")[1]]);
    expect(find.tabIndex).toBe(-1);
  });

  it("the event types are one tab stop, ↑ ↓ between them", async () => {
    const { user } = renderApp();
    await ready();
    const types = within(screen.getByRole("group", { name: "Event types" })).getAllByRole("checkbox");
    expect(types.filter((box) => box.tabIndex === 0)).toHaveLength(1);
    types[0].focus();
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(types[types.length - 1]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(types[types.length - 2]);
  });
});
