import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Column, Table } from '../../model/table.ts';
import { cellDecimals, formatCell, formatDate, formatNumber, formatTick, toCsv, writtenDecimals } from '../format.ts';

describe('formatNumber follows the unit', () => {
  it.each([
    [87520, 'USD', '$87,520'],
    [20.51, 'USD', '$20.51'],
    [0.052, 'USD', '$0.052'],
    [-1500, 'USD', '\u2212$1,500'],
    [4.9, 'USD billions', '$4.9bn'],
    [4.86, 'USD billions', '$4.9bn'],
    [120, 'USD billions', '$120bn'],
    [350, 'USD millions', '$350m'],
    [1.2, 'USD trillions', '$1.2tn'],
    [55.8, 'percent', '55.8%'],
    [50, '%', '50%'],
    [1234, undefined, '1,234'],
    [12.345, undefined, '12.35'],
    [31, 'days', '31'],
    [356.21, 'index', '356.2'],
  ])('%s %s -> %s', (value, unit, expected) => {
    expect(formatNumber(value, unit)).toBe(expected);
  });
});

describe('formatTick is compact', () => {
  it.each([
    [10000, 'USD', '$10k'],
    [100000, 'USD', '$100k'],
    [2500, 'USD', '$2.5k'],
    [1e6, 'USD', '$1m'],
    [0, 'USD', '$0'],
    [5, 'USD billions', '$5bn'],
    [1000, 'USD billions', '$1tn'],
    [0.5, 'USD billions', '$500m'],
    [20, 'percent', '20%'],
    [1500, undefined, '1.5k'],
    [-20000, 'USD', '\u2212$20k'],
  ])('%s %s -> %s', (value, unit, expected) => {
    expect(formatTick(value, unit)).toBe(expected);
  });
});

describe('dates print at their precision', () => {
  const date = new Date(Date.UTC(2022, 10, 30));
  it('year', () => expect(formatDate(new Date(Date.UTC(2023, 0, 1)), 'year')).toBe('2023'));
  it('month', () => expect(formatDate(new Date(Date.UTC(2023, 5, 1)), 'month')).toBe('Jun 2023'));
  it('day', () => expect(formatDate(date, 'day')).toBe('30 Nov 2022'));
  it('formatCell uses the column', () => {
    const month: Column = { name: 'date', type: 'date', label: 'Month', precision: 'month' };
    const usd: Column = { name: 'close', type: 'number', label: 'Close', unit: 'USD' };
    const text: Column = { name: 'source', type: 'string', label: 'Source' };
    expect(formatCell(month, new Date(Date.UTC(2023, 5, 1)))).toBe('Jun 2023');
    expect(formatCell(usd, 87520)).toBe('$87,520');
    expect(formatCell(text, 'cm')).toBe('cm');
    expect(formatCell(usd, null)).toBe('\u2014');
  });
});

/** A minimal typed parse, standing in for src/lib's loader. */
function parseTable(text: string, columns: Column[]): Table {
  const rows = csvParse(text).map((raw) =>
    Object.fromEntries(
      columns.map((c) => {
        const cell = raw[c.name] ?? '';
        if (cell === '') return [c.name, null];
        if (c.type === 'number') return [c.name, Number(cell)];
        if (c.type === 'date') {
          const [y, m = '1', d = '1'] = cell.split('-');
          return [c.name, new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))];
        }
        return [c.name, cell];
      }),
    ),
  );
  return { id: 't', title: 't', columns, rows };
}

describe('toCsv', () => {
  it.each([
    ['year', 'year,value,note\n2019,33.2,a\n2020,,"with, comma"\n2021,-4.5,"say ""hi"""\n'],
    ['month', 'year,value,note\n2019-01,33.2,a\n2019-02,,b\n'],
    ['day', 'year,value,note\n2019-01-31,0.001,a\n2019-02-28,12,\n'],
  ] as const)('round-trips a %s-precision table', (precision, text) => {
    const columns: Column[] = [
      { name: 'year', type: 'date', label: 'Year', precision },
      { name: 'value', type: 'number', label: 'Value' },
      { name: 'note', type: 'string', label: 'Note' },
    ];
    expect(toCsv(parseTable(text, columns))).toBe(text);
  });
});

describe('a declared period', () => {
  const monthly: Column = { name: 'date', type: 'date', label: 'Month', precision: 'day', period: 'month' };
  const march = new Date(Date.UTC(2024, 2, 1));

  it('shows a monthly series written on the 1st as the month', () => {
    expect(formatCell(monthly, march)).toBe('Mar 2024');
  });

  it('still writes the CSV as the source did', () => {
    const table: Table = { id: 't', title: 'T', columns: [monthly], rows: [{ date: march }] };
    expect(toCsv(table)).toBe('date\n2024-03-01\n');
  });
});

describe('data values read as the CSV writes them', () => {
  const btc = { name: 'subsidy_btc', type: 'number', label: 'Subsidy', unit: 'BTC' } as const;
  it('3.125 BTC stays 3.125, never "3.13"', () => {
    expect(formatCell(btc, 3.125)).toBe('3.125');
    expect(formatCell({ ...btc, unit: 'USD' }, 61432.97)).toBe('$61,432.97');
    expect(formatCell({ ...btc, unit: 'percent' }, 21)).toBe('21%');
  });
  it('a declared decimals fixes the count', () => {
    expect(formatCell({ ...btc, decimals: 1 }, 3.125)).toBe('3.1');
    expect(formatCell({ ...btc, decimals: 2, unit: 'USD billions' }, 4.9)).toBe('$4.90bn');
  });
  it('computed values (an index) round by magnitude', () => {
    expect(cellDecimals({ ...btc, computed: true }, 123.456789)).toBeUndefined();
    expect(formatCell({ ...btc, unit: 'index', computed: true }, 123.456789)).toBe('123.5');
  });
  it('counts the decimals JavaScript writes', () => {
    expect([3.125, 20, 0.5, 1e-7, 1.5e21].map(writtenDecimals)).toEqual([3, 0, 1, 7, 0]);
  });
});
