/**
 * What a value readout needs, written by the renderer into the markup it already makes: the x labels
 * and each series' values, formatted exactly as the data table formats them, and (in each layout) the
 * x position of each value. The page's small readout script reads these; there is no second copy of
 * the data as JSON, and without JavaScript nothing uses them.
 */
import { formatCell } from './format.ts';
import { xKey, type PreparedChart } from './prepare.ts';

const join = (values: readonly string[]) => values.map((value) => value.replaceAll('|', '/')).join('|');

/** Attributes for the figure: `data-xl` (x labels), `data-sl` (series names), `data-v` (values, series by series). */
export function readoutData(prepared: PreparedChart): Record<string, string> {
  const { xs, series, xColumn } = prepared;
  const values = series.map((s) => {
    const byX = new Map(s.points.map((point) => [xKey(point.x), point.y]));
    return join(xs.map((x) => (byX.has(xKey(x)) ? formatCell(s.column, byX.get(xKey(x)) ?? null) : '')));
  });
  return {
    'data-xl': join(xs.map((x) => formatCell(xColumn, x))),
    'data-sl': join(series.map((s) => s.label)),
    'data-v': values.join('~'),
  };
}

/** The x positions (viewBox units, whole: a unit is about a pixel) of `xs`, for the marks group of a line, area or indexed chart. */
export function positionsAttribute(positions: readonly number[]): { 'data-xp': string } {
  return { 'data-xp': positions.map((p) => p.toFixed(0)).join(' ') };
}
