/**
 * The fallback key when labels cannot sit on the marks (bars, scatter, lines whose end labels would
 * not fit): the series names in their own colours, in bold, in a row (or rows) above the plot, as the
 * FT's phone charts do; no swatches to decode.
 */
import { group, text, textWidth, wrap } from './svg.ts';
import type { ColourSlot } from './palette.ts';
import { FONT, LINE_HEIGHT } from './sizes.ts';

export interface LegendItem {
  label: string;
  colour: ColourSlot;
}

export interface Legend {
  /** Height taken at the top, including the gap below. */
  height: number;
  markup: string;
}

const GAP = 16;

/**
 * Lays out items left to right from `x`, wrapping within `width`; a name too long for the row it
 * starts is wrapped onto lines of its own rather than cut, so no series loses its name.
 */
export function legend(items: LegendItem[], x: number, width: number): Legend {
  if (items.length === 0) return { height: 0, markup: '' };
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const item of items.filter((entry) => entry.label.trim() !== '')) {
    const lines = wrap(item.label, width - x, FONT, true);
    const w = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
    if (cx > x && (lines.length > 1 || cx + w > width)) {
      row += 1;
      cx = x;
    }
    for (const [i, line] of lines.entries()) {
      parts.push(text(line, { class: `legend-key c-${item.colour}`, x: cx, y: (row + i) * LINE_HEIGHT + LINE_HEIGHT / 2, dy: '0.35em' }));
    }
    row += lines.length - 1;
    cx = lines.length > 1 ? width : cx + w + GAP;
  }
  return { height: (row + 1) * LINE_HEIGHT + 10, markup: group({ class: 'legend' }, parts) };
}
