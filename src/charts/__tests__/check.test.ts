import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../model/chart-spec.ts';
import { ChartSpecError } from '../../model/errors.ts';
import { checkChart } from '../check.ts';
import { tables } from './fixtures.ts';

const base: ChartSpec = { id: 'btc-vs-m2', type: 'line', title: 'T', dataset: 'btc-usd-monthly', x: 'date', y: 'close_usd' };

function message(changes: Partial<ChartSpec>): string {
  try {
    checkChart({ ...base, ...changes }, tables);
  } catch (error) {
    expect(error).toBeInstanceOf(ChartSpecError);
    return (error as Error).message;
  }
  throw new Error('expected a ChartSpecError');
}

describe('checkChart', () => {
  it('accepts a good spec', () => {
    expect(() => checkChart(base, tables)).not.toThrow();
  });

  it.each<[string, Partial<ChartSpec>, string]>([
    [
      'unknown dataset',
      { dataset: 'btc-usd' },
      'chart "btc-vs-m2": dataset "btc-usd" is not a known dataset (did you mean "btc-usd-monthly"?); expected one of: ai-adoption, ai-private-investment, btc-gap, btc-usd-monthly, crypto-vc-funding, global-m2, study-effects',
    ],
    [
      'unknown y column',
      { y: 'close' },
      'chart "btc-vs-m2": y "close" is not a column of dataset "btc-usd-monthly" (did you mean "close_usd"?); expected one of: date, close_usd, mean_usd, days, source',
    ],
    ['y not a number', { y: 'source' }, 'chart "btc-vs-m2": y "source" is a string column; expected a number column'],
    ['x not a date for a line', { x: 'close_usd' }, 'chart "btc-vs-m2": x "close_usd" is a number column; expected a date column for a line chart'],
    [
      'x not a date or string for a bar',
      { type: 'bar', x: 'days' },
      'chart "btc-vs-m2": x "days" is a number column; expected a date or string column for a bar chart',
    ],
    [
      'x not a number or date for a scatter',
      { type: 'scatter', x: 'source' },
      'chart "btc-vs-m2": x "source" is a string column; expected a number or date column for a scatter chart',
    ],
    [
      'unknown where column',
      { where: { metric: 'x' } },
      'chart "btc-vs-m2": where "metric" is not a column of dataset "btc-usd-monthly"; expected one of: date, close_usd, mean_usd, days, source',
    ],
    [
      'where matching nothing',
      { where: { source: 'coingecko' } },
      'chart "btc-vs-m2": where source = "coingecko" matches no rows of dataset "btc-usd-monthly"; values of source include: cm',
    ],
    [
      'empty range',
      { from: '2030', to: '2031' },
      'chart "btc-vs-m2": no rows left between 2030 and 2031; the data covers 2013-01 to 2025-12',
    ],
    ['bad from', { from: '2020/01' }, 'chart "btc-vs-m2": from "2020/01" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD'],
    ['impossible to', { to: '2020-13' }, 'chart "btc-vs-m2": to "2020-13" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD'],
    ['from after to', { from: '2025', to: '2020' }, 'chart "btc-vs-m2": from "2025" is after to "2020"'],
    [
      'indexed base with no data',
      { type: 'indexed', base: '2010', join: [{ dataset: 'global-m2', y: 'm2_usd_tn' }] },
      'chart "btc-vs-m2": base "2010" has no x where every series has a value; expected a date between Jan 2013 and Jan 2025',
    ],
    [
      'unknown join column',
      { join: [{ dataset: 'global-m2', y: 'm2' }] },
      'chart "btc-vs-m2": join[0].y "m2" is not a column of dataset "global-m2" (did you mean "m2_usd_tn"?); expected one of: date, m2_usd_tn',
    ],
    [
      'annotation outside the data',
      { annotations: [{ x: '2030', label: 'Later' }] },
      'chart "btc-vs-m2": annotations[0].x "2030" is outside the chart\'s x range, Jan 2013 to Dec 2025',
    ],
    ['log bars', { type: 'bar', yScale: 'log' }, 'chart "btc-vs-m2": yScale "log" is not possible for a bar chart; bars start at zero'],
    [
      'series with several y',
      { series: 'source', y: ['close_usd', 'mean_usd'] },
      'chart "btc-vs-m2": series "source" needs a single y column, but y has 2',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(message(changes)).toBe(expected);
  });

  it('log scale with a non-positive value', () => {
    const withZero = new Map(tables);
    const btc = tables.get('btc-usd-monthly')!;
    withZero.set('btc-usd-monthly', { ...btc, rows: btc.rows.map((row, i) => (i === 2 ? { ...row, close_usd: 0 } : row)) });
    expect(() => checkChart({ ...base, yScale: 'log' }, withZero)).toThrow(
      'chart "btc-vs-m2": yScale "log" needs positive values, but "Bitcoin month-end close" is 0 at Jan 2015',
    );
  });

  it('names the chart it is about', () => {
    expect(() => checkChart({ ...base, y: 'close' }, tables)).toThrow(expect.objectContaining({ chartId: 'btc-vs-m2' }));
  });
});
