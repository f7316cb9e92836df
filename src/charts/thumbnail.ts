/**
 * A chart as a small picture for an article card: the same prepared data and colours as the full
 * chart, drawn without axes, labels or annotations (lines 1.5 units wide, bars as plain columns), in a
 * 240 x 96 box. Decorative: the card's title says what it is about, so the SVG is hidden from
 * assistive technology.
 */
import { line as d3line, scaleBand, scaleLinear, scaleLog, scaleUtc, extent } from 'd3';
import { alignedValues } from './layout.ts';
import type { PreparedChart } from './prepare.ts';
import { el, group } from './svg.ts';

export const THUMBNAIL = { width: 240, height: 96 } as const;

function valueScale(prepared: PreparedChart, values: number[], range: [number, number]) {
  const [lo = 0, hi = 1] = extent(values);
  if (prepared.spec.yScale === 'log' && lo > 0) return scaleLog().domain([lo, hi]).range(range);
  const domain = prepared.spec.type === 'bar' || prepared.spec.type === 'area' ? [Math.min(0, lo), Math.max(0, hi)] : [lo, hi];
  return scaleLinear().domain(domain).range(range);
}

function lines(prepared: PreparedChart, values: (number | null)[][]): string[] {
  const xs = prepared.xs as Date[];
  const x = scaleUtc().domain([xs[0]!, xs.at(-1)!]).range([2, THUMBNAIL.width - 2]);
  const y = valueScale(prepared, values.flat().filter((v): v is number => v !== null), [THUMBNAIL.height - 3, 3]);
  return prepared.series.map((s, i) => {
    const path = d3line<number>()
      .defined((j) => values[i]![j] !== null)
      .x((j) => x(xs[j]!))
      .y((j) => y(values[i]![j]!))
      .digits(1)(xs.map((_, j) => j));
    return el('path', { class: `line thumb-line c-${s.colour}`, d: path ?? '' });
  });
}

function bars(prepared: PreparedChart, values: (number | null)[][]): string[] {
  const band = scaleBand<number>().domain(prepared.xs.map((_, j) => j)).range([0, THUMBNAIL.width]).padding(0.2);
  const inner = scaleBand<number>().domain(prepared.series.map((_, i) => i)).range([0, band.bandwidth()]).padding(0.05);
  const y = valueScale(prepared, values.flat().filter((v): v is number => v !== null), [THUMBNAIL.height, 2]);
  return values.flatMap((row, i) =>
    row.flatMap((v, j) => {
      if (v === null) return [];
      const [a, b] = [y(0), y(v)];
      return [el('rect', { class: `bar c-${prepared.series[i]!.colour}`, x: band(j)! + inner(i)!, y: Math.min(a, b), width: inner.bandwidth(), height: Math.max(1, Math.abs(a - b)) })];
    }),
  );
}

/** The thumbnail SVG, or undefined for a chart a thumbnail cannot show (a scatter, categories on a line). */
export function renderThumbnail(prepared: PreparedChart): string | undefined {
  const values = alignedValues(prepared);
  const dated = prepared.xs.every((x) => x instanceof Date);
  const marks = prepared.spec.type === 'bar' ? bars(prepared, values) : prepared.spec.type !== 'scatter' && dated ? lines(prepared, values) : undefined;
  if (!marks) return undefined;
  const attributes = { viewBox: `0 0 ${THUMBNAIL.width} ${THUMBNAIL.height}`, class: 'chart chart--thumbnail', 'aria-hidden': 'true', focusable: 'false', preserveAspectRatio: 'none' };
  return el('svg', attributes, group({ class: 'marks' }, marks)) + '\n';
}
