/**
 * What every renderer shares: the body it returns, series class names, and how annotation x values
 * map onto an axis.
 */
import type { Column } from '../model/table.ts';
import { parseDateText } from '../model/dates.ts';
import { xKey, type PreparedChart, type XValue } from './prepare.ts';
import type { ColourSlot } from './palette.ts';

/** A chart drawn inside a `width` x `height` viewBox, without the `<svg>` wrapper. */
export interface ChartBody {
  width: number;
  height: number;
  markup: string;
}

/** `line series c-crypto`: the kind of mark plus the class of its colour. */
export function seriesClass(kind: string, colour: ColourSlot, extra = ''): string {
  return `${kind} series c-${colour}${extra ? ` ${extra}` : ''}`;
}

/** Values aligned with `prepared.xs`: one array per series, `null` where a series has no value. */
export function alignedValues(prepared: PreparedChart): (number | null)[][] {
  const index = new Map(prepared.xs.map((x, j) => [xKey(x), j]));
  return prepared.series.map((s) => {
    const values = new Array<number | null>(prepared.xs.length).fill(null);
    for (const p of s.points) {
      const j = index.get(xKey(p.x));
      if (j !== undefined) values[j] = p.y;
    }
    return values;
  });
}

/** The x value an annotation points at: a date (start of its period) or a category present in `xs`. */
export function annotationX(text: string, xColumn: Column, xs: XValue[]): XValue | undefined {
  if (xColumn.type === 'date') {
    const at = parseDateText(text);
    if (!at) return undefined;
    // Snap to the first data x inside the period when there is one (bars need an exact category).
    return xs.find((x): x is Date => x instanceof Date && x >= at.start && x < at.end) ?? at.start;
  }
  if (xColumn.type === 'number') return Number(text);
  return xs.find((x) => String(x) === text);
}
