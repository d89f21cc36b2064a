import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compactGazetteerJson } from "../../../src/cli/load-gazetteer";
import { createExtractor } from "../../../src/app/add-articles/extract-articles";
import type { FromExtractor } from "../../../src/app/add-articles/protocol";
import { gazetteerFromCompact } from "../../../src/pipeline/places/compact-gazetteer";
import type { Gazetteer } from "../../../src/pipeline/places/gazetteer";

// The extractor worker's messages (src/app/add-articles/protocol.ts), served by the same code the
// worker runs, with the compact gazetteer the worker downloads.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = gazetteerFromCompact(JSON.parse(compactGazetteerJson()));
});

const text = (s: string) => new TextEncoder().encode(s);
const talks = { name: "talks.txt", bytes: text("date 2025-12-04\nOdile Varnac met Teodor Blask in Lisbon on Tuesday, the ministry said.") };
const page = { name: "news-site.html", bytes: new Uint8Array(readFileSync(new URL("../../fixtures/web-pages/news-site.html", import.meta.url))) };

function worker(load: () => Promise<Gazetteer> = async () => gazetteer) {
  const posted: FromExtractor[] = [];
  let loads = 0;
  const send = createExtractor({ loadGazetteer: () => (loads++, load()), post: (m) => posted.push(structuredClone(m)) });
  return { send, posted, loads: () => loads };
}

// what a message says, without the analysis itself
const gist = (m: FromExtractor) => (m.type === "read" ? { ...m, result: "article" in m.result ? `article ${m.result.article.id}` : m.result.message } : m);

describe("the extractor worker's messages", () => {
  it("loads the places on the first request, then says of each file in order that it is reading it and what it read, then that it is done", async () => {
    const { send, posted } = worker();
    await send({ type: "extract", request: 7, files: [talks, page, { name: "notes.pdf", bytes: text("%PDF") }, { name: "binary.txt", bytes: new Uint8Array([104, 0, 105]) }] });
    expect(posted.map(gist)).toEqual([
      { type: "loading-places", request: 7 },
      { type: "reading", request: 7, index: 0, file: "talks.txt" },
      { type: "read", request: 7, index: 0, file: "talks.txt", result: "article talks" },
      { type: "reading", request: 7, index: 1, file: "news-site.html" },
      { type: "read", request: 7, index: 1, file: "news-site.html", result: "article news-site" },
      { type: "reading", request: 7, index: 2, file: "notes.pdf" },
      { type: "read", request: 7, index: 2, file: "notes.pdf", result: expect.stringMatching(/^skipped: Dateline reads articles saved as text \(\.txt\) or as web pages/) },
      { type: "reading", request: 7, index: 3, file: "binary.txt" },
      { type: "read", request: 7, index: 3, file: "binary.txt", result: expect.stringMatching(/^skipped: binary data \(a NUL byte at offset 1\)/) },
      { type: "done", request: 7 },
    ]);
  });

  it("answers with the articles stage's own results, which survive the copy postMessage makes", async () => {
    const { send, posted } = worker();
    await send({ type: "extract", request: 1, files: [talks] });
    const read = posted.find((m) => m.type === "read");
    expect(read?.type === "read" && "article" in read.result && read.result).toMatchObject({
      article: { id: "talks", path: "talks.txt", published: "2025-12-04" },
      events: [{ type: "meeting", date: "2025-12-02", sources: [{ start: 0 }] }],
      diagnostics: [],
    });
  });

  it("serves requests one after another, loading the places once", async () => {
    const { send, posted, loads } = worker();
    void send({ type: "extract", request: 1, files: [talks] });
    await send({ type: "extract", request: 2, files: [page] });
    expect(posted.map((m) => `${m.type} ${m.request}`)).toEqual(["loading-places 1", "reading 1", "read 1", "done 1", "reading 2", "read 2", "done 2"]);
    expect(loads()).toBe(1);
  });

  it("says when the places did not load, and tries again on the next request", async () => {
    let fail = true;
    const { send, posted } = worker(async () => {
      if (fail) throw new Error("HTTP 503");
      return gazetteer;
    });
    await send({ type: "extract", request: 1, files: [talks] });
    fail = false;
    await send({ type: "extract", request: 2, files: [talks] });
    expect(posted.map(gist).slice(0, 3)).toEqual([
      { type: "loading-places", request: 1 },
      { type: "failed", request: 1, message: "the place names did not load (HTTP 503); check the connection and add the articles again" },
      { type: "loading-places", request: 2 },
    ]);
    expect(posted.at(-1)).toEqual({ type: "done", request: 2 });
  });

  it("refuses a message that is not a request, naming its request when it has one", async () => {
    const { send, posted } = worker();
    await send({ type: "extract", request: 3, files: [{ name: "a.txt", bytes: "not bytes" }] });
    await send("hello");
    expect(posted).toEqual([
      { type: "failed", request: 3, message: "the extractor was sent a message it does not read; reload the page and try again" },
      { type: "failed", request: null, message: "the extractor was sent a message it does not read; reload the page and try again" },
    ]);
  });
});
