import { describe, expect, it } from "vitest";
import { exportFileName, slug } from "../../../src/app/export/export-file-name";
import { EMPTY_FILTERS } from "../../../src/app/explorer-url/explorer-state";
import { exportInput } from "./export-fixture";

const { index } = exportInput();

describe("exportFileName", () => {
  it("names the first actor filtered by and the month filtered to", () => {
    expect(exportFileName({ ...EMPTY_FILTERS, actors: ["steve-witkoff", "kremlin"], locations: ["moscow"], from: "2025-12-01", to: "2025-12-31" }, index, "csv")).toBe("dateline-steve-witkoff-2025-12.csv");
  });

  it("names a place when no actor is chosen, and the months of a longer period", () => {
    expect(exportFileName({ ...EMPTY_FILTERS, locations: ["moscow"], from: "2025-11-20", to: "2026-01-05" }, index, "json")).toBe("dateline-moscow-2025-11-2026-01.json");
  });

  it("says all when nothing narrows it", () => {
    expect(exportFileName(EMPTY_FILTERS, index, "ics")).toBe("dateline-all.ics");
  });
});

describe("slug", () => {
  it("keeps letters and digits, drops accents, and joins the rest with hyphens", () => {
    expect(slug("José Ramón Ñúñez, Jr.")).toBe("jose-ramon-nunez-jr");
    expect(slug("Москва")).toBe("москва");
  });
});
