/**
 * The text alternative, generated from the data actually drawn: what kind of
 * chart, which series, the x range, and for each series its first, last,
 * lowest and highest values with when they happened. It goes in the SVG
 * `<desc>` and can be shown as the figure's long description.
 */
import type { Column } from '../model/table.ts';
import { utcDay, utcMonth, utcYear } from 'd3';
import { listOf } from '../model/errors.ts';
import { formatValue } from './format.ts';
import { formatX, type PreparedChart, type PreparedSeries, type XValue } from './prepare.ts';
import { displayPrecision } from '../model/dates.ts';

const FREQUENCY = { year: 'yearly', month: 'monthly', day: 'daily' } as const;

function chartKind(prepared: PreparedChart): string {
  const { spec, series } = prepared;
  const stacked = spec.stacked === true && series.length > 1;
  switch (spec.type) {
    case 'line':
      return 'Line chart';
    case 'area':
      return stacked ? 'Stacked area chart' : 'Area chart';
    case 'indexed':
      return 'Indexed line chart';
    case 'scatter':
      return 'Scatter plot';
    case 'bar':
      return `${stacked ? 'Stacked' : series.length > 1 ? 'Grouped' : ''}${spec.orientation === 'horizontal' ? ' horizontal bar chart' : ' bar chart'}`
        .trim()
        .replace(/^./, (c) => c.toUpperCase());
  }
}

/** Whether dates follow one another period by period ("yearly" is wrong for 2009, 2012, 2016). */
function regularSteps(xs: XValue[], precision: keyof typeof FREQUENCY): boolean {
  const dates = xs.filter((x): x is Date => x instanceof Date);
  const step = { year: utcYear, month: utcMonth, day: utcDay }[precision];
  return dates.every((date, i) => i === 0 || step.offset(dates[i - 1]!, 1).getTime() === date.getTime());
}


function subject(series: PreparedSeries[]): string {
  return series.length === 1 ? series[0]!.label : `${series.length} series: ${listOf(series.map((s) => s.label), 'and')}`;
}

interface Extremes {
  first: [number, XValue];
  last: [number, XValue];
  low: [number, XValue];
  high: [number, XValue];
}

function extremes(s: PreparedSeries): Extremes | undefined {
  const defined = s.points.filter((p): p is { x: XValue; y: number } => p.y !== null);
  const first = defined[0];
  const last = defined[defined.length - 1];
  if (!first || !last) return undefined;
  let low = first;
  let high = first;
  for (const p of defined) {
    if (p.y < low.y) low = p;
    if (p.y > high.y) high = p;
  }
  return { first: [first.y, first.x], last: [last.y, last.x], low: [low.y, low.x], high: [high.y, high.x] };
}

function seriesSentence(s: PreparedSeries, xColumn: Column): string {
  const e = extremes(s);
  if (!e) return `${s.label}: no values.`;
  const v = ([value, x]: [number, XValue]) => `${formatValue(s.column, value)} (${formatX(xColumn, x)})`;
  return `${s.label}: first ${v(e.first)}, last ${v(e.last)}, low ${v(e.low)}, high ${v(e.high)}.`;
}

function categorySentence(s: PreparedSeries, xColumn: Column, many: boolean): string {
  const defined = s.points.filter((p): p is { x: XValue; y: number } => p.y !== null);
  if (!defined.length) return `${s.label}: no values.`;
  const value = (p: { x: XValue; y: number }) => `${formatX(xColumn, p.x)} ${formatValue(s.column, p.y)}`;
  if (!many) return `${s.label}: ${defined.map(value).join(', ')}.`;
  const sorted = [...defined].sort((a, b) => b.y - a.y);
  return `${s.label}: highest ${value(sorted[0]!)}, lowest ${value(sorted[sorted.length - 1]!)}.`;
}

export function summarize(prepared: PreparedChart): string {
  const { spec, series, xColumn, xs } = prepared;
  const kind = chartKind(prepared);
  const unit = prepared.unit && spec.type !== 'indexed' ? `, ${prepared.unit}` : '';
  const first = xs[0];
  const last = xs[xs.length - 1];
  const sentences: string[] = [];

  if (spec.type === 'scatter') {
    const points = series.flatMap((s) => s.points.filter((p): p is { x: XValue; y: number; label?: string } => p.y !== null));
    const yName = series.length === 1 ? series[0]!.label : (series[0]?.column.label ?? 'values');
    sentences.push(
      `${kind} of ${yName}${prepared.unit ? ` (${prepared.unit})` : ''} against ${xColumn.label}${xColumn.unit ? ` (${xColumn.unit})` : ''}, ${points.length} points.`,
    );
    if (series.length > 1) sentences.push(`Series: ${listOf(series.map((s) => `${s.label} (${s.points.filter((p) => p.y !== null).length})`), 'and')}.`);
    if (points.length) {
      const yColumn = series[0]!.column;
      const name = (p: { x: XValue; label?: string }) => p.label ?? formatX(xColumn, p.x);
      const byY = [...points].sort((a, b) => a.y - b.y);
      const byX = [...points].sort((a, b) => (Number(a.x) || 0) - (Number(b.x) || 0));
      const lo = byY[0]!;
      const hi = byY[byY.length - 1]!;
      sentences.push(
        `${yName} ranges from ${formatValue(yColumn, lo.y)} (${name(lo)}) to ${formatValue(yColumn, hi.y)} (${name(hi)}); ` +
          `${xColumn.label} from ${formatX(xColumn, byX[0]!.x)} to ${formatX(xColumn, byX[byX.length - 1]!.x)}.`,
      );
    }
  } else if (xColumn.type === 'date' && first !== undefined && last !== undefined) {
    const frequency = regularSteps(xs, displayPrecision(xColumn)) ? `${FREQUENCY[displayPrecision(xColumn)]} ` : '';
    const count = frequency ? '' : `, ${xs.length} dates`;
    sentences.push(`${kind} of ${subject(series)}${unit}, ${frequency}from ${formatX(xColumn, first)} to ${formatX(xColumn, last)}${count}.`);
    if (prepared.base) sentences.push(`Values are rebased to 100 at ${formatX(xColumn, prepared.base)}.`);
    if (spec.yScale === 'log') sentences.push('The value axis is logarithmic.');
    for (const s of series) sentences.push(seriesSentence(s, xColumn));
  } else {
    sentences.push(`${kind} of ${subject(series)} by ${xColumn.label}${unit}, ${xs.length} categories.`);
    for (const s of series) sentences.push(categorySentence(s, xColumn, xs.length > 12));
  }
  return sentences.join(' ');
}
