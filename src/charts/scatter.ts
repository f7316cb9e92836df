/**
 * Scatter plots: one circle per row, x a number or date, optional text label
 * per point from `pointLabel`. Both axes are named, since neither is time
 * by default; several series get a legend.
 */
import { extent } from 'd3';
import { annotationLayer, annotationRoom, type PlacedAnnotation } from './annotations.ts';
import { bottomCategoryAxis, leftValueAxis, type Box, type Tick } from './axes.ts';
import { parseDateText, displayPrecision } from '../model/dates.ts';
import { unitShownInNumbers } from './format.ts';
import { seriesClass, type ChartBody } from './layout.ts';
import { legend } from './legend.ts';
import { xKey, type PreparedChart } from './prepare.ts';
import { dateAxis, valueAxis } from './scales.ts';
import { el, group, text, textWidth } from './svg.ts';
import { FONT, HEIGHT, TICK_GAP, WIDTH, TICK_FONT } from './sizes.ts';

interface Options {
  width?: number;
  height?: number;
}

const RADIUS = 5;

function axisName(label: string, unit: string | undefined): string {
  return unit && !unitShownInNumbers(unit) ? `${label} (${unit})` : label;
}

export function renderScatter(prepared: PreparedChart, options: Options = {}): ChartBody {
  const width = options.width ?? WIDTH;
  const height = options.height ?? HEIGHT;
  const { spec, series, xColumn } = prepared;
  const points = series.flatMap((s, i) => s.points.filter((p) => p.y !== null).map((p) => ({ ...p, series: i })));
  // Each dot's place among the chart's x values, for the readout (readout.ts).
  const xIndex = new Map(prepared.xs.map((x, i) => [xKey(x), i]));
  const noteValues = (spec.annotations ?? []).flatMap((note) => (note.y === undefined ? [] : [note.y]));
  const yAxis = valueAxis(
    points.map((p) => p.y!),
    { log: spec.yScale === 'log', unit: prepared.unit, include: noteValues },
  );
  const key = series.length > 1 ? legend(series.map((s) => ({ label: s.label, colour: s.colour })), 0, width) : { height: 0, markup: '' };
  // Both axes carry values, so the x axis says what it counts, at the end of its tick row; the y
  // quantity is the subtitle's.
  const xName = axisName(xColumn.label, xColumn.unit);

  const top = key.height + 14 + annotationRoom((spec.annotations ?? []).map((note) => ({ rule: note.x !== undefined ? 'vertical' : 'horizontal', label: note.label })), width);
  const left = Math.max(...yAxis.labels.map((l) => textWidth(l, TICK_FONT))) + TICK_GAP + 2;
  const box: Box = { left, right: width - 20, top, bottom: height - (TICK_FONT + TICK_GAP + 16) - 20 };
  const y = yAxis.scale.range([box.bottom, box.top]);

  let xAt: (value: number | Date) => number;
  let xTicks: Tick[];
  if (xColumn.type === 'date') {
    const dates = points.map((p) => p.x as Date);
    const [lo = new Date(0), hi = new Date(0)] = extent(dates);
    const axis = dateAxis([lo, hi], [box.left + RADIUS, box.right - RADIUS], displayPrecision(xColumn));
    xAt = (v) => axis.scale(v as Date);
    xTicks = axis.ticks.map((t, i) => ({ at: axis.scale(t), label: axis.labels[i]! }));
  } else {
    const axis = valueAxis(
      points.map((p) => p.x as number),
      { unit: xColumn.unit },
    );
    axis.scale.range([box.left, box.right]);
    xAt = (v) => axis.scale(v as number);
    xTicks = axis.ticks.map((t, i) => ({ at: axis.scale(t), label: axis.labels[i]! }));
  }

  const parts: string[] = [];
  if (key.markup) parts.push(key.markup);
  parts.push(leftValueAxis(box, yAxis.ticks.map((t, i) => ({ at: y(t), label: yAxis.labels[i]!, zero: t === 0 }))));
  parts.push(bottomCategoryAxis(box, xTicks, width, !yAxis.ticks.includes(0)));
  parts.push(text(xName, { class: 'axis-name', x: box.right, y: height - 6, 'text-anchor': 'end', 'font-size': TICK_FONT }));

  const dots = points.map((p) =>
    el('circle', { class: seriesClass('dot', prepared.series[p.series]!.colour), cx: xAt(p.x as number | Date), cy: y(p.y!), r: RADIUS, 'data-i': `${xIndex.get(xKey(p.x))} ${p.series}` }),
  );
  parts.push(group({ class: 'marks' }, dots));

  const labelled = points.filter((p) => p.label !== undefined && p.label !== '');
  if (labelled.length) {
    const labels = labelled.map((p) => {
      const cx = xAt(p.x as number | Date);
      const w = textWidth(p.label!, FONT);
      const flip = cx + RADIUS + 4 + w > width - 2;
      return text(p.label!, {
        class: 'point-label',
        x: flip ? cx - RADIUS - 4 : cx + RADIUS + 4,
        y: y(p.y!),
        dy: '0.35em',
        'text-anchor': flip ? 'end' : 'start',
      });
    });
    parts.push(group({ class: 'point-labels' }, labels));
  }

  const notes: PlacedAnnotation[] = [];
  for (const note of spec.annotations ?? []) {
    if (note.y !== undefined) notes.push({ rule: 'horizontal', at: y(note.y), label: note.label });
    else if (note.x !== undefined) {
      const value = xColumn.type === 'date' ? parseDateText(note.x)?.start : Number(note.x);
      if (value !== undefined) notes.push({ rule: 'vertical', at: xAt(value), label: note.label });
    }
  }
  if (notes.length) parts.push(annotationLayer(notes, box, width));
  return { width, height, markup: parts.join('\n') };
}
