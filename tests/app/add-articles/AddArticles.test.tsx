// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AddedArticlesProvider } from "../../../src/app/add-articles/added-articles";
import type { AddedStore } from "../../../src/app/add-articles/added-store";
import type { Extractor, FileProgress } from "../../../src/app/add-articles/extractor-client";
import type { AddedFile, ShownArticle } from "../../../src/app/add-articles/protocol";
import type { Diagnostic, Timeline } from "../../../src/model/timeline";
import { FIXTURE } from "../fixture-timeline";
import { renderAppWith } from "../render-app";

// The "Add articles" control over the whole explorer, with the worker's boundary (Extractor)
// stood in for: each added text file becomes an article with one meeting, titled by its last
// line; a file whose text starts with "BAD" is skipped with the extractor's kind of diagnostic;
// "HANG" never answers until released.

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function fakeExtractor() {
  const calls: { shown: ShownArticle[]; files: AddedFile[] }[] = [];
  let release: (() => void) | undefined;
  const extractor: Extractor = {
    async add(shown, files, onProgress: (p: FileProgress) => void) {
      calls.push({ shown, files });
      const timeline: Timeline = structuredClone(FIXTURE);
      const results = [];
      for (const [index, file] of files.entries()) {
        onProgress({ index, state: "reading" });
        if (text(file.bytes).startsWith("HANG")) await new Promise<void>((done) => (release = done));
        if (text(file.bytes).startsWith("BAD")) {
          const diagnostic: Diagnostic = { file: file.name, severity: "error", skipped: true, message: "skipped: binary data (a NUL byte at offset 3); save the article as text" };
          results.push(diagnostic);
          onProgress({ index, state: "read", result: diagnostic });
          continue;
        }
        const id = file.name.replace(/\.\w+$/, "");
        const body = text(file.bytes);
        const title = body.split("\n").at(-1)!;
        timeline.articles.push({ id, path: file.name, published: "2025-12-05", publishedBasis: "header", text: body });
        timeline.events.push({ id: `2025-12-05-meeting-${id}`, type: "meeting", title, date: "2025-12-05", datePrecision: "day", dateBasis: null, status: "occurred", actorIds: [], locationIds: [], quotes: [], rules: [], reportedBy: { articles: [id], outlets: [id] }, sources: [{ articleId: id, start: body.length - title.length, end: body.length, text: title }] });
        const analysis = { article: timeline.articles.at(-1)!, sentenceCount: 1, mentions: [], events: [], diagnostics: [] };
        results.push(analysis);
        onProgress({ index, state: "read", result: analysis });
      }
      return { timeline, results };
    },
  };
  return { extractor, calls, release: () => release?.() };
}

function memoryStore(initial: AddedFile[] = []): AddedStore & { files: AddedFile[] } {
  const store = { files: initial, load: async () => store.files, save: async (files: AddedFile[]) => void (store.files = files) };
  return store;
}

function renderWithAdding(store = memoryStore(), fake = fakeExtractor()) {
  const view = renderAppWith("/", [{ body: FIXTURE }], undefined, (app) => (
    <AddedArticlesProvider store={store} extractor={async () => fake.extractor}>
      {app}
    </AddedArticlesProvider>
  ));
  return { ...view, store, fake };
}

const file = (name: string, body: string) => new File([body], name, { type: "text/plain" });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("adding articles in the page", () => {
  it("adds chosen files, shows each one's progress, and marks their events as added", async () => {
    const { user, fake } = renderWithAdding();
    await user.upload(await screen.findByLabelText("Add articles"), [file("harbour.txt", "Harbour talks in Valletta"), file("ferry.html", "Ferry line signed")]);
    const list = await screen.findByRole("list", { name: "Added articles" });
    await waitFor(() => expect(within(list).getAllByText("Added")).toHaveLength(2));
    expect(within(list).getByText("harbour.txt")).toBeTruthy();
    expect(screen.getByText("2 of 2 added articles shown")).toBeTruthy();
    // sent with the shown articles and their texts, under a folder of their own
    expect(fake.calls[0].files.map((f) => f.name)).toEqual(["added/harbour.txt", "added/ferry.html"]);
    expect(fake.calls[0].shown.map((a) => [a.article.id, a.text.length])).toEqual(FIXTURE.articles.map((a) => [a.id, a.text.length]));
    const row = await screen.findByRole("button", { name: /Harbour talks in Valletta/ });
    expect(within(row).getByText("Added")).toBeTruthy();
    const rows = screen.getAllByRole("button", { name: /^(?!.*(Harbour|Ferry))/ }).filter((b) => b.classList.contains("event-row"));
    expect(rows.length).toBeGreaterThan(0);
    for (const built of rows) expect(within(built).queryByText("Added")).toBeNull();
    expect(screen.getByText(/4 articles/)).toBeTruthy();
  });

  it("shows a bad file's own diagnostic while the others are added", async () => {
    const { user } = renderWithAdding();
    await user.upload(await screen.findByLabelText("Add articles"), [file("good.txt", "Good talks"), file("broken.txt", "BAD\u0000")]);
    expect(await screen.findByText("skipped: binary data (a NUL byte at offset 3); save the article as text")).toBeTruthy();
    expect(await screen.findByRole("button", { name: /Good talks/ })).toBeTruthy();
    const list = screen.getByRole("list", { name: "Added articles" });
    expect(within(list).getByText("Skipped")).toBeTruthy();
  });

  it("says which file it is reading while it reads, in a live region", async () => {
    const { user, fake } = renderWithAdding();
    await user.upload(await screen.findByLabelText("Add articles"), [file("slow.txt", "HANG then talks")]);
    const list = await screen.findByRole("list", { name: "Added articles" });
    await waitFor(() => expect(within(list).getByText("Reading…")).toBeTruthy());
    expect(screen.getAllByRole("status").some((s) => s.textContent === "Adding articles: 0 of 1 read…")).toBe(true);
    act(() => fake.release());
    await waitFor(() => expect(within(list).getByText("Added")).toBeTruthy());
  });

  it("keeps the added files, reads them again on load, and removes one on request", async () => {
    const store = memoryStore([{ name: "kept.txt", bytes: new TextEncoder().encode("Kept talks") }, { name: "other.txt", bytes: new TextEncoder().encode("Other talks") }]);
    const { user } = renderWithAdding(store);
    expect(await screen.findByRole("button", { name: /Kept talks/ })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Remove kept.txt" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: /Kept talks/ })).toBeNull());
    expect(screen.getByRole("button", { name: /Other talks/ })).toBeTruthy();
    expect(store.files.map((f) => f.name)).toEqual(["other.txt"]);
    await user.click(screen.getByRole("button", { name: "Remove other.txt" }));
    await waitFor(() => expect(screen.queryByRole("list", { name: "Added articles" })).toBeNull());
    // the served event is reported by its own two articles again, in the list and the details
    expect(screen.getAllByText(/2 articles/).length).toBeGreaterThan(0);
    expect(screen.queryAllByText(/3 articles/)).toEqual([]);
  });

  it("adds pasted text with its date as a text file", async () => {
    const { user, fake } = renderWithAdding();
    await user.click(await screen.findByRole("button", { name: "Paste text" }));
    const dialog = screen.getByRole("dialog", { name: "Paste an article" });
    await user.type(within(dialog).getByLabelText("Article text"), "Pasted talks in Lisbon");
    await user.type(within(dialog).getByLabelText("Publication date (optional)"), "2025-12-05");
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByRole("button", { name: /Pasted talks in Lisbon/ })).toBeTruthy();
    await waitFor(() => expect(fake.calls).toHaveLength(1));
    expect(fake.calls[0].files.map((f) => [f.name, text(f.bytes)])).toEqual([["added/pasted-1.txt", "date 2025-12-05\nPasted talks in Lisbon"]]);
  });
});
