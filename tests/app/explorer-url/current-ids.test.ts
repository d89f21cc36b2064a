import { describe, expect, it } from "vitest";
import { withCurrentIds } from "../../../src/app/explorer-url/current-ids";
import { parseExplorerState } from "../../../src/app/explorer-url/explorer-state";

const maps = () => ({ events: new Map([["e-old", "e-new"]]), actors: new Map([["ana-lopez", "ana-lopes"]]) });

describe("a link's ids as the data names them now", () => {
  it("replaces a former event or actor id by the current one, and names an actor once", () => {
    const state = withCurrentIds(parseExplorerState("?actor=ana-lopez&actor=ana-lopes&actor=tomas-varga&event=e-old"), maps);
    expect(state.event).toBe("e-new");
    expect(state.actors).toEqual(["ana-lopes", "tomas-varga"]);
  });

  it("leaves a state with no former id as the same object, and asks for the maps only when the link names an event or an actor", () => {
    const current = parseExplorerState("?actor=ana-lopes&event=e-new");
    expect(withCurrentIds(current, maps)).toBe(current);
    const none = parseExplorerState("?type=meeting");
    expect(
      withCurrentIds(none, () => {
        throw new Error("asked for the former ids");
      }),
    ).toBe(none);
  });

  it("keeps an id that is neither current nor former, for the notice to name", () => {
    expect(withCurrentIds(parseExplorerState("?actor=gone&event=e-gone"), maps)).toMatchObject({ actors: ["gone"], event: "e-gone" });
  });
});
