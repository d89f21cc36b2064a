import { describe, expect, it } from "vitest";
import { apply, fitTransform, IDENTITY, MAX_FIT_ZOOM, MAX_ZOOM, panBy, zoomAround } from "../../../src/app/map/map-transform";

const SIZE = { width: 960, height: 500 };

describe("fitting the map to its places", () => {
  it("shows every place inside the padding, centred", () => {
    const points: [number, number][] = [
      [300, 100],
      [500, 200],
    ];
    const t = fitTransform(points, SIZE, 40);
    const drawn = points.map((p) => apply(t, p));
    for (const [x, y] of drawn) {
      expect(x).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(x).toBeLessThanOrEqual(920 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(y).toBeLessThanOrEqual(460 + 1e-9);
    }
    expect((drawn[0][0] + drawn[1][0]) / 2).toBeCloseTo(480);
    expect((drawn[0][1] + drawn[1][1]) / 2).toBeCloseTo(250);
  });

  it("zooms in no further than MAX_FIT_ZOOM for one place, and centres it", () => {
    const t = fitTransform([[700, 120]], SIZE);
    expect(t.k).toBe(MAX_FIT_ZOOM);
    expect(apply(t, [700, 120])).toEqual([480, 250]);
  });

  it("shows the whole world for places spread across it, and for none", () => {
    expect(fitTransform([[0, 0], [960, 500]], SIZE).k).toBe(1);
    expect(fitTransform([], SIZE)).toEqual(IDENTITY);
  });
});

describe("panning and zooming", () => {
  it("keeps the point under the pointer where it is", () => {
    const t = zoomAround({ k: 2, x: -100, y: -50 }, 1.5, [300, 200]);
    const before = [(300 + 100) / 2, (200 + 50) / 2] as [number, number];
    expect(apply(t, before)[0]).toBeCloseTo(300);
    expect(apply(t, before)[1]).toBeCloseTo(200);
  });

  it("zooms out no further than the whole world and in no further than MAX_ZOOM", () => {
    expect(zoomAround(IDENTITY, 0.5, [0, 0]).k).toBe(1);
    expect(zoomAround({ k: MAX_ZOOM, x: 0, y: 0 }, 2, [0, 0]).k).toBe(MAX_ZOOM);
  });

  it("pans by the distance moved", () => {
    expect(panBy({ k: 3, x: 10, y: 20 }, 5, -5)).toEqual({ k: 3, x: 15, y: 15 });
  });
});
