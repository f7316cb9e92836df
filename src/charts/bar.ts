/**
 * Bar charts over categories (strings, or dates treated as categories):
 * vertical or horizontal, grouped by default when there are several series,
 * stacked on request. Value axes always include zero, so bar lengths are
 * honest. Horizontal charts grow taller with the number of categories.
 */
import { scaleBand, stack, stackOffsetDiverging } from 'd3';
import { annotationLayer, annotationRoom, type PlacedAnnotation } from './annotations.ts';
import { axisCaption, bottomCategoryAxis, bottomValueAxis, leftCategoryAxis, leftValueAxis, type Box, type Tick } from './axes.ts';
import { formatNumber, formatValue } from './format.ts';
import { alignedValues, annotationX, seriesClass, valueCaption, type ChartBody } from './layout.ts';
import { legend } from './legend.ts';
import { formatX, xKey, type PreparedChart } from './prepare.ts';
import { valueAxis } from './scales.ts';
import { el, group, text, textWidth, truncate } from './svg.ts';
import { FONT, HEIGHT, TICK_GAP, WIDTH } from './sizes.ts';

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

export function renderBar(prepared: PreparedChart, options: Options = {}): ChartBody {
  const width = options.width ?? WIDTH;
  const { spec, series } = prepared;
  const horizontal = spec.orientation === 'horizontal';
  const stacked = spec.stacked === true && series.length > 1;
  const values = alignedValues(prepared);
  const bars = segments(values, stacked);
  const categories = prepared.xs.map((x) => formatX(prepared.xColumn, x));
  const keys = prepared.xs.map(xKey);
  const noteValues = (spec.annotations ?? []).flatMap((note) => (note.y === undefined ? [] : [note.y]));
  const axis = valueAxis(
    bars.flatMap((b) => [b.from, b.to]),
    { include: [0, ...noteValues], unit: prepared.unit, count: horizontal ? 4 : 5 },
  );
  // Colour index of each bar: its series, or its `colorBy` group.
  const groupOf = barGroups(prepared);
  const colourOf = (b: Segment) => groupOf?.[b.category] ?? b.series;
  const keyItems = prepared.groups
    ? prepared.groups.map((g, i) => ({ label: spec.labels?.[g] ?? g, index: i }))
    : series.length > 1
      ? series.map((s, i) => ({ label: s.label, index: i }))
      : [];
  const key = legend(keyItems, 0, width);
  const caption = valueCaption(prepared);
  const showValues = spec.valueLabels === true;
  // Bar values read as the data writes them; stacked totals are sums, rounded by magnitude.
  const valueColumn = series[0]?.column;
  const valueText = (v: number) =>
    valueColumn && !stacked ? formatValue(valueColumn, v) : formatNumber(v, prepared.unit);
  // Vertical rules: categories on vertical bars, values on horizontal ones.
  const room = annotationRoom(
    (spec.annotations ?? []).map((note) => ((note.x !== undefined) !== horizontal ? 'vertical' : 'horizontal')),
  );
  const parts: string[] = [];
  if (key.markup) parts.push(key.markup);

  if (!horizontal) {
    const height = options.height ?? HEIGHT;
    const top = key.height + (caption ? 30 : 14) + Math.max(showValues ? FONT : 0, room);
    const left = Math.max(...axis.labels.map((l) => textWidth(l, FONT))) + TICK_GAP + 2;
    const box: Box = { left, right: width - 16, top, bottom: height - (FONT + TICK_GAP + 16) };
    const y = axis.scale.range([box.bottom, box.top]);
    const band = scaleBand<string>().domain(keys).range([box.left, box.right]).paddingInner(0.2).paddingOuter(0.1);
    const inner = scaleBand<number>()
      .domain(series.map((_, i) => i))
      .range([0, band.bandwidth()])
      .paddingInner(0.08);

    if (caption) parts.push(axisCaption(caption, 0, key.height + 14));
    parts.push(leftValueAxis(box, axis.ticks.map((t, i) => ({ at: y(t), label: axis.labels[i]!, zero: t === 0 }))));
    parts.push(bottomCategoryAxis(box, categoryTicks(categories, keys, band), width, false));

    const marks = bars.map((b) => {
      const x0 = band(keys[b.category]!)! + (stacked ? 0 : inner(b.series)!);
      const w = stacked ? band.bandwidth() : inner.bandwidth();
      const [ya, yb] = [y(b.from), y(b.to)];
      return el('rect', { class: seriesClass('bar', colourOf(b)), x: x0, y: Math.min(ya, yb), width: w, height: Math.abs(ya - yb) });
    });
    parts.push(group({ class: 'marks' }, marks));
    if (showValues) {
      const labels = (stacked ? totals(bars) : bars).map((b) => {
        const x0 = band(keys[b.category]!)! + (stacked ? 0 : inner(b.series)!);
        const w = stacked ? band.bandwidth() : inner.bandwidth();
        const at = y(b.to);
        return text(valueText(b.value), { class: 'value-label', x: x0 + w / 2, y: b.to >= 0 ? at - 5 : at + FONT, 'text-anchor': 'middle' });
      });
      parts.push(group({ class: 'value-labels' }, labels));
    }
    parts.push(el('line', { class: 'baseline', x1: box.left, x2: box.right, y1: y(0), y2: y(0), 'aria-hidden': 'true' }));
    const notes: PlacedAnnotation[] = [];
    for (const note of spec.annotations ?? []) {
      if (note.y !== undefined) notes.push({ rule: 'horizontal', at: y(note.y), label: note.label });
      else if (note.x !== undefined) {
        const at = annotationX(note.x, prepared.xColumn, prepared.xs);
        const start = at === undefined ? undefined : band(xKey(at));
        if (start !== undefined) notes.push({ rule: 'vertical', at: start + band.bandwidth() / 2, label: note.label });
      }
    }
    if (notes.length) parts.push(annotationLayer(notes, box, width));
    return { width, height, markup: parts.join('\n') };
  }

  // Horizontal: one row per category, top to bottom in data order.
  const rowStep = stacked || series.length === 1 ? 30 : Math.max(30, series.length * 14 + 12);
  const labelRoom = Math.min(Math.max(...categories.map((c) => textWidth(c, FONT))), width * 0.35);
  const shown = categories.map((c) => truncate(c, labelRoom, FONT));
  const labelWidth = (ends: Segment[]) => (ends.length ? Math.max(...ends.map((b) => textWidth(valueText(b.value), FONT))) + 10 : 0);
  const valueRoom = showValues ? labelWidth(bars.filter((b) => b.to >= 0)) : 16;
  // Labels of bars below zero sit left of their bar: keep them clear of the category labels.
  const negativeRoom = showValues ? labelWidth(bars.filter((b) => b.to < 0)) : 0;
  const top = key.height + (caption ? 30 : 8) + room;
  const box: Box = {
    left: labelRoom + TICK_GAP + 2,
    right: width - Math.max(valueRoom, 16),
    top,
    bottom: top + rowStep * categories.length,
  };
  const height = box.bottom + FONT + TICK_GAP + 16;
  const x = axis.scale.range([box.left + negativeRoom, box.right]);
  const band = scaleBand<string>().domain(keys).range([box.top, box.bottom]).paddingInner(0.25).paddingOuter(0.15);
  const inner = scaleBand<number>()
    .domain(series.map((_, i) => i))
    .range([0, band.bandwidth()])
    .paddingInner(0.08);

  if (caption) parts.push(axisCaption(caption, box.right, key.height + 14, 'end'));
  parts.push(bottomValueAxis(box, axis.ticks.map((t, i) => ({ at: x(t), label: axis.labels[i]!, zero: t === 0 })), width));
  parts.push(leftCategoryAxis(box, keys.map((k, i) => ({ at: band(k)! + band.bandwidth() / 2, label: shown[i]! }))));
  const marks = bars.map((b) => {
    const y0 = band(keys[b.category]!)! + (stacked ? 0 : inner(b.series)!);
    const h = stacked ? band.bandwidth() : inner.bandwidth();
    const [xa, xb] = [x(b.from), x(b.to)];
    return el('rect', { class: seriesClass('bar', colourOf(b)), x: Math.min(xa, xb), y: y0, width: Math.abs(xa - xb), height: h });
  });
  parts.push(group({ class: 'marks' }, marks));
  if (showValues) {
    const labels = (stacked ? totals(bars) : bars).map((b) => {
      const y0 = band(keys[b.category]!)! + (stacked ? 0 : inner(b.series)!);
      const h = stacked ? band.bandwidth() : inner.bandwidth();
      const at = x(b.to);
      return text(valueText(b.value), {
        class: 'value-label',
        x: b.to >= 0 ? at + 5 : at - 5,
        y: y0 + h / 2,
        dy: '0.35em',
        'text-anchor': b.to >= 0 ? 'start' : 'end',
      });
    });
    parts.push(group({ class: 'value-labels' }, labels));
  }
  parts.push(el('line', { class: 'baseline', x1: x(0), x2: x(0), y1: box.top, y2: box.bottom, 'aria-hidden': 'true' }));
  const notes: PlacedAnnotation[] = [];
  for (const note of spec.annotations ?? []) {
    if (note.y !== undefined) notes.push({ rule: 'vertical', at: x(note.y), label: note.label });
    else if (note.x !== undefined) {
      const at = annotationX(note.x, prepared.xColumn, prepared.xs);
      const start = at === undefined ? undefined : band(xKey(at));
      if (start !== undefined) notes.push({ rule: 'horizontal', at: start + band.bandwidth() / 2, label: note.label });
    }
  }
  if (notes.length) parts.push(annotationLayer(notes, box, width));
  return { width, height, markup: parts.join('\n') };
}

/** For `colorBy` charts, the group index of each category (bars of one series, one row each). */
function barGroups(prepared: PreparedChart): number[] | undefined {
  const { groups, series, xs } = prepared;
  if (!groups) return undefined;
  const byX = new Map(series[0]?.points.map((p) => [xKey(p.x), groups.indexOf(p.group ?? '')]));
  return xs.map((x) => byX.get(xKey(x)) ?? 0);
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
  const widest = Math.max(...labels.map((l) => textWidth(l, FONT)));
  const minChars = textWidth('Abcd…', FONT);
  let every = 1;
  let fit = labels;
  if (widest > step - 6) {
    if (step - 6 >= minChars && labels.every((l) => !/^\d/.test(l))) fit = labels.map((l) => truncate(l, step - 6, FONT));
    else every = Math.ceil((widest + 12) / step);
  }
  const ticks: Tick[] = [];
  // Keep the last category labelled (usually the latest period).
  for (let i = labels.length - 1; i >= 0; i -= every) ticks.unshift({ at: band(keys[i]!)! + band.bandwidth() / 2, label: fit[i]! });
  return ticks;
}
