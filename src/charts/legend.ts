/**
 * The fallback key: a row (or rows) of swatches at the top of the chart,
 * used for bars, scatter, and lines whose end labels would not fit.
 */
import { el, group, text, textWidth, truncate } from './svg.ts';
import { seriesClass } from './layout.ts';
import { FONT, LINE_HEIGHT } from './sizes.ts';

export interface LegendItem {
  label: string;
  /** Series index: picks the `series-<i>` colour class. */
  index: number;
}

export interface Legend {
  /** Height taken at the top, including the gap below. */
  height: number;
  markup: string;
}

const SWATCH = 12;
const GAP = 18;

/** Lays out items left to right from `x`, wrapping within `width`. */
export function legend(items: LegendItem[], x: number, width: number): Legend {
  if (items.length === 0) return { height: 0, markup: '' };
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const item of items) {
    const label = truncate(item.label, width - x - SWATCH - 6, FONT);
    const w = SWATCH + 6 + textWidth(label, FONT);
    if (cx > x && cx + w > width) {
      row += 1;
      cx = x;
    }
    const cy = row * LINE_HEIGHT + LINE_HEIGHT / 2;
    parts.push(
      el('rect', { class: seriesClass('swatch', item.index), x: cx, y: cy - SWATCH / 2, width: SWATCH, height: SWATCH, rx: 2 }),
      text(label, { x: cx + SWATCH + 6, y: cy, dy: '0.35em' }),
    );
    cx += w + GAP;
  }
  return { height: (row + 1) * LINE_HEIGHT + 10, markup: group({ class: 'legend' }, parts) };
}
