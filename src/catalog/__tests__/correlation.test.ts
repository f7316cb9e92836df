/**
 * Correlations are printed on pages as published figures (r, n, period), so each part is pinned with
 * values worked out by hand: the coefficient, the pairing on shared dates, the gap rule for changes,
 * and the period, which reads like a chart's `from` and `to`.
 */
import { describe, expect, test } from 'vitest';
import { parseDateText } from '../../model/dates';
import type { Table } from '../../model/table';
import { correlate, pearson, resolveSeries } from '../correlation';

const month = (m: number) => new Date(Date.UTC(2024, m - 1, 1));

function series(id: string, values: (number | null)[]): Table {
  return {
    id,
    title: id,
    columns: [
      { name: 'date', type: 'date', label: 'Month', precision: 'day', period: 'month' },
      { name: 'v', type: 'number', label: 'Value' },
    ],
    rows: values.flatMap((v, i) => (v === null ? [] : [{ date: month(i + 1), v }])),
  };
}

describe('pearson', () => {
  test('is 1 and -1 on exact lines, and matches a hand computation', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
    // mean 2 and 7/3; sum of products 3; sample deviations 1 and sqrt(7/3): r = 3 / (2 * sqrt(7/3)).
    expect(pearson([1, 2, 3], [1, 2, 4])).toBeCloseTo(3 / (2 * Math.sqrt(7 / 3)), 12);
  });

  test('is NaN with fewer than three pairs or a constant series', () => {
    expect(pearson([1, 2], [1, 2])).toBeNaN();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});

describe('correlate', () => {
  const a = { table: series('a', [1, 2, 3, 4, 5, 6, 7]), x: 'date', y: 'v' };

  test('levels pair only the dates both series have', () => {
    const b = { table: series('b', [2, 4, null, 8, 10, 12, 14]), x: 'date', y: 'v' };
    expect(correlate(a, b, 'levels')).toMatchObject({ n: 6, from: month(1), to: month(7) });
    expect(correlate(a, b, 'levels').r).toBeCloseTo(1, 12);
  });

  test('a gap drops the changes into and out of it rather than bridging it', () => {
    const b = { table: series('b', [10, 20, null, 40, 50, 60, 70]), x: 'date', y: 'v' };
    // Steps Feb, May, Jun, Jul: Mar has no value in b, and Apr's step would start from it.
    const result = correlate(a, b, 'log-changes');
    expect(result.n).toBe(4);
    expect(result.from).toEqual(month(2));
    expect(result.to).toEqual(month(7));
  });

  test('a period reads like a chart range: "to" includes its whole month', () => {
    const b = { table: series('b', [3, 1, 4, 1, 5, 9, 2]), x: 'date', y: 'v' };
    const period = { from: parseDateText('2024-02')!.start, before: parseDateText('2024-06')!.end };
    expect(correlate(a, b, 'levels', period)).toMatchObject({ n: 5, from: month(2), to: month(6) });
  });
});

describe('resolveSeries', () => {
  const tables = new Map([['a', series('a', [1, 2, 3])]]);

  test('finds "dataset:column"', () => {
    expect(resolveSeries('a:v', 'date', tables)).toMatchObject({ y: 'v', x: 'date' });
  });

  test('says what is wrong and what is accepted', () => {
    expect(resolveSeries('b:v', 'date', tables)).toBe('"b:v": unknown dataset "b"; write "dataset:column" with a dataset among a');
    expect(resolveSeries('a:w', 'date', tables)).toBe('"a:w": "w" is not a number column of "a"; expected one of v');
    expect(resolveSeries('a:v', 'day', tables)).toBe('"a:v": x "day" is not a date column of "a"; expected one of date');
  });
});
