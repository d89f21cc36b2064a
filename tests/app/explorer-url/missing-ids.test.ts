import { describe, expect, it } from "vitest";
import { missingIds } from "../../../src/app/explorer-url/missing-ids";

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
const actors = byId([
  { id: "rustem-umerov", name: "Rustem Umerov", aliases: ["Umerov", "Rustam Omerov"] },
  { id: "steve-witkoff", name: "Steve Witkoff", aliases: ["Witkoff"] },
  { id: "steven-witkoff", name: "Steven Witkoff", aliases: ["Witkoff"] },
  { id: "kremlin", name: "Kremlin", aliases: ["the Kremlin’s"] },
]);
const locations = byId([{ id: "kyiv", name: "Kyiv", aliases: ["Kiev"] }]);

describe("the ids a link names that the data does not have", () => {
  it("finds none in a link whose ids are all known", () => {
    expect(missingIds({ actors: ["kremlin"], locations: ["kyiv"] }, { actors, locations })).toEqual({ actors: [], locations: [] });
  });

  it("names each missing actor and location, in the link's order", () => {
    const missing = missingIds({ actors: ["someone", "kremlin", "nobody"], locations: ["odesa"] }, { actors, locations });
    expect(missing.actors.map((m) => m.id)).toEqual(["someone", "nobody"]);
    expect(missing.locations.map((m) => m.id)).toEqual(["odesa"]);
  });

  it("follows a renamed actor to the one entry that keeps the old name among its names", () => {
    const [rustam] = missingIds({ actors: ["rustam-omerov"], locations: ["kiev"] }, { actors, locations }).actors;
    expect(rustam.renamedTo?.id).toBe("rustem-umerov");
    expect(missingIds({ actors: [], locations: ["kiev"] }, { actors, locations }).locations[0].renamedTo?.id).toBe("kyiv");
    // an apostrophe and a leading "the" are dropped from ids, as the extractor drops them
    expect(missingIds({ actors: ["kremlins"], locations: [] }, { actors, locations }).actors[0].renamedTo?.id).toBe("kremlin");
  });

  it("does not guess between two entries that share the old name", () => {
    expect(missingIds({ actors: ["witkoff"], locations: [] }, { actors, locations }).actors[0].renamedTo).toBeNull();
  });
});
