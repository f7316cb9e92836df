/**
 * Checks a chart spec against the datasets before anything is drawn, so an
 * author mistake fails the build with one readable line naming the chart,
 * the field, the bad value and what would work, instead of an empty chart.
 */
import type { Column, ColumnType, Table } from '../lib/table.ts';
import { parseDateText } from './dates.ts';
import { ChartSpecError } from './errors.ts';
import { formatX, prepareChart, xKey, yColumns, type PreparedChart } from './prepare.ts';
import type { ChartSpec, ChartType } from './spec.ts';

export { ChartSpecError } from './errors.ts';

const CHART_TYPES: readonly ChartType[] = ['line', 'area', 'bar', 'scatter', 'indexed'];

/** Which x column types each chart type can draw. */
const X_TYPES: Record<ChartType, readonly ColumnType[]> = {
  line: ['date'],
  area: ['date'],
  indexed: ['date'],
  bar: ['date', 'string'],
  scatter: ['number', 'date'],
};

function list(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' or ') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function fail(spec: ChartSpec, field: string, value: unknown, expected: string, detail: string): never {
  throw new ChartSpecError({ chartId: spec.id, field, value, expected, detail });
}

function getTable(spec: ChartSpec, tables: ReadonlyMap<string, Table>, field: string, id: unknown): Table {
  const table = typeof id === 'string' ? tables.get(id) : undefined;
  if (table) return table;
  const known = [...tables.keys()].sort().join(', ');
  return fail(spec, field, id, known, `${field} "${String(id)}" is not a known dataset; expected one of: ${known}`);
}

function getColumn(spec: ChartSpec, table: Table, field: string, name: unknown, types?: readonly ColumnType[]): Column {
  const found = typeof name === 'string' ? table.columns.find((c) => c.name === name) : undefined;
  if (!found) {
    const names = table.columns.map((c) => c.name).join(', ');
    return fail(spec, field, name, names, `${field} "${String(name)}" is not a column of dataset "${table.id}"; expected one of: ${names}`);
  }
  if (types && !types.includes(found.type)) {
    const expected = `a ${list(types)} column`;
    const forType = field === 'x' || field.endsWith('.x') ? ` for a ${spec.type} chart` : '';
    fail(spec, field, name, expected, `${field} "${found.name}" is a ${found.type} column; expected ${expected}${forType}`);
  }
  return found;
}

function checkDateText(spec: ChartSpec, field: string, value: unknown): void {
  if (typeof value !== 'string' || !parseDateText(value)) {
    fail(spec, field, value, 'YYYY, YYYY-MM or YYYY-MM-DD', `${field} "${String(value)}" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
}

/** Structural checks (ids, columns, types, formats) that need no row data. */
function checkStructure(spec: ChartSpec, tables: ReadonlyMap<string, Table>): void {
  if (!CHART_TYPES.includes(spec.type)) {
    fail(spec, 'type', spec.type, list(CHART_TYPES), `type "${String(spec.type)}" is not a chart type; expected ${list(CHART_TYPES)}`);
  }
  const table = getTable(spec, tables, 'dataset', spec.dataset);
  const xColumn = getColumn(spec, table, 'x', spec.x, X_TYPES[spec.type]);
  const ys = yColumns(spec);
  if (ys.length === 0) fail(spec, 'y', spec.y, 'at least one number column', 'y is empty; expected at least one number column');
  for (const y of ys) getColumn(spec, table, 'y', y, ['number']);
  if (spec.series !== undefined) {
    getColumn(spec, table, 'series', spec.series, ['string', 'number', 'date']);
    if (ys.length > 1) fail(spec, 'series', spec.series, 'a single y column', `series "${spec.series}" needs a single y column, but y has ${ys.length}`);
  }
  for (const name of Object.keys(spec.where ?? {})) getColumn(spec, table, 'where', name);
  for (const name of Object.keys(spec.except ?? {})) getColumn(spec, table, 'except', name);
  for (const name of Object.keys(spec.negate ?? {})) getColumn(spec, table, 'negate', name);
  if (spec.negate !== undefined && ys.length > 1) fail(spec, 'negate', spec.negate, 'a single y column', `negate needs a single y column, but y has ${ys.length}`);
  if (spec.colorBy !== undefined) {
    getColumn(spec, table, 'colorBy', spec.colorBy, ['string', 'date', 'number']);
    if (spec.type !== 'bar') fail(spec, 'colorBy', spec.colorBy, 'a bar chart', `colorBy is only for bar charts, not ${spec.type}`);
    if (spec.series !== undefined || ys.length > 1 || (spec.join ?? []).length > 0) {
      fail(spec, 'colorBy', spec.colorBy, 'a single series', 'colorBy colours the bars of a single series; remove series, join or the extra y columns');
    }
  }
  if (spec.pointLabel !== undefined) {
    if (spec.type !== 'scatter') fail(spec, 'pointLabel', spec.pointLabel, 'a scatter chart', `pointLabel is only for scatter charts, not ${spec.type}`);
    getColumn(spec, table, 'pointLabel', spec.pointLabel);
  }
  if (spec.yScale === 'log' && (spec.type === 'bar' || spec.type === 'area')) {
    fail(spec, 'yScale', 'log', 'a line, indexed or scatter chart', `yScale "log" is not possible for a ${spec.type} chart; ${spec.type}s start at zero`);
  }
  if (spec.yScale !== undefined && spec.yScale !== 'log' && spec.yScale !== 'linear') {
    fail(spec, 'yScale', spec.yScale, 'linear or log', `yScale "${String(spec.yScale)}" is not a scale; expected linear or log`);
  }

  (spec.join ?? []).forEach((join, i) => {
    const field = `join[${i}]`;
    if (spec.type === 'scatter') fail(spec, 'join', join, 'a line, area, bar or indexed chart', 'join is not possible for a scatter chart');
    const joined = getTable(spec, tables, `${field}.dataset`, join.dataset);
    const joinX = getColumn(spec, joined, `${field}.x`, join.x ?? spec.x);
    if (joinX.type !== xColumn.type) {
      fail(spec, `${field}.x`, joinX.name, `a ${xColumn.type} column`, `${field}.x "${joinX.name}" is a ${joinX.type} column; expected a ${xColumn.type} column like x "${xColumn.name}"`);
    }
    getColumn(spec, joined, `${field}.y`, join.y, ['number']);
    for (const name of Object.keys(join.where ?? {})) getColumn(spec, joined, `${field}.where`, name);
  });

  for (const field of ['from', 'to'] as const) {
    const value = spec[field];
    if (value === undefined) continue;
    checkDateText(spec, field, value);
    if (xColumn.type !== 'date') fail(spec, field, value, 'a date x column', `${field} needs a date x column, but x "${xColumn.name}" is a ${xColumn.type} column`);
  }
  if (spec.from !== undefined && spec.to !== undefined && parseDateText(spec.from)!.start >= parseDateText(spec.to)!.end) {
    fail(spec, 'from', spec.from, `a date before ${spec.to}`, `from "${spec.from}" is after to "${spec.to}"`);
  }
  if (spec.base !== undefined) {
    if (spec.type !== 'indexed') fail(spec, 'base', spec.base, 'an indexed chart', `base is only for indexed charts, not ${spec.type}`);
    checkDateText(spec, 'base', spec.base);
  }

  (spec.annotations ?? []).forEach((note, i) => {
    const field = `annotations[${i}]`;
    if (typeof note.label !== 'string' || note.label.trim() === '') fail(spec, `${field}.label`, note.label, 'some text', `${field}.label is empty; expected some text`);
    if ((note.x === undefined) === (note.y === undefined)) fail(spec, field, note, 'either x or y', `${field} needs either x or y (not both)`);
    if (note.y !== undefined && (typeof note.y !== 'number' || !Number.isFinite(note.y))) {
      fail(spec, `${field}.y`, note.y, 'a number', `${field}.y "${String(note.y)}" is not a number`);
    }
    if (note.x !== undefined && xColumn.type === 'date') checkDateText(spec, `${field}.x`, note.x);
    if (note.y !== undefined && spec.yScale === 'log' && note.y <= 0) {
      fail(spec, `${field}.y`, note.y, 'a positive number', `${field}.y ${note.y} cannot be shown on a log scale; expected a positive number`);
    }
  });
}

/** Checks that need the prepared rows: annotation positions inside the data. */
function checkAgainstData(spec: ChartSpec, prepared: PreparedChart): void {
  const xs = prepared.xs;
  (spec.annotations ?? []).forEach((note, i) => {
    if (note.x === undefined) return;
    const field = `annotations[${i}].x`;
    const first = xs[0];
    const last = xs[xs.length - 1];
    if (first === undefined || last === undefined) return;
    if (first instanceof Date && last instanceof Date) {
      const at = parseDateText(note.x)!;
      if (at.end <= first || at.start > last) {
        const range = `${formatX(prepared.xColumn, first)} to ${formatX(prepared.xColumn, last)}`;
        fail(spec, field, note.x, range, `${field} "${note.x}" is outside the chart's x range, ${range}`);
      }
    } else if (typeof first === 'number' && typeof last === 'number') {
      const at = Number(note.x);
      if (!Number.isFinite(at) || at < Math.min(first, last) || at > Math.max(first, last)) {
        fail(spec, field, note.x, `a number from ${first} to ${last}`, `${field} "${note.x}" is not a number from ${first} to ${last}`);
      }
    } else if (!xs.some((x) => xKey(x) === xKey(note.x!))) {
      const shown = xs.slice(0, 8).map(String).join(', ') + (xs.length > 8 ? ', ...' : '');
      fail(spec, field, note.x, shown, `${field} "${note.x}" is not an x value of the chart; expected one of: ${shown}`);
    }
  });
}

/** Validates and prepares in one go (what `renderChart` uses). */
export function checkSpec(spec: ChartSpec, tables: ReadonlyMap<string, Table>): PreparedChart {
  checkStructure(spec, tables);
  const prepared = prepareChart(spec, tables);
  checkAgainstData(spec, prepared);
  return prepared;
}

/** Throws ChartSpecError (one line, `chart "<id>": ...`) when the spec cannot be drawn from `tables`. */
export function validateSpec(spec: ChartSpec, tables: ReadonlyMap<string, Table>): void {
  checkSpec(spec, tables);
}
