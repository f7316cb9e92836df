/**
 * Checks a chart spec against the datasets before anything is drawn, so an author mistake fails the
 * build with one readable line naming the chart, the field, the bad value and what would work,
 * instead of an empty chart. Shapes and enums are the schema's job (model/chart-spec.ts); this checks
 * what needs the data: datasets, columns, their types, and dates inside the data.
 */
import type { ChartSpec, ChartType } from '../model/chart-spec.ts';
import { parseDateText } from '../model/dates.ts';
import { ChartSpecError, listOf } from '../model/errors.ts';
import type { Column, ColumnType, Table } from '../model/table.ts';
import { closest, distance } from 'fastest-levenshtein';
import { formatX, prepareChart, xKey, yColumns, type PreparedChart } from './prepare.ts';

/** Which x column types each chart type can draw. */
const X_TYPES: Record<ChartType, readonly ColumnType[]> = {
  line: ['date'],
  area: ['date'],
  indexed: ['date'],
  bar: ['date', 'string'],
  scatter: ['number', 'date'],
};

function fail(spec: ChartSpec, detail: string): never {
  throw new ChartSpecError(spec.id, detail);
}

/** " (did you mean "x"?)" when one of `options` is a near miss of `value`, else nothing. */
function didYouMean(value: string, options: string[]): string {
  if (options.length === 0) return '';
  // A column written short ("close" for "close_usd") is the likeliest slip; else the nearest by spelling.
  const prefixed = options.find((option) => option.startsWith(value) || value.startsWith(option));
  const near = prefixed ?? closest(value, options);
  return prefixed || distance(value, near) <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${near}"?)` : '';
}

function getTable(spec: ChartSpec, tables: ReadonlyMap<string, Table>, field: string, id: string): Table {
  const table = tables.get(id);
  if (table) return table;
  const known = [...tables.keys()].sort();
  return fail(spec, `${field} "${id}" is not a known dataset${didYouMean(id, known)}; expected one of: ${known.join(', ')}`);
}

function getColumn(spec: ChartSpec, table: Table, field: string, name: string, types?: readonly ColumnType[]): Column {
  const found = table.columns.find((c) => c.name === name);
  if (!found) {
    const names = table.columns.map((c) => c.name);
    return fail(spec, `${field} "${name}" is not a column of dataset "${table.id}"${didYouMean(name, names)}; expected one of: ${names.join(', ')}`);
  }
  if (types && !types.includes(found.type)) {
    const forType = field === 'x' || field.endsWith('.x') ? ` for a ${spec.type} chart` : '';
    fail(spec, `${field} "${found.name}" is a ${found.type} column; expected a ${listOf(types)} column${forType}`);
  }
  return found;
}

/** The columns the spec names on its main dataset exist and have the right types. */
function checkColumns(spec: ChartSpec, table: Table): Column {
  const xColumn = getColumn(spec, table, 'x', spec.x, X_TYPES[spec.type]);
  const ys = yColumns(spec);
  for (const y of ys) getColumn(spec, table, 'y', y, ['number']);
  if (spec.series !== undefined) {
    getColumn(spec, table, 'series', spec.series);
    if (ys.length > 1) fail(spec, `series "${spec.series}" needs a single y column, but y has ${ys.length}`);
  }
  for (const field of ['where', 'except', 'negate'] as const) {
    for (const name of Object.keys(spec[field] ?? {})) getColumn(spec, table, field, name);
  }
  if (spec.negate !== undefined && ys.length > 1) fail(spec, `negate needs a single y column, but y has ${ys.length}`);
  if (spec.colorBy !== undefined) {
    getColumn(spec, table, 'colorBy', spec.colorBy);
    if (spec.type !== 'bar') fail(spec, `colorBy is only for bar charts, not ${spec.type}`);
    if (spec.series !== undefined || ys.length > 1 || (spec.join ?? []).length > 0) {
      fail(spec, 'colorBy colours the bars of a single series; remove series, join or the extra y columns');
    }
  }
  if (spec.pointLabel !== undefined) {
    if (spec.type !== 'scatter') fail(spec, `pointLabel is only for scatter charts, not ${spec.type}`);
    getColumn(spec, table, 'pointLabel', spec.pointLabel);
  }
  return xColumn;
}

function checkJoins(spec: ChartSpec, tables: ReadonlyMap<string, Table>, xColumn: Column): void {
  (spec.join ?? []).forEach((join, i) => {
    const field = `join[${i}]`;
    if (spec.type === 'scatter') fail(spec, 'join is not possible for a scatter chart');
    const joined = getTable(spec, tables, `${field}.dataset`, join.dataset);
    const joinX = getColumn(spec, joined, `${field}.x`, join.x ?? spec.x);
    if (joinX.type !== xColumn.type) {
      fail(spec, `${field}.x "${joinX.name}" is a ${joinX.type} column; expected a ${xColumn.type} column like x "${xColumn.name}"`);
    }
    getColumn(spec, joined, `${field}.y`, join.y, ['number']);
    for (const name of Object.keys(join.where ?? {})) getColumn(spec, joined, `${field}.where`, name);
  });
}

function checkDateText(spec: ChartSpec, field: string, value: string): void {
  if (!parseDateText(value)) fail(spec, `${field} "${value}" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** Range, base, scale and annotations: the options that only some chart types take. */
function checkOptions(spec: ChartSpec, xColumn: Column): void {
  if (spec.yScale === 'log' && (spec.type === 'bar' || spec.type === 'area')) {
    fail(spec, `yScale "log" is not possible for a ${spec.type} chart; ${spec.type}s start at zero`);
  }
  for (const field of ['from', 'to'] as const) {
    const value = spec[field];
    if (value === undefined) continue;
    checkDateText(spec, field, value);
    if (xColumn.type !== 'date') fail(spec, `${field} needs a date x column, but x "${xColumn.name}" is a ${xColumn.type} column`);
  }
  if (spec.from !== undefined && spec.to !== undefined && parseDateText(spec.from)!.start >= parseDateText(spec.to)!.end) {
    fail(spec, `from "${spec.from}" is after to "${spec.to}"`);
  }
  if (spec.base !== undefined) {
    if (spec.type !== 'indexed') fail(spec, `base is only for indexed charts, not ${spec.type}`);
    checkDateText(spec, 'base', spec.base);
  }
  (spec.annotations ?? []).forEach((note, i) => {
    const field = `annotations[${i}]`;
    if (note.label.trim() === '') fail(spec, `${field}.label is empty; expected some text`);
    if ((note.x === undefined) === (note.y === undefined)) fail(spec, `${field} needs either x or y (not both)`);
    if (note.x !== undefined && xColumn.type === 'date') checkDateText(spec, `${field}.x`, note.x);
    if (note.y !== undefined && spec.yScale === 'log' && note.y <= 0) {
      fail(spec, `${field}.y ${note.y} cannot be shown on a log scale; expected a positive number`);
    }
  });
}

/** Checks that need the prepared rows: annotation positions inside the data. */
function checkAgainstData(spec: ChartSpec, prepared: PreparedChart): void {
  const { xs, xColumn } = prepared;
  const first = xs[0];
  const last = xs[xs.length - 1];
  if (first === undefined || last === undefined) return;
  (spec.annotations ?? []).forEach((note, i) => {
    if (note.x === undefined) return;
    const field = `annotations[${i}].x`;
    if (first instanceof Date && last instanceof Date) {
      const at = parseDateText(note.x)!;
      const range = `${formatX(xColumn, first)} to ${formatX(xColumn, last)}`;
      if (at.end <= first || at.start > last) fail(spec, `${field} "${note.x}" is outside the chart's x range, ${range}`);
    } else if (typeof first === 'number' && typeof last === 'number') {
      const at = Number(note.x);
      if (!Number.isFinite(at) || at < Math.min(first, last) || at > Math.max(first, last)) {
        fail(spec, `${field} "${note.x}" is not a number from ${first} to ${last}`);
      }
    } else if (!xs.some((x) => xKey(x) === xKey(note.x!))) {
      const shown = xs.slice(0, 8).map(String).join(', ') + (xs.length > 8 ? ', ...' : '');
      fail(spec, `${field} "${note.x}" is not an x value of the chart; expected one of: ${shown}`);
    }
  });
}

/**
 * Checks a spec against the tables and prepares it: the one way a chart becomes drawable.
 * Throws ChartSpecError (one line, `chart "<id>": ...`) when it cannot be drawn from `tables`.
 */
export function checkChart(spec: ChartSpec, tables: ReadonlyMap<string, Table>): PreparedChart {
  const table = getTable(spec, tables, 'dataset', spec.dataset);
  const xColumn = checkColumns(spec, table);
  checkJoins(spec, tables, xColumn);
  checkOptions(spec, xColumn);
  const prepared = prepareChart(spec, tables);
  checkAgainstData(spec, prepared);
  return prepared;
}
