import { describe, expect, it } from "vitest";
import { resolveIds } from "../../src/model/resolve-ids";
import { FIXTURE } from "../app/fixture-timeline";

describe("resolveIds", () => {
  it("maps each former id of an event or actor to the id it has now, and nothing else", () => {
    const { events, actors } = resolveIds(FIXTURE);
    expect([...events]).toEqual([["e-putin-received", "e-meeting"]]);
    expect([...actors]).toEqual([["zelenskyy", "volodymyr-zelensky"]]);
    // a current id is looked up as it is
    expect(events.get("e-meeting") ?? "e-meeting").toBe("e-meeting");
  });

  it("finds nothing in a timeline made before former ids were kept", () => {
    const { events, actors } = resolveIds({ events: [{ id: "e1" }], actors: [{ id: "a1" }] });
    expect(events.size + actors.size).toBe(0);
  });
});
