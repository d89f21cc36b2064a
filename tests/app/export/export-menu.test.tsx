// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import Papa from "papaparse";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../render-app";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Catches the files the page hands the browser: their names and contents. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

describe("the Export control", () => {
  it("offers CSV, JSON and a calendar once opened, and closes on Escape or a press elsewhere", async () => {
    const { user } = renderApp();
    const toggle = await screen.findByRole("button", { name: "Export" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "CSV" })).toBeNull();
    await user.click(toggle);
    const formats = within(screen.getByRole("group", { name: "Export 5 events as" }));
    expect(formats.getAllByRole("button").map((b) => b.textContent)).toEqual(["CSV", "JSON", "Calendar (ICS)"]);
    await user.keyboard("{Escape}");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
    // and on a press elsewhere
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.click(screen.getByRole("heading", { name: "Dateline" }));
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("downloads the filtered events, loading the article texts first, named by the filter", async () => {
    const files = catchDownloads();
    const { user, fetch } = renderApp("/?actor=steve-witkoff");
    await user.click(await screen.findByRole("button", { name: "Export" }));
    expect(fetch.mock.calls.some(([url]) => String(url).endsWith("timeline.texts.json"))).toBe(false);
    await user.click(screen.getByRole("button", { name: "CSV" }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe("dateline-steve-witkoff-all.csv");
    const rows = Papa.parse<Record<string, string>>((await files[0].blob.text()).replace(/^\uFEFF/, ""), { header: true }).data;
    // in the list's order
    const listed = [...screen.getByRole("region", { name: "Event list" }).querySelectorAll(".event-row-title")].map((el) => el.textContent);
    expect(rows.map((r) => r.title)).toEqual(listed);
    expect(new Set(listed)).toEqual(new Set(["Putin and Witkoff meet in Moscow", "Witkoff to meet the Ukrainian team in Florida"]));
    expect(rows.find((r) => r.title === "Putin and Witkoff meet in Moscow")!["first excerpt"]).toBe("Vladimir Putin met Witkoff for five hours, aides said.");
    expect(await screen.findByText("Exported 2 events as CSV.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: "Calendar (ICS)" }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1].name).toBe("dateline-steve-witkoff-all.ics");
    expect((await files[1].blob.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
