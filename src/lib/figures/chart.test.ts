import { describe, expect, it } from 'vitest';
import { lineChart } from './chart';

describe('lineChart', () => {
  const chart = lineChart(
    [
      { year: 2023, count: 0 },
      { year: 2024, count: 50 },
      { year: 2025, count: 100 },
    ],
    600,
    240,
  );

  it('puts years left to right and higher counts higher up, zero on the baseline', () => {
    const [a, b, c] = chart.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(a!.y).toBe(chart.plot.bottom);
    expect(c!.y).toBe(chart.plot.top);
    expect(b!.y).toBe((chart.plot.top + chart.plot.bottom) / 2);
  });

  it('draws one path through every point and labels every year', () => {
    expect(chart.path.startsWith(`M${chart.points[0]!.x},${chart.points[0]!.y}`)).toBe(true);
    expect(chart.path.match(/L/g)).toHaveLength(2);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2023', '2024', '2025']);
    expect(chart.yTicks[0]!.value).toBe(0);
  });

  it('stays drawable when every count is zero', () => {
    const flat = lineChart([
      { year: 2023, count: 0 },
      { year: 2024, count: 0 },
    ]);
    expect(flat.points.every((p) => p.y === flat.plot.bottom)).toBe(true);
    expect(flat.path).not.toContain('NaN');
  });
});
