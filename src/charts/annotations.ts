/**
 * Author annotations: a dashed rule at an x position (an event date or a
 * category) or at a y value (a threshold), with a short label. Labels are
 * flipped and stacked so they stay inside the viewBox and do not overlap
 * each other; from five rules across the x axis on, the rules carry numbers
 * and a key above the plot names them, as FT charts do with crowded events.
 */
import type { Box } from './axes.ts';
import { el, group, text, textWidth } from './svg.ts';
import { FONT, LINE_HEIGHT } from './sizes.ts';

export interface PlacedAnnotation {
  /** `vertical`: a rule across the plot at x = at; `horizontal`: at y = at. */
  rule: 'vertical' | 'horizontal';
  at: number;
  label: string;
}

const PAD = 5;

/** With this many rules across the x axis, labels would crowd: the rules are numbered and a key names them. */
const NUMBERED_FROM = 5;

/** The key of numbered rules: "1 Halving · 2 ChatGPT …", packed into lines no wider than the chart. */
function keyLines(labels: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of labels.map((label, i) => `${i + 1} ${label}`)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} · ${item}`, FONT) <= width) lines[lines.length - 1] = `${last} · ${item}`;
    else lines.push(item);
  }
  return lines;
}

const verticalLabels = (items: readonly Pick<PlacedAnnotation, 'rule' | 'label'>[]) => items.filter((item) => item.rule === 'vertical').map((item) => item.label);

/** Extra top margin a chart needs for labels of vertical rules (and for their key, when they are numbered). */
export function annotationRoom(items: readonly Pick<PlacedAnnotation, 'rule' | 'label'>[], width: number): number {
  const labels = verticalLabels(items);
  if (labels.length === 0) return 0;
  if (labels.length < NUMBERED_FROM) return LINE_HEIGHT + 4;
  return (keyLines(labels, width).length + 1) * LINE_HEIGHT + 4;
}

export function annotationLayer(items: PlacedAnnotation[], box: Box, width: number): string {
  const parts: string[] = [];
  const levels: [number, number][][] = [];
  const labels = verticalLabels(items);
  const numbered = labels.length >= NUMBERED_FROM;
  if (numbered) {
    const lines = keyLines(labels, width);
    lines.forEach((line, i) => parts.push(text(line, { class: 'annotation-key', x: 0, y: box.top - 6 - (lines.length - i) * LINE_HEIGHT })));
  }
  let n = 0;
  for (const item of items) {
    const label = numbered && item.rule === 'vertical' ? String(++n) : item.label;
    const w = textWidth(label, FONT);
    if (item.rule === 'vertical') {
      parts.push(el('line', { class: 'rule', x1: item.at, x2: item.at, y1: box.top, y2: box.bottom }));
      // Right of the rule unless that runs out of the viewBox.
      let start = item.at + PAD;
      if (start + w > width - 2) start = Math.max(2, item.at - PAD - w);
      const span: [number, number] = [start - 4, start + w + 4];
      let level = levels.findIndex((used) => used.every(([a, b]) => span[1] <= a || span[0] >= b));
      if (level === -1) {
        levels.push([]);
        level = levels.length - 1;
      }
      levels[level]!.push(span);
      // The first row sits above the plot, in the room renderers reserve with `annotationRoom`; further rows go inside.
      const y = level === 0 ? box.top - 6 : box.top + FONT + (level - 1) * LINE_HEIGHT;
      parts.push(text(label, { class: 'annotation-label', x: start, y }));
    } else {
      parts.push(el('line', { class: 'rule', x1: box.left, x2: box.right, y1: item.at, y2: item.at }));
      const above = item.at - PAD - FONT >= 0;
      const x = Math.min(box.left + PAD, width - w - 2);
      parts.push(text(item.label, { class: 'annotation-label', x, y: above ? item.at - PAD : item.at + PAD + FONT * 0.8 }));
    }
  }
  return group({ class: 'annotations' }, parts);
}
