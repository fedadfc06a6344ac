/**
 * A line chart of a count per agreement year, laid out with d3-scale and d3-shape at build time so
 * the page ships an SVG and no JavaScript.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface ChartPoint {
  year: number;
  count: number;
}

export interface LineChart {
  width: number;
  height: number;
  path: string;
  points: { x: number; y: number; year: number; count: number }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export function lineChart(data: readonly ChartPoint[], width = 480, height = 260): LineChart {
  const plot = { left: 56, right: width - 16, top: 28, bottom: height - 32 };
  const x = scalePoint<number>()
    .domain(data.map((d) => d.year))
    .range([plot.left, plot.right])
    .padding(0.3);
  const max = Math.max(1, ...data.map((d) => d.count));
  const y = scaleLinear().domain([0, max]).nice(4).range([plot.bottom, plot.top]);
  const points = data.map((d) => ({ x: round(x(d.year)!), y: round(y(d.count)), year: d.year, count: d.count }));
  const path =
    line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)(points) ?? '';
  return {
    width,
    height,
    path,
    points,
    xTicks: points.map((p) => ({ x: p.x, label: String(p.year) })),
    yTicks: y
      .ticks(4)
      .filter(Number.isInteger)
      .map((value) => ({ y: round(y(value)), value })),
    plot,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
