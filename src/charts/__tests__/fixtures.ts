/**
 * Small hand-written tables for the chart module's tests. Synthetic, rounded
 * numbers with roughly the right shape; not site data.
 */
import type { ChartSpec } from '../../model/chart-spec.ts';
import type { Subject } from '../../model/subjects.ts';
import type { Column, Row, Table } from '../../model/table.ts';
import { chartCsv, chartSummary, checkChart, renderCompact, renderInline, renderStandalone } from '../index.ts';

const d = (text: string) => {
  const [y, m = '1', day = '1'] = text.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(day)));
};

function table(id: string, title: string, columns: Column[], rows: (Date | number | string | null)[][], subject?: Subject): Table {
  return {
    id,
    title,
    columns,
    rows: rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c.name, cells[i] ?? null])) as Row),
    ...(subject ? { subject } : {}),
  };
}

export const btc = table(
  'btc-usd-monthly',
  'Bitcoin monthly prices',
  [
    { name: 'date', type: 'date', label: 'Month', precision: 'month' },
    { name: 'close_usd', type: 'number', label: 'Bitcoin month-end close', unit: 'USD' },
    { name: 'mean_usd', type: 'number', label: 'Bitcoin monthly mean', unit: 'USD' },
    { name: 'days', type: 'number', label: 'Trading days', unit: 'days' },
    { name: 'source', type: 'string', label: 'Source' },
  ],
  [
    [d('2013-01'), 20.51, 15.2, 31, 'cm'],
    [d('2014-01'), 800.5, 850.1, 31, 'cm'],
    [d('2015-01'), 217.5, 250.3, 31, 'cm'],
    [d('2016-01'), 368.8, 410.2, 31, 'cm'],
    [d('2017-01'), 965.5, 914.9, 31, 'cm'],
    [d('2018-01'), 10221, 12950, 31, 'cm'],
    [d('2019-01'), 3457, 3710, 31, 'cm'],
    [d('2020-01'), 9350, 8380, 31, 'cm'],
    [d('2021-01'), 33108, 34700, 31, 'cm'],
    [d('2022-01'), 38483, 41100, 31, 'cm'],
    [d('2023-01'), 23139, 20250, 31, 'cm'],
    [d('2024-01'), 42580, 42940, 31, 'cm'],
    [d('2025-01'), 102405, 99800, 31, 'cm'],
    [d('2025-12'), 87520, 89100, 31, 'cm'],
  ],
  'crypto',
);

/** Same shape with a gap (null close) for the null-gap test. */
export const btcGap: Table = {
  ...btc,
  id: 'btc-gap',
  rows: btc.rows.map((row, i) => (i === 6 ? { ...row, close_usd: null } : row)),
};

export const m2 = table(
  'global-m2',
  'Global M2 money supply',
  [
    { name: 'date', type: 'date', label: 'Month', precision: 'month' },
    { name: 'm2_usd_tn', type: 'number', label: 'Global M2', unit: 'USD trillions' },
  ],
  [
    [d('2013-01'), 62],
    [d('2014-01'), 66],
    [d('2015-01'), 67],
    [d('2016-01'), 70],
    [d('2017-01'), 75],
    [d('2018-01'), 82],
    [d('2019-01'), 84],
    [d('2020-01'), 89],
    [d('2021-01'), 103],
    [d('2022-01'), 108],
    [d('2023-01'), 102],
    [d('2024-01'), 106],
    [d('2025-01'), 111],
  ],
  'macro',
);

/** Long format: one row per (year, country, metric). */
export const aiInvestment = table(
  'ai-private-investment',
  'Private investment in AI',
  [
    { name: 'year', type: 'date', label: 'Year', precision: 'year' },
    { name: 'country', type: 'string', label: 'Country' },
    { name: 'metric', type: 'string', label: 'Metric' },
    { name: 'value', type: 'number', label: 'Private investment in AI', unit: 'USD billions' },
  ],
  [
    [d('2019'), 'United States', 'private_investment_in_ai', 33.2],
    [d('2019'), 'China', 'private_investment_in_ai', 9.6],
    [d('2019'), 'Europe', 'private_investment_in_ai', 5.1],
    [d('2020'), 'United States', 'private_investment_in_ai', 34.1],
    [d('2020'), 'China', 'private_investment_in_ai', 12.2],
    [d('2020'), 'Europe', 'private_investment_in_ai', 4.9],
    [d('2021'), 'United States', 'private_investment_in_ai', 72.7],
    [d('2021'), 'China', 'private_investment_in_ai', 20.6],
    [d('2021'), 'Europe', 'private_investment_in_ai', 10.4],
    [d('2022'), 'United States', 'private_investment_in_ai', 47.4],
    [d('2022'), 'China', 'private_investment_in_ai', 13.4],
    [d('2022'), 'Europe', 'private_investment_in_ai', 7.4],
    [d('2023'), 'United States', 'private_investment_in_ai', 67.2],
    [d('2023'), 'China', 'private_investment_in_ai', 7.8],
    [d('2023'), 'Europe', 'private_investment_in_ai', 8.1],
    [d('2023'), 'United States', 'deals', 897],
  ],
  'ai',
);

/** Wide, yearly, two components for stacked bars and areas. */
export const vcFunding = table(
  'crypto-vc-funding',
  'Crypto venture funding',
  [
    { name: 'year', type: 'date', label: 'Year', precision: 'year' },
    { name: 'vc', type: 'number', label: 'Venture funds', unit: 'USD billions' },
    { name: 'corporate', type: 'number', label: 'Corporate investors', unit: 'USD billions' },
  ],
  [
    [d('2018'), 5.1, 1.2],
    [d('2019'), 2.9, 0.8],
    [d('2020'), 3.1, 1.1],
    [d('2021'), 25.2, 8.3],
    [d('2022'), 22.7, 7.9],
    [d('2023'), 8.1, 2.0],
    [d('2024'), 9.5, 2.4],
  ],
  'crypto',
);

/** Categories for horizontal bars and a scatter, with a hostile label. */
export const adoption = table(
  'ai-adoption',
  'AI adoption by country',
  [
    { name: 'country', type: 'string', label: 'Country' },
    { name: 'gdp_per_capita', type: 'number', label: 'GDP per capita', unit: 'USD' },
    { name: 'adoption_pct', type: 'number', label: 'Firms using AI', unit: 'percent' },
  ],
  [
    ['United States', 85000, 55.8],
    ['Germany', 54000, 41.2],
    ['France', 47000, 36.5],
    ['India', 2700, 59.1],
    ['Brazil', 10000, 30.4],
    ['<script>alert(1)</script>', 30000, 12],
  ],
);

/** Effects stored as a size plus a direction, as published studies state them. */
export const effects = table(
  'study-effects',
  'Study effects',
  [
    { name: 'study', type: 'string', label: 'Study' },
    { name: 'design', type: 'string', label: 'Design' },
    { name: 'effect_pct', type: 'number', label: 'Effect', unit: 'percent' },
    { name: 'direction', type: 'string', label: 'Direction' },
  ],
  [
    ['Lab trial', 'controlled trial', 55.8, 'faster'],
    ['Field trial', 'controlled trial', 26.08, 'more output'],
    ['Open-source trial', 'controlled trial', 19, 'slower'],
    ['Survey model', 'survey', 1.5, 'decrease'],
    ['CEO statement', 'self-report', 10, 'faster'],
  ],
);

export const tables: ReadonlyMap<string, Table> = new Map(
  [btc, btcGap, m2, aiInvestment, vcFunding, adoption, effects].map((t) => [t.id, t]),
);

/** Every document of one chart, as a page, its downloads and its text alternative would get them. */
export function drawAll(spec: ChartSpec, from: ReadonlyMap<string, Table> = tables, source = 'Source: test fixtures') {
  const prepared = checkChart(spec, from);
  return {
    svg: renderInline(prepared),
    compactSvg: renderCompact(prepared),
    standaloneSvg: renderStandalone(prepared, { source }),
    csv: chartCsv(prepared),
    summary: chartSummary(prepared),
    shown: prepared.shown,
  };
}
