import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteerData } from "../../src/cli/load-gazetteer";
import { compactGazetteer, gazetteerFromCompact } from "../../src/pipeline/places/compact-gazetteer";
import { createGazetteer, type Gazetteer, type GazetteerData, type Place } from "../../src/pipeline/places/gazetteer";
import { extractTimeline, type ArticleFile } from "../../src/pipeline/recipe";

// The browser's compact gazetteer answers every lookup as the one built from the packages does.
let data: GazetteerData;
let full: Gazetteer;
let compact: Gazetteer;
let json: string;
beforeAll(() => {
  const loaded = loadGazetteerData();
  data = loaded.data;
  const regions = loaded.cityRegions();
  full = createGazetteer(data, () => regions);
  json = JSON.stringify(compactGazetteer(data, regions));
  compact = gazetteerFromCompact(JSON.parse(json));
});

// a place as the extractor sees it: its fields in any order, an absent one and an undefined alike
const seen = (p: Place | undefined) => JSON.stringify(p && Object.entries(p).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
const every = <T>(inputs: T[], answer: (g: Gazetteer, input: T) => Place | undefined) => {
  const differ = inputs.filter((input) => seen(answer(full, input)) !== seen(answer(compact, input)));
  expect(differ.slice(0, 10)).toEqual([]);
};

// every name and alias, as written and as news copy varies them
const names = () => {
  const forms = [...data.places.map((p) => p.name), ...data.aliases.map(([form]) => form), ...data.demonyms.map(([form]) => form)];
  return [...new Set(forms.flatMap((f) => [f, f.toUpperCase(), `The ${f}`, f.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")]))];
};

describe("the compact gazetteer", () => {
  it("finds the same place for every name, alias and demonym the packages list, in any case or accent", () => {
    every(names(), (g, name) => g.lookup(name));
    every(names(), (g, name) => g.demonym(name));
    every(["Kyiv", "Kiev", "Washington", "Georgia", "Geneva", "Porto", "Florida", "U.S.", "UK", "the Kremlin", "Zzyzx", ""], (g, name) => g.lookup(name));
  });

  it("hears the same sound-alike for misspellings of large places", () => {
    const large = data.places.filter((p) => p.rank >= 400_000 && p.kind !== "place").map((p) => p.name);
    const misspelled = large.flatMap((n) => [n, `${n}a`, n.slice(0, -1), n.replace(/[aeiou]/, "y"), n.replace(/(.)(.)/, "$2$1")]);
    expect(misspelled.length).toBeGreaterThan(1000);
    every([...misspelled, "Kiev", "Kharkov", "Odessa", "Witkoff", "Lisbonne"], (g, name) => g.soundsLike(name));
  });

  it("gives every city the same region, and every place it can return by key", () => {
    const returned = names().map((n) => full.lookup(n)).filter((p): p is Place => p !== undefined);
    every(returned, (g, place) => g.regionOf(place));
    const keys = [...new Set([...returned.flatMap((p) => [p.key, p.within ?? ""]), ...data.places.filter((p) => p.kind === "country").map((p) => p.key)])];
    every(keys, (g, key) => g.byKey(key));
  });

  it("extracts the same timeline from the seeds and the test articles as the full gazetteer", () => {
    const folders = ["seeds", ...["aragon-election", "cnb-ratecut", "durban-port-bribery-trial", "heldout", "unseen", "described", "quickseal-recall", "web-pages"].map((f) => join("tests/fixtures", f))];
    const files: ArticleFile[] = folders.flatMap((dir) =>
      readdirSync(dir).filter((f) => /\.(?:txt|html?)$/.test(f)).map((f) => ({ path: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
    );
    expect(files.length).toBeGreaterThan(40);
    const withFull = extractTimeline(files, full).timeline;
    expect(withFull.locations.length).toBeGreaterThan(20);
    expect(JSON.stringify(extractTimeline(files, compact).timeline)).toBe(JSON.stringify(withFull));
  });

  it("is small enough to fetch: under 2 MB, and 600 KB gzipped", () => {
    expect(json.length).toBeLessThan(2_000_000);
    expect(gzipSync(json).length).toBeLessThan(600_000);
  });

  it("refuses a document that is not one, saying what to do", () => {
    expect(() => gazetteerFromCompact({ places: [] })).toThrow(/^the place gazetteer is not a dateline-gazetteer document; reload the page/);
    expect(() => gazetteerFromCompact({ ...JSON.parse(json), version: 9 })).toThrow(/version 9, and this extractor reads version 1/);
    expect(() => gazetteerFromCompact({ ...JSON.parse(json), lat: [] })).toThrow(/damaged \(its lat column does not list \d+ places\)/);
  });
});
