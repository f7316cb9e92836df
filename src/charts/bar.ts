/**
 * Bar charts over categories (strings, or dates treated as categories): vertical or horizontal,
 * grouped by default when there are several series, stacked on request. Value axes always include
 * zero, so bar lengths are honest. A short chart (at most MAX_LABELLED_BARS bars) prints each value
 * at its bar and drops the value axis and gridlines, as FT bar charts do; a bar with no value shows
 * as a dashed "not stated" stub rather than an empty slot. Horizontal charts grow with their rows.
 */
import { scaleBand, stack, stackOffsetDiverging } from 'd3';
import { displayPrecision, formatIsoDate } from '../model/dates.ts';
import { annotationLayer, annotationRoom, type PlacedAnnotation } from './annotations.ts';
import { bottomCategoryAxis, bottomValueAxis, leftCategoryAxis, leftValueAxis, type Box, type Tick } from './axes.ts';
import { categoryLabel, formatNumber, formatValue, quarterOf } from './format.ts';
import { alignedValues, annotationX, seriesClass, type ChartBody } from './layout.ts';
import { legend, type Legend } from './legend.ts';
import type { ColourSlot } from './palette.ts';
import { formatX, xKey, type PreparedChart } from './prepare.ts';
import { valueAxis, type ValueAxis } from './scales.ts';
import { el, group, text, textWidth, truncate } from './svg.ts';
import { FONT, HEIGHT, MAX_LABELLED_BARS, TICK_FONT, TICK_GAP, WIDTH } from './sizes.ts';

interface Options {
  width?: number;
  height?: number;
}

interface Segment {
  series: number;
  category: number;
  from: number;
  to: number;
  value: number;
}

/** What both orientations share, computed once per drawing. */
interface Frame {
  prepared: PreparedChart;
  width: number;
  stacked: boolean;
  bars: Segment[];
  /** Category and series of each bar that has no value. */
  missing: { category: number; series: number }[];
  keys: string[];
  labels: string[];
  axis: ValueAxis;
  key: Legend;
  showValues: boolean;
  room: number;
  colourOf: (b: Segment) => ColourSlot;
  valueText: (v: number) => string;
}

const STUB = 12;

/**
 * Bar extents in value units: grouped bars start at 0; stacked ones come from d3.stack with the
 * diverging offset, so positives stack up from zero and negatives down from it.
 */
function segments(values: (number | null)[][], stacked: boolean): Segment[] {
  const categories = [...(values[0] ?? []).keys()];
  const layers = stacked
    ? stack<number>()
        .keys(values.map((_, i) => String(i)))
        .value((j, key) => values[Number(key)]![j] ?? 0)
        .offset(stackOffsetDiverging)(categories)
    : undefined;
  // Category by category, series by series: the order the bars are drawn in.
  return categories.flatMap((j) =>
    values.flatMap((row, i) => {
      const value = row[j];
      if (value == null) return [];
      if (!layers) return [{ series: i, category: j, from: 0, to: value, value }];
      // The diverging offset gives a negative band as [outer, inner]: draw it from the inner end.
      const [low, high] = layers[i]![j]!;
      return [{ series: i, category: j, from: value < 0 ? high : low, to: value < 0 ? low : high, value }];
    }),
  );
}

function frame(prepared: PreparedChart, width: number): Frame {
  const { spec, series } = prepared;
  const horizontal = spec.orientation === 'horizontal';
  const stacked = spec.stacked === true && series.length > 1;
  const values = alignedValues(prepared);
  const bars = segments(values, stacked);
  const missing = stacked ? [] : values.flatMap((row, i) => row.flatMap((v, j) => (v === null ? [{ category: j, series: i }] : [])));
  const noteValues = (spec.annotations ?? []).flatMap((note) => (note.y === undefined ? [] : [note.y]));
  const axis = valueAxis(
    bars.flatMap((b) => [b.from, b.to]),
    { include: [0, ...noteValues], unit: prepared.unit, count: horizontal ? 4 : 5 },
  );
  const keyItems = prepared.groups
    ? prepared.groups.map((g, i) => ({ label: spec.labels?.[g] ?? g, colour: prepared.groupColours![i]! }))
    : series.length > 1
      ? series.map((s) => ({ label: s.label, colour: s.colour }))
      : [];
  const drawn = stacked ? prepared.xs.length : bars.length + missing.length;
  // Bar values read as the data writes them; stacked totals are sums, rounded by magnitude.
  const valueColumn = series[0]?.column;
  return {
    prepared,
    width,
    stacked,
    bars,
    missing,
    keys: prepared.xs.map(xKey),
    labels: prepared.xs.map((x) => categoryLabel(formatX(prepared.xColumn, x))),
    axis,
    key: legend(keyItems, 0, width),
    showValues: spec.valueLabels ?? drawn <= MAX_LABELLED_BARS,
    // Vertical rules: categories on vertical bars, values on horizontal ones.
    room: annotationRoom((spec.annotations ?? []).map((note) => ({ rule: (note.x !== undefined) !== horizontal ? 'vertical' : 'horizontal', label: note.label })), width),
    colourOf: barColours(prepared),
    valueText: (v) => (valueColumn && !stacked ? formatValue(valueColumn, v) : formatNumber(v, prepared.unit)),
  };
}

export function renderBar(prepared: PreparedChart, options: Options = {}): ChartBody {
  const f = frame(prepared, options.width ?? WIDTH);
  return prepared.spec.orientation === 'horizontal' ? horizontalBars(f) : verticalBars(f, options.height ?? HEIGHT);
}

function bands(f: Frame, range: [number, number]) {
  const band = scaleBand<string>().domain(f.keys).range(range).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<number>()
    .domain(f.prepared.series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .paddingInner(0.08);
  const start = (category: number, series: number) => band(f.keys[category]!)! + (f.stacked ? 0 : inner(series)!);
  const size = f.stacked ? band.bandwidth() : inner.bandwidth();
  return { band, start, size };
}

/** Whether each printed value fits the width of its bar's slot (else the chart keeps its value axis). */
function valuesFit(f: Frame, slot: number): boolean {
  return (f.stacked ? totals(f.bars) : f.bars).every((b) => textWidth(f.valueText(b.value), FONT, true) <= slot - 2);
}

function verticalBars(f: Frame, height: number): ChartBody {
  const { axis, width } = f;
  if (f.showValues && f.prepared.spec.valueLabels === undefined) {
    const perCategory = f.stacked ? 1 : f.prepared.series.length;
    if (!valuesFit(f, (width - 20) / f.labels.length / perCategory)) return verticalBars({ ...f, showValues: false }, height);
  }
  const quarters = f.labels.every((label) => quarterOf(label));
  const top = f.key.height + 14 + Math.max(f.showValues ? FONT : 0, f.room);
  // Printed values replace the value axis: no tick labels to make room for.
  const left = f.showValues ? 4 : Math.max(...axis.labels.map((l) => textWidth(l, TICK_FONT))) + TICK_GAP + 2;
  const box: Box = { left, right: width - 16, top, bottom: height - (TICK_FONT + TICK_GAP + 16) - (quarters ? TICK_FONT + 2 : 0) };
  const y = axis.scale.range([box.bottom, box.top]);
  const { band, start, size } = bands(f, [box.left, box.right]);
  const parts = [f.key.markup];
  if (!f.showValues) parts.push(leftValueAxis(box, axis.ticks.map((t, i) => ({ at: y(t), label: axis.labels[i]!, zero: t === 0 }))));
  parts.push(bottomCategoryAxis(box, quarters ? quarterTicks(f.labels, f.keys, band) : categoryTicks(f.labels, f.keys, band), width, false));
  parts.push(group({ class: 'marks' }, f.bars.map((b) => {
    const [ya, yb] = [y(b.from), y(b.to)];
    return el('rect', { class: seriesClass('bar', f.colourOf(b)), x: start(b.category, b.series), y: Math.min(ya, yb), width: size, height: Math.abs(ya - yb), 'data-i': `${b.category} ${b.series}` });
  })));
  parts.push(group({ class: 'not-stated-stubs' }, f.missing.flatMap(({ category, series }) => {
    const x = start(category, series);
    return [
      el('rect', { class: 'stub', x, y: y(0) - STUB, width: size, height: STUB }),
      text('not stated', { class: 'not-stated', x: x + size / 2, y: y(0) - STUB - 4, transform: `rotate(-90 ${x + size / 2} ${y(0) - STUB - 4})`, dy: '0.35em', 'font-size': TICK_FONT }),
    ];
  })));
  if (f.showValues) {
    parts.push(group({ class: 'value-labels' }, (f.stacked ? totals(f.bars) : f.bars).map((b) => {
      const at = y(b.to);
      return text(f.valueText(b.value), { class: 'value-label', x: start(b.category, b.series) + size / 2, y: b.to >= 0 ? at - 5 : at + FONT, 'text-anchor': 'middle' });
    })));
  }
  parts.push(el('line', { class: 'baseline', x1: box.left, x2: box.right, y1: y(0), y2: y(0), 'aria-hidden': 'true' }));
  parts.push(notesLayer(f, box, (value) => y(value), (at) => band(at) !== undefined ? band(at)! + band.bandwidth() / 2 : undefined, 'vertical'));
  return { width, height, markup: parts.filter(Boolean).join('\n') };
}

function horizontalBars(f: Frame): ChartBody {
  const { axis, width, prepared } = f;
  const series = prepared.series;
  // Horizontal: one row per category, top to bottom in data order.
  // A few rows still make a chart of some height, so its footer never outweighs it.
  const rowStep = Math.max(f.stacked || series.length === 1 ? 30 : Math.max(30, series.length * 14 + 12), 150 / f.labels.length);
  const labelRoom = Math.min(Math.max(...f.labels.map((c) => textWidth(c, TICK_FONT))), width * 0.35);
  const labelWidth = (ends: Segment[]) => (ends.length ? Math.max(...ends.map((b) => textWidth(f.valueText(b.value), FONT, true))) + 10 : 0);
  const stubRoom = f.missing.length ? STUB * 2 + textWidth('not stated', TICK_FONT) + 10 : 0;
  const valueRoom = Math.max(f.showValues ? labelWidth(f.bars.filter((b) => b.to >= 0)) : 16, stubRoom);
  // Labels of bars below zero sit left of their bar: keep them clear of the category labels.
  const negativeRoom = f.showValues ? labelWidth(f.bars.filter((b) => b.to < 0)) : 0;
  const top = f.key.height + 8 + f.room;
  const box: Box = { left: labelRoom + TICK_GAP + 2, right: width - Math.max(valueRoom, 16), top, bottom: top + rowStep * f.labels.length };
  const height = box.bottom + (f.showValues ? 8 : TICK_FONT + TICK_GAP + 16);
  const x = axis.scale.range([box.left + negativeRoom, box.right]);
  const { band, start, size } = bands(f, [box.top, box.bottom]);
  const parts = [f.key.markup];
  if (!f.showValues) parts.push(bottomValueAxis(box, axis.ticks.map((t, i) => ({ at: x(t), label: axis.labels[i]!, zero: t === 0 })), width));
  parts.push(leftCategoryAxis(box, f.keys.map((k, i) => ({ at: band(k)! + band.bandwidth() / 2, label: truncate(f.labels[i]!, labelRoom, TICK_FONT) }))));
  parts.push(group({ class: 'marks' }, f.bars.map((b) => {
    const [xa, xb] = [x(b.from), x(b.to)];
    return el('rect', { class: seriesClass('bar', f.colourOf(b)), x: Math.min(xa, xb), y: start(b.category, b.series), width: Math.abs(xa - xb), height: size, 'data-i': `${b.category} ${b.series}` });
  })));
  parts.push(group({ class: 'not-stated-stubs' }, f.missing.flatMap(({ category, series: s }) => [
    el('rect', { class: 'stub', x: x(0), y: start(category, s), width: STUB * 2, height: size }),
    text('not stated', { class: 'not-stated', x: x(0) + STUB * 2 + 5, y: start(category, s) + size / 2, dy: '0.35em', 'font-size': TICK_FONT }),
  ])));
  if (f.showValues) {
    parts.push(group({ class: 'value-labels' }, (f.stacked ? totals(f.bars) : f.bars).map((b) => {
      const at = x(b.to);
      const y0 = start(b.category, b.series) + size / 2;
      return text(f.valueText(b.value), { class: 'value-label', x: b.to >= 0 ? at + 5 : at - 5, y: y0, dy: '0.35em', 'text-anchor': b.to >= 0 ? 'start' : 'end' });
    })));
  }
  parts.push(el('line', { class: 'baseline', x1: x(0), x2: x(0), y1: box.top, y2: box.bottom, 'aria-hidden': 'true' }));
  parts.push(notesLayer(f, box, (value) => x(value), (at) => band(at) !== undefined ? band(at)! + band.bandwidth() / 2 : undefined, 'horizontal'));
  return { width, height, markup: parts.filter(Boolean).join('\n') };
}

/** Author annotations: a value as a rule across the bars, a category as a rule through its band. */
function notesLayer(f: Frame, box: Box, valueAt: (v: number) => number, categoryAt: (key: string) => number | undefined, orientation: 'vertical' | 'horizontal'): string {
  const across = orientation === 'vertical' ? 'horizontal' : 'vertical';
  const notes: PlacedAnnotation[] = [];
  for (const note of f.prepared.spec.annotations ?? []) {
    if (note.y !== undefined) notes.push({ rule: across, at: valueAt(note.y), label: note.label });
    else if (note.x !== undefined) {
      const at = annotationX(note.x, f.prepared.xColumn, f.prepared.xs);
      const position = at === undefined ? undefined : categoryAt(xKey(at));
      if (position !== undefined) notes.push({ rule: orientation, at: position, label: note.label });
    }
  }
  return notes.length ? annotationLayer(notes, box, f.width) : '';
}

/**
 * The colour of each bar: its series' colour; for `colorBy`, its group's; with `highlight`, the
 * series colour on the highlighted categories and a muted grey on the others (the context).
 */
function barColours(prepared: PreparedChart): (b: Segment) => ColourSlot {
  const { groups, groupColours, series, xs, spec } = prepared;
  if (groups && groupColours) {
    const byX = new Map(series[0]?.points.map((p) => [xKey(p.x), groupColours[groups.indexOf(p.group ?? '')] ?? 'other-1']));
    const colours = xs.map((x) => byX.get(xKey(x)) ?? 'other-1');
    return (b) => colours[b.category]!;
  }
  if (spec.highlight !== undefined && series.length === 1) {
    const wanted = new Set(Array.isArray(spec.highlight) ? spec.highlight : [spec.highlight]);
    const lit = xs.map((x) => wanted.has(x instanceof Date ? formatIsoDate(x, displayPrecision(prepared.xColumn)) : String(x)));
    return (b) => (lit[b.category] ? series[0]!.colour : 'muted');
  }
  return (b) => series[b.series]!.colour;
}

/** One label per stacked column: the total (positives plus negatives) at the outer end. */
function totals(bars: Segment[]): Segment[] {
  const byCategory = new Map<number, Segment>();
  for (const b of bars) {
    const current = byCategory.get(b.category);
    const total = (current?.value ?? 0) + b.value;
    const outer = current && Math.abs(current.to) > Math.abs(b.to) ? current.to : b.to;
    byCategory.set(b.category, { series: 0, category: b.category, from: 0, to: outer, value: total });
  }
  return [...byCategory.values()];
}

/** Category labels under vertical bars: shortened to fit, or every n-th when even short ones would collide. */
function categoryTicks(labels: string[], keys: string[], band: ReturnType<typeof scaleBand<string>>): Tick[] {
  const step = band.step();
  const widest = Math.max(...labels.map((l) => textWidth(l, TICK_FONT)));
  const minChars = textWidth('Abcd…', TICK_FONT);
  let every = 1;
  let fit = labels;
  if (widest > step - 6) {
    if (step - 6 >= minChars && labels.every((l) => !/^\d/.test(l))) fit = labels.map((l) => truncate(l, step - 6, TICK_FONT));
    else every = Math.ceil((widest + 12) / step);
  }
  const ticks: Tick[] = [];
  // Keep the last category labelled (usually the latest period).
  for (let i = labels.length - 1; i >= 0; i -= every) ticks.unshift({ at: band(keys[i]!)! + band.bandwidth() / 2, label: fit[i]! });
  return ticks;
}

/** Quarters as the FT labels them: Q1 to Q4 under each bar, the year under the first bar of each year. */
function quarterTicks(labels: string[], keys: string[], band: ReturnType<typeof scaleBand<string>>): Tick[] {
  const every = band.step() >= textWidth('Q4', TICK_FONT) + 6 ? 1 : 4;
  return labels.flatMap((label, i) => {
    const { quarter, year } = quarterOf(label)!;
    const firstOfYear = i === 0 || quarterOf(labels[i - 1]!)!.year !== year;
    if (every > 1 && !firstOfYear) return [];
    return [{ at: band(keys[i]!)! + band.bandwidth() / 2, label: every > 1 ? year : `Q${quarter}`, ...(every === 1 && firstOfYear ? { sub: year } : {}) }];
  });
}
