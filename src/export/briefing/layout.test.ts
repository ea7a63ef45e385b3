import { describe, expect, it } from 'vitest';
import { LAYOUT, pageLayout, scaleBar, toDevice, type Rect } from './layout';
import { chooseSize, layoutScale, pageSizePt } from './presets';

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('briefing page layout', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1920, 1357],
    [2000, 1080],
  ] as const) {
    it(`places every part inside a ${width} × ${height} page without overlaps`, () => {
      const layout = pageLayout(width, height, false);
      const parts = [layout.header, layout.map, layout.sidebar, layout.footer];
      for (const part of parts) expect(inside(part, layout.page)).toBe(true);
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 1; j < parts.length; j++) {
          expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
        }
      }
      expect(inside(layout.legends, layout.sidebar)).toBe(true);
      expect(inside(layout.qr, layout.sidebar)).toBe(true);
      expect(overlap(layout.legends, layout.qr)).toBe(false);
      expect(layout.map.x + layout.map.width + LAYOUT.gap).toBeCloseTo(layout.sidebar.x, 6);
    });
  }

  it('makes room for charts by narrowing the map', () => {
    const plain = pageLayout(1920, 1080, false);
    const charts = pageLayout(1920, 1080, true);
    expect(charts.map.width).toBeLessThan(plain.map.width);
    expect(charts.charts.height).toBeGreaterThan(200);
    expect(overlap(charts.legends, charts.charts)).toBe(false);
    expect(overlap(charts.charts, charts.qr)).toBe(false);
    expect(plain.charts.height).toBe(0);
  });

  it('scales to device pixels with shared edges on whole pixels', () => {
    const scale = layoutScale(3508, 2480);
    const layout = pageLayout(3508 / scale, 2480 / scale, false);
    const map = toDevice(layout.map, scale);
    const sidebar = toDevice(layout.sidebar, scale);
    for (const value of [map.x, map.y, map.width, map.height]) {
      expect(Number.isInteger(value)).toBe(true);
    }
    expect(map.x + map.width).toBeLessThan(sidebar.x);
    expect(sidebar.x + sidebar.width).toBeLessThanOrEqual(3508);
  });
});

describe('scale bar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ distance that fits', () => {
    expect(scaleBar(1000, 180)).toEqual({ metres: 100_000, pixels: 100 });
    expect(scaleBar(2500, 180).metres).toBe(200_000);
    expect(scaleBar(3, 180).metres).toBe(500);
    expect(scaleBar(0.9, 180).metres).toBe(100);
  });

  it('is never longer than asked and never under 40 % of it', () => {
    for (const mpp of [0.3, 1.7, 12, 480, 2600, 77_000]) {
      const bar = scaleBar(mpp, 160);
      expect(bar.pixels).toBeLessThanOrEqual(160 + 1e-9);
      expect(bar.pixels).toBeGreaterThanOrEqual(160 * 0.4);
      expect(bar.pixels * mpp).toBeCloseTo(bar.metres, 6);
    }
  });
});

describe('sizes', () => {
  it('gives the presets their pixel sizes', () => {
    expect(chooseSize('hd')).toMatchObject({ ok: true, width: 1920, height: 1080 });
    expect(chooseSize('uhd')).toMatchObject({ ok: true, width: 3840, height: 2160 });
    expect(chooseSize('a4')).toMatchObject({ ok: true, width: 3508, height: 2480, dpi: 300 });
  });

  it('checks a custom size', () => {
    expect(chooseSize('custom', '2560', '1440')).toMatchObject({ ok: true, width: 2560 });
    expect(chooseSize('custom', '2560', '')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(chooseSize('custom', '12.5', '800')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(chooseSize('custom', '320', '800')).toEqual({ ok: false, problem: 'too-small' });
    expect(chooseSize('custom', '9000', '4000')).toEqual({ ok: false, problem: 'too-large' });
  });

  it('lays 4K out as 1080p at twice the resolution, A4 by its width', () => {
    expect(layoutScale(3840, 2160)).toBe(2);
    expect(layoutScale(3508, 2480)).toBeCloseTo(3508 / 1920, 9);
  });

  it('prints A4 at 300 dpi on an A4 page', () => {
    const [width, height] = pageSizePt(3508, 2480, 300);
    expect((width / 72) * 25.4).toBeCloseTo(297, 0);
    expect((height / 72) * 25.4).toBeCloseTo(210, 0);
  });
});
