import { describe, expect, test } from 'vitest';
import { renderCompact, renderInline } from '../../charts/index.ts';
import { buildCatalog } from '../catalog.ts';
import { DATASET_CHART_ID } from '../dataset-charts.ts';
import { fixtureSite, withLine } from './fixture-site';

const PRICES = 'content/data/prices.yml';
/** The fixture's prices with a `chart:` block (or other lines) added after its description. */
const withFields = (...lines: string[]) => withLine(PRICES, 2, ['description: Monthly prices.', ...lines].join('\n'));
const catalog = (changes: Record<string, string | null> = {}) => buildCatalog(fixtureSite(changes));

describe('the chart that opens a dataset page', () => {
  test('a series gets a line of its first number column over the whole period, titled by the column', () => {
    const chart = catalog().datasetCharts.get('prices')!;
    expect(chart.spec).toMatchObject({ id: DATASET_CHART_ID, type: 'line', x: 'date', y: ['close_usd'], title: 'Close' });
    expect(chart.spec.subtitle).toBe('USD, 1 January 2024 to 1 March 2024');
    expect(chart.series[0]!.points.map((point) => point.y)).toEqual([10.5, 12, 11.25]);
    // Drawn by the same renderer as article charts, in both layouts.
    expect(renderInline(chart)).toContain(`<title id="${DATASET_CHART_ID}-title">Close</title>`);
    expect(renderCompact(chart)).toContain(`<title id="${DATASET_CHART_ID}-compact-title">Close</title>`);
  });

  test('`chart:` chooses the columns and the scale', () => {
    const chart = catalog(withFields('chart:', '  y: [close_usd]', '  yScale: log')).datasetCharts.get('prices')!;
    expect(chart.spec.yScale).toBe('log');
    expect(chart.spec.subtitle).toMatch(/, log scale$/);
  });

  test('a table with several rows per date is not a series, and two rows are drawn only when `chart:` asks', () => {
    const long = { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,a\n2024-01-01,11,b\n2024-02-01,12,\n' };
    expect(catalog(long).datasetCharts.has('prices')).toBe(false);
    const two = { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,12,\n' };
    expect(catalog(two).datasetCharts.has('prices')).toBe(false);
    expect(catalog({ ...two, ...withFields('chart:', '  y: [close_usd]') }).datasetCharts.has('prices')).toBe(true);
  });

  test('a `chart:` that cannot be drawn stops the build at its line, with what would work', () => {
    expect(catalog(withFields('chart:', '  y: [note]')).errors.map((error) => error.message)).toEqual([
      'content/data/prices.yml:4: chart: y "note" is a string column; expected a number column',
    ]);
    const long = { ...withFields('chart:', '  y: [close_usd]'), 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,a\n2024-01-01,11,b\n' };
    expect(catalog(long).errors.map((error) => error.message)).toContain(
      'content/data/prices.yml:4: chart: column "date" has several rows for one date (or an empty date), so the rows make no single line; remove the chart field',
    );
    const zero = { ...withFields('chart:', '  y: [close_usd]', '  yScale: log'), 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,0,\n2024-02-01,12,\n2024-03-01,11,\n' };
    expect(catalog(zero).errors.map((error) => error.code)).toEqual(['dataset-chart']);
  });
});
