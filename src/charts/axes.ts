/**
 * Gridlines and tick labels as SVG strings (d3-axis needs a DOM, so this draws from precomputed
 * ticks). Tick labels are the smallest text of a chart (TICK_FONT), and clamped so the first and last
 * never spill outside the viewBox. There are no floating axis titles: units are in the subtitle, or
 * on the top tick (`valueTickLabels` in layout.ts).
 */
import { el, group, text, textWidth } from './svg.ts';
import { TICK_FONT, TICK_GAP } from './sizes.ts';

/** The plot area in viewBox coordinates. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Tick {
  /** Position along the axis, in viewBox units. */
  at: number;
  label: string;
  /** A second line under the label: the year under the first quarter of each year. */
  sub?: string;
  /** Zero gets a stronger line. */
  zero?: boolean;
}


/** Horizontal gridlines across the plot with labels on the left (value axis of vertical charts). */
export function leftValueAxis(box: Box, ticks: Tick[]): string {
  const lines = ticks.map((t) => el('line', { x1: box.left, x2: box.right, y1: t.at, y2: t.at, class: t.zero ? 'zero' : undefined }));
  const labels = ticks.map((t) => text(t.label, { x: box.left - TICK_GAP, y: t.at, dy: '0.35em', 'text-anchor': 'end' }));
  return [group({ class: 'grid grid--y', 'aria-hidden': 'true' }, lines), group({ class: 'axis axis--y', 'aria-hidden': 'true', 'font-size': TICK_FONT }, labels)].join('\n');
}

/** Vertical gridlines with labels under the plot (value axis of horizontal bars). */
export function bottomValueAxis(box: Box, ticks: Tick[], width: number): string {
  const lines = ticks.map((t) => el('line', { x1: t.at, x2: t.at, y1: box.top, y2: box.bottom, class: t.zero ? 'zero' : undefined }));
  const labels = ticks.map((t) => clampedLabel(t, box.bottom + TICK_GAP + TICK_FONT * 0.8, width));
  return [group({ class: 'grid grid--x', 'aria-hidden': 'true' }, lines), group({ class: 'axis axis--x', 'aria-hidden': 'true', 'font-size': TICK_FONT }, labels)].join('\n');
}

function clampedLabel(tick: Tick, y: number, width: number): string {
  const half = Math.max(textWidth(tick.label, TICK_FONT), textWidth(tick.sub ?? '', TICK_FONT)) / 2;
  const x = Math.min(Math.max(tick.at, half + 2), width - half - 2);
  const label = text(tick.label, { x, y, 'text-anchor': 'middle' });
  return tick.sub ? `${label}\n${text(tick.sub, { x, y: y + TICK_FONT + 2, 'text-anchor': 'middle' })}` : label;
}

/** The x baseline with small tick marks and labels below (date or category axis). */
export function bottomCategoryAxis(box: Box, ticks: Tick[], width: number, baseline = true): string {
  const parts = [
    baseline ? el('line', { x1: box.left, x2: box.right, y1: box.bottom, y2: box.bottom }) : '',
    ...ticks.map((t) => el('line', { x1: t.at, x2: t.at, y1: box.bottom, y2: box.bottom + 5 })),
    ...ticks.map((t) => clampedLabel(t, box.bottom + TICK_GAP + TICK_FONT * 0.8 + 2, width)),
  ].filter(Boolean);
  return group({ class: 'axis axis--x', 'aria-hidden': 'true', 'font-size': TICK_FONT }, parts);
}

/** Category labels left of a horizontal bar chart. */
export function leftCategoryAxis(box: Box, ticks: Tick[]): string {
  const labels = ticks.map((t) => text(t.label, { x: box.left - TICK_GAP, y: t.at, dy: '0.35em', 'text-anchor': 'end' }));
  return group({ class: 'axis axis--y', 'aria-hidden': 'true', 'font-size': TICK_FONT }, labels);
}
