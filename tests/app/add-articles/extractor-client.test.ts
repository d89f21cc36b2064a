import { describe, expect, it } from "vitest";
import { createExtractorClient, type WorkerLike } from "../../../src/app/add-articles/extractor-client";
import type { FromExtractor, ToExtractor } from "../../../src/app/add-articles/protocol";
import type { Timeline } from "../../../src/model/timeline";

// The page's side of the worker: a file that hangs the extractor past its budget ends the
// worker; a new one reads the other files, and the hung one is reported by name.
const EMPTY: Timeline = { schemaVersion: 1, articles: [], actors: [], locations: [], events: [], diagnostics: [] };

/** A worker that answers at once, except on a file whose text is "hang", where it goes quiet. */
function fakeWorkers() {
  const made: { terminated: boolean; requests: ToExtractor[] }[] = [];
  const create = (): WorkerLike => {
    const record = { terminated: false, requests: [] as ToExtractor[] };
    made.push(record);
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => void (record.terminated = true),
      postMessage: (message) => {
        record.requests.push(message);
        const post = (data: FromExtractor) => setTimeout(() => !record.terminated && worker.onmessage?.({ data } as MessageEvent<FromExtractor>));
        const { request, files } = message;
        for (const [index, file] of files.entries()) {
          post({ type: "reading", request, index, file: file.name });
          if (new TextDecoder().decode(file.bytes) === "hang") return;
          post({ type: "read", request, index, file: file.name, result: { file: file.name, severity: "warning", message: "read" } });
        }
        post({ type: "assembled", request, timeline: EMPTY });
        post({ type: "done", request });
      },
    };
    return worker;
  };
  return { create, made };
}

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("the extractor's watchdog", () => {
  it("ends a worker that runs past a file's budget, reports that file, and reads the others in a new worker", async () => {
    const { create, made } = fakeWorkers();
    const client = createExtractorClient(create, { article: () => 0.05, setup: () => 1 });
    const progress: string[] = [];
    const { results, timeline } = await client.add([], [file("a.txt", "fine"), file("loop.txt", "hang"), file("b.txt", "fine")], (p) => progress.push(`${p.index} ${p.state}`));
    expect(made.map((w) => w.terminated)).toEqual([true, false]);
    expect(made[1].requests[0].files.map((f) => f.name)).toEqual(["a.txt", "b.txt"]);
    expect(results[1]).toEqual({ file: "loop.txt", severity: "error", skipped: true, message: "skipped: took longer than 0.05 s; please report it with the file attached" });
    expect(results.map((r) => ("message" in r ? r.message : ""))[2]).toBe("read");
    expect(timeline.diagnostics).toEqual([results[1]]);
    expect(progress).toContain("1 read");
  });

  it("keeps one worker across adds", async () => {
    const { create, made } = fakeWorkers();
    const client = createExtractorClient(create);
    await client.add([], [file("a.txt", "fine")], () => {});
    await client.add([], [file("b.txt", "fine")], () => {});
    expect(made).toHaveLength(1);
  });
});
