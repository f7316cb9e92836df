/**
 * What every renderer shares: the body it returns, series class names, the
 * value-axis caption, and how annotation x values map onto an axis.
 */
import type { Column } from '../model/table.ts';
import { parseDateText } from '../model/dates.ts';
import { unitShownInNumbers } from './format.ts';
import { formatX, xKey, type PreparedChart, type XValue } from './prepare.ts';
import { SERIES_COLOURS } from './palette.ts';

/** A chart drawn inside a `width` x `height` viewBox, without the `<svg>` wrapper. */
export interface ChartBody {
  width: number;
  height: number;
  markup: string;
}

/** `line series series-2`: the kind of mark plus the colour class. */
export function seriesClass(kind: string, index: number, extra = ''): string {
  return `${kind} series series-${index % SERIES_COLOURS}${extra ? ` ${extra}` : ''}`;
}

/** Caption for the value axis when tick labels alone do not say the unit. */
export function valueCaption(prepared: PreparedChart): string | undefined {
  if (prepared.base) return `Index, ${formatX(prepared.xColumn, prepared.base)} = 100`;
  const unit = prepared.unit;
  if (unit && !unitShownInNumbers(unit)) return unit.charAt(0).toUpperCase() + unit.slice(1);
  return undefined;
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
