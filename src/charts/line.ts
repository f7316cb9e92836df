/**
 * Line, area and indexed charts: values over a date x axis. Nulls break the
 * line (`defined`), never interpolated. Several series get direct labels at
 * the right end when they fit, else a legend row on top.
 */
import { area as d3area, line as d3line, stack } from 'd3';
import { annotationLayer, annotationRoom, type PlacedAnnotation } from './annotations.ts';
import { bottomCategoryAxis, leftValueAxis, type Box } from './axes.ts';
import { placeLabels } from './labels.ts';
import { positionsAttribute } from './readout.ts';
import { alignedValues, annotationX, seriesClass, type ChartBody } from './layout.ts';
import { legend } from './legend.ts';
import type { PreparedChart } from './prepare.ts';
import { dateAxis, valueAxis } from './scales.ts';
import { el, group, text, textWidth } from './svg.ts';
import { FONT, HEIGHT, LINE_HEIGHT, MAX_DIRECT_LABEL, MAX_SERIES_FOR_LABELS, TICK_FONT, TICK_GAP, WIDTH } from './sizes.ts';
import { displayPrecision } from '../model/dates.ts';

interface Options {
  width?: number;
  height?: number;
}

export function renderLine(prepared: PreparedChart, options: Options = {}): ChartBody {
  const width = options.width ?? WIDTH;
  const height = options.height ?? HEIGHT;
  const { spec, series } = prepared;
  const xs = prepared.xs as Date[];
  const values = alignedValues(prepared);
  const isArea = spec.type === 'area';
  const stacked = isArea && spec.stacked === true && series.length > 1;

  // Stacked areas: lower and upper edges per series from d3.stack; a missing value counts as 0 for the
  // series above it but leaves a gap in its own band.
  const lower = values.map((row) => row.map(() => 0));
  const upper = values.map((row) => row.slice());
  if (stacked) {
    const layers = stack<number>()
      .keys(values.map((_, i) => String(i)))
      .value((j, key) => values[Number(key)]![j] ?? 0)(xs.map((_, j) => j));
    layers.forEach((layer, i) =>
      layer.forEach(([low, high], j) => {
        lower[i]![j] = low;
        upper[i]![j] = values[i]![j] === null ? null : high;
      }),
    );
  }
  const plotted = (stacked ? upper : values).flat().filter((v): v is number => v !== null);
  const include = [
    ...(isArea ? [0] : spec.type === 'indexed' && spec.yScale !== 'log' ? [100] : []),
    ...(spec.annotations ?? []).flatMap((note) => (note.y === undefined ? [] : [note.y])),
  ];
  const yAxis = valueAxis(plotted, { log: spec.yScale === 'log', include, unit: prepared.unit });

  const multi = series.length > 1;
  const labelWidths = series.map((s) => textWidth(s.label, FONT, true));
  const canLabel = multi && series.length <= MAX_SERIES_FOR_LABELS && Math.max(...labelWidths) <= Math.min(MAX_DIRECT_LABEL, width * 0.27);
  const modes: ('labels' | 'legend' | 'none')[] = !multi ? ['none'] : canLabel ? ['labels', 'legend'] : ['legend'];

  const room = annotationRoom((spec.annotations ?? []).map((note) => ({ rule: note.x !== undefined ? 'vertical' : 'horizontal', label: note.label })), width);

  for (const mode of modes) {
    const key = mode === 'legend' ? legend(series.map((s) => ({ label: s.label, colour: s.colour })), 0, width) : { height: 0, markup: '' };
    const top = key.height + 14 + room;
    const left = Math.max(...yAxis.labels.map((l) => textWidth(l, TICK_FONT))) + TICK_GAP + 2;
    const right = mode === 'labels' ? Math.max(...labelWidths) + 14 : 20;
    const box: Box = { left, right: width - right, top, bottom: height - (TICK_FONT + TICK_GAP + 16) };
    yAxis.scale.range([box.bottom, box.top]);
    const y = yAxis.scale;
    const first = xs[0]!;
    const last = xs[xs.length - 1]!;
    const xAxis = dateAxis([first, last], [box.left, box.right], displayPrecision(prepared.xColumn));
    const x = xAxis.scale;

    // End labels: at the right edge, level with each series' last value.
    let labelYs: number[] | undefined;
    if (mode === 'labels') {
      const requests = values.map((row, i) => {
        const edge = stacked ? upper[i]! : row;
        let j = edge.length - 1;
        while (j >= 0 && edge[j] === null) j--;
        return { y: j >= 0 ? y(stacked ? (lower[i]![j]! + edge[j]!) / 2 : edge[j]!) : box.bottom };
      });
      labelYs = placeLabels(requests, LINE_HEIGHT, box.top, box.bottom);
      if (!labelYs) continue;
    }

    const parts: string[] = [];
    if (key.markup) parts.push(key.markup);
    parts.push(leftValueAxis(box, yAxis.ticks.map((t, i) => ({ at: y(t), label: yAxis.labels[i]!, zero: t === 0 }))));
    parts.push(bottomCategoryAxis(box, xAxis.ticks.map((t, i) => ({ at: x(t), label: xAxis.labels[i]! })), width, !yAxis.ticks.includes(0)));
    if (spec.type === 'indexed' && y(100) >= box.top && y(100) <= box.bottom) {
      parts.push(el('line', { class: 'baseline', x1: box.left, x2: box.right, y1: y(100), y2: y(100), 'aria-hidden': 'true' }));
    }

    const marks: string[] = [];
    series.forEach((s, i) => {
      const indices = xs.map((_, j) => j);
      const upperEdge = stacked ? upper[i]! : values[i]!;
      const defined = (j: number) => upperEdge[j] !== null;
      if (isArea) {
        const path = d3area<number>()
          .defined(defined)
          .x((j) => x(xs[j]!))
          .y0((j) => y(stacked ? lower[i]![j]! : 0))
          .y1((j) => y(upperEdge[j]!))
          .digits(2)(indices);
        if (path) marks.push(el('path', { class: seriesClass('area', s.colour, stacked ? 'stacked' : ''), d: path }));
      }
      const path = d3line<number>()
        .defined(defined)
        .x((j) => x(xs[j]!))
        .y((j) => y(upperEdge[j]!))
        .digits(2)(indices);
      if (path) marks.push(el('path', { class: seriesClass('line', s.colour), d: path, 'data-series': s.label }));
    });
    parts.push(group({ class: 'marks', ...positionsAttribute(xs.map((d) => x(d))) }, marks));

    if (labelYs) {
      parts.push(
        group(
          { class: 'direct-labels' },
          series.map((s, i) => text(s.label, { class: seriesClass('direct-label', s.colour), x: box.right + 8, y: labelYs![i]!, dy: '0.35em' })),
        ),
      );
    }

    const notes: PlacedAnnotation[] = [];
    for (const note of spec.annotations ?? []) {
      if (note.y !== undefined) notes.push({ rule: 'horizontal', at: y(note.y), label: note.label });
      else if (note.x !== undefined) {
        const at = annotationX(note.x, prepared.xColumn, xs);
        if (at instanceof Date) notes.push({ rule: 'vertical', at: x(at), label: note.label });
      }
    }
    if (notes.length) parts.push(annotationLayer(notes, box, width));

    return { width, height, markup: parts.join('\n') };
  }
  throw new Error('internal: no layout fits');
}
