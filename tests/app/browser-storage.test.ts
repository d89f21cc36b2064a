import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { idbAddedStore } from "../../src/app/add-articles/added-store";
import { EMPTY, readKept, writeKept } from "../../src/app/corrections/corrections-store";

// The page keeps two things in IndexedDB: the articles a reader added and their corrections.
// Each must survive the other being written first (idb-keyval makes one object store per
// database, so the two must not share a database).
describe("what the page keeps in the browser", () => {
  it("keeps added articles and corrections side by side, whichever is written first", async () => {
    const added = idbAddedStore();
    await added.save([{ name: "talks.txt", bytes: new TextEncoder().encode("date 2025-03-01\nTalks.") }]);
    const kept = { corrections: { ...EMPTY, operations: [{ op: "hide-event" as const, event: "e-1" }] }, fromBuilds: [] };
    await writeKept(kept);
    expect((await added.load()).map((f) => f.name)).toEqual(["talks.txt"]);
    expect(await readKept()).toEqual(kept);
  });
});
