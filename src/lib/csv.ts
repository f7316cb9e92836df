/**
 * CSV -> typed table. Every cell is checked against the type its column
 * declares in the dataset's `.yml`; the first failure of each kind names the
 * file, the line, the column, the value and what is accepted.
 */
import { csvParseRows } from 'd3';
import { ContentError, show } from './errors';
import type { DatasetMeta } from './schemas';
import type { Cell, Column, DatePrecision, Row, Table } from './table';

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse a CSV date cell (YYYY, YYYY-MM or YYYY-MM-DD) to UTC midnight, or undefined if it is not one. */
export function parseDateCell(text: string): { date: Date; precision: DatePrecision } | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`) return undefined;
  const precision: DatePrecision = match[3] ? 'day' : match[2] ? 'month' : 'year';
  return { date, precision };
}

const ACCEPTED: Record<Column['type'], string> = {
  number: 'a plain decimal number such as 1234.5 (no thousands separators, units or words)',
  date: 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
  string: 'any text',
};

/**
 * @param file path shown in messages, e.g. `content/data/btc-usd-monthly.csv`
 * @param metaFile the `.yml` that declares the columns, named when the header disagrees with it
 */
export function parseCsv(
  text: string,
  meta: Pick<DatasetMeta, 'title' | 'columns'>,
  id: string,
  file: string,
  metaFile: string,
): { table: Table; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const records = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = records[0] ?? [];
  const declared = Object.keys(meta.columns);

  const undeclared = header.filter((name) => !(name in meta.columns));
  const missing = declared.filter((name) => !header.includes(name));
  if (undeclared.length || missing.length) {
    const parts = [
      undeclared.length ? `CSV header has ${undeclared.map((n) => `"${n}"`).join(', ')} not declared under "columns" in ${metaFile}` : '',
      missing.length ? `${metaFile} declares ${missing.map((n) => `"${n}"`).join(', ')} missing from the CSV header` : '',
    ].filter(Boolean);
    errors.push(new ContentError({ file, line: 1, message: `${parts.join('; ')}; the header is: ${header.join(',')}` }));
  } else if (header.join(',') !== declared.join(',')) {
    errors.push(
      new ContentError({
        file,
        line: 1,
        message: `CSV header order ${header.join(',')} differs from the order declared in ${metaFile}: ${declared.join(',')}`,
      }),
    );
  }

  const columns: Column[] = header.map((name) => {
    const spec = meta.columns[name];
    return {
      name,
      type: spec?.type ?? 'string',
      label: spec?.label ?? name,
      ...(spec?.unit ? { unit: spec.unit } : {}),
      ...(spec?.description ? { description: spec.description } : {}),
      ...(spec?.period ? { period: spec.period } : {}),
      ...(spec?.decimals !== undefined ? { decimals: spec.decimals } : {}),
    };
  });

  const rows: Row[] = [];
  const firstPrecision = new Map<string, { precision: DatePrecision; text: string; line: number }>();
  // Quoted cells may span lines; track the physical line each record starts on.
  let line = 2;
  for (const record of records.slice(1)) {
    const recordLine = line;
    line += 1 + record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== header.length) {
      errors.push(
        new ContentError({
          file,
          line: recordLine,
          message: `row has ${record.length} cells; expected ${header.length} (${header.join(', ')})`,
        }),
      );
      continue;
    }
    const row: Row = {};
    record.forEach((text, index) => {
      const column = columns[index]!;
      const cell = parseCell(text, column, meta.columns[column.name]?.optional ?? false);
      if ('error' in cell) {
        errors.push(
          new ContentError({
            file,
            line: recordLine,
            message: `column "${column.name}" (${column.type}): ${cell.error}; expected ${ACCEPTED[column.type]}${
              cell.empty ? `, or mark the column \`optional: true\` in ${metaFile} if empty cells are allowed` : ''
            }`,
          }),
        );
        return;
      }
      row[column.name] = cell.value;
      if (cell.precision) {
        // One precision per column: "2026" among months would otherwise print as "Jan 2026", a month the source never gave.
        const first = firstPrecision.get(column.name);
        if (!first) firstPrecision.set(column.name, { precision: cell.precision, text, line: recordLine });
        else if (first.precision !== cell.precision) {
          errors.push(
            new ContentError({
              file,
              line: recordLine,
              message: `column "${column.name}" (date): "${text}" is a ${cell.precision} but line ${first.line} has the ${first.precision} "${first.text}"; expected every date of a column at the same precision, or type the column \`string\` in ${metaFile}`,
            }),
          );
        }
        column.precision = cell.precision;
      }
    });
    rows.push(row);
  }
  if (rows.length === 0 && errors.length === 0) {
    errors.push(new ContentError({ file, line: 1, message: 'the CSV has a header but no data rows; expected at least one row' }));
  }
  return { table: { id, title: meta.title, columns, rows }, errors };
}

type ParsedCell = { value: Cell; precision?: DatePrecision } | { error: string; empty?: boolean };

function parseCell(text: string, column: Column, optional: boolean): ParsedCell {
  if (text.trim() === '') {
    return optional ? { value: null } : { error: 'empty cell', empty: true };
  }
  switch (column.type) {
    case 'number':
      return NUMBER.test(text) ? { value: Number(text) } : { error: `${show(text)} is not a number` };
    case 'date': {
      const parsed = parseDateCell(text);
      return parsed ? { value: parsed.date, precision: parsed.precision } : { error: `${show(text)} is not a date` };
    }
    case 'string':
      return { value: text };
  }
}
