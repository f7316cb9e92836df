import { describe, expect, it } from 'vitest';
import { prepareChart } from '../prepare.ts';
import type { ChartSpec } from '../../model/chart-spec.ts';
import { cases } from './cases.ts';
import { drawAll, tables } from './fixtures.ts';

const utc = (y: number, m = 1) => new Date(Date.UTC(y, m - 1, 1));

describe('prepareChart', () => {
  it('filters with from/to at their precision, inclusive', () => {
    const p = prepareChart({ ...cases['line-single']!, from: '2015-01', to: '2025' }, tables);
    expect(p.xs[0]).toEqual(utc(2015));
    expect(p.xs[p.xs.length - 1]).toEqual(utc(2025, 12));
    expect(p.shown.rows).toHaveLength(12);
  });

  it('splits a long table by the series column after where', () => {
    const p = prepareChart(cases['line-series']!, tables);
    expect(p.series.map((s) => s.label)).toEqual(['United States', 'China', 'Europe']);
    expect(p.series[0]!.points.map((pt) => pt.y)).toEqual([33.2, 34.1, 72.7, 47.4, 67.2]);
    expect(p.shown.columns.map((c) => c.name)).toEqual(['year', 'country', 'value']);
    expect(p.shown.rows).toHaveLength(15);
  });

  it('keeps rows matching any value of a where list', () => {
    const p = prepareChart({ ...cases['line-series']!, where: { country: ['China', 'Europe'] } }, tables);
    expect(p.series.map((s) => s.label)).toEqual(['China', 'Europe']);
  });

  it('drops rows listed in except', () => {
    const p = prepareChart({ ...cases['line-series']!, except: { country: 'China' } }, tables);
    expect(p.series.map((s) => s.label)).toEqual(['United States', 'Europe']);
  });

  it('joins another dataset on exact x and leaves unmatched x empty', () => {
    const p = prepareChart({ ...cases['indexed-join']!, type: 'line', base: undefined, yScale: undefined }, tables);
    const m2 = p.series[1]!;
    expect(m2.label).toBe('Global M2');
    expect(m2.points.find((pt) => pt.x instanceof Date && pt.x.getTime() === utc(2020).getTime())?.y).toBe(89);
    expect(m2.points[m2.points.length - 1]).toEqual({ x: utc(2025, 12), y: null });
    expect(p.shown.columns.map((c) => c.name)).toEqual(['date', 'close_usd', 'm2_usd_tn']);
  });

  it('rebases indexed series to exactly 100 at the base', () => {
    const p = prepareChart(cases['indexed-join']!, tables);
    expect(p.base).toEqual(utc(2015));
    for (const s of p.series) {
      expect(s.points.find((pt) => (pt.x as Date).getTime() === utc(2015).getTime())?.y).toBe(100);
    }
    expect(p.series[0]!.points[0]!.y).toBeCloseTo((20.51 / 217.5) * 100, 10);
    expect(p.shown.columns.map((c) => c.name)).toEqual(['date', 'close_usd', 'm2_usd_tn', 'close_usd_index', 'm2_usd_tn_index']);
  });

  it('defaults the base to the first x all series share', () => {
    const p = prepareChart({ ...cases['indexed-join']!, base: undefined }, tables);
    expect(p.base).toEqual(utc(2013));
  });

  it('keeps null cells as gaps', () => {
    const p = prepareChart(cases['line-gap']!, tables);
    expect(p.series[0]!.points.filter((pt) => pt.y === null)).toHaveLength(1);
  });
});

describe('null gaps in paths', () => {
  it('a null cell breaks the line into two segments', () => {
    const { svg } = drawAll(cases['line-gap']!);
    const d = /<path class="line series c-crypto" d="([^"]+)"/.exec(svg)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
    const full = /<path class="line series c-crypto" d="([^"]+)"/.exec(drawAll(cases['line-single']!).svg)![1]!;
    expect(full.match(/M/g)).toHaveLength(1);
  });
});

describe('rendered SVG', () => {
  const spec: ChartSpec = cases['line-multi-y']!;
  const out = drawAll(spec, tables, 'Source: Coin Metrics (CC BY-NC 4.0)');
  it('is responsive, labelled and ignored by pagefind', () => {
    const root = /^<svg[^>]*>/.exec(out.svg)![0];
    expect(root).toContain('viewBox="0 0 680 360"');
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-labelledby="btc-close-mean-title"');
    expect(root).toContain('aria-describedby="btc-close-mean-desc"');
    expect(root).toContain('class="chart chart--line"');
    expect(root).toContain('data-pagefind-ignore');
    expect(root).not.toMatch(/ (width|height)=/);
    expect(out.svg).toContain('<title id="btc-close-mean-title">Bitcoin close and mean</title>');
    expect(out.svg).toContain(`<desc id="btc-close-mean-desc">${out.summary}</desc>`);
  });
  it('carries no colours, only classes', () => {
    expect(out.svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|(fill|stroke)="(?!none)/i);
    // Close and mean are both Bitcoin: crypto's colour, then its second tone.
    expect(out.svg).toContain('class="line series c-crypto-2"');
    expect(out.svg).toContain('class="direct-label series c-crypto"');
  });
  it('standalone file has xmlns, size, background, styles and source', () => {
    const root = /^<svg[^>]*>/.exec(out.standaloneSvg)![0];
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toMatch(/ width="\d+" height="\d+"/);
    expect(out.standaloneSvg).toContain('<style>');
    expect(out.standaloneSvg).toContain('--c-crypto:#c24f00');
    expect(out.standaloneSvg).toContain('fill="#ffffff"');
    expect(out.standaloneSvg).toContain('>Source: Coin Metrics (CC BY-NC 4.0)</text>');
  });
  it('returns the rows shown and their CSV', () => {
    expect(out.shown.columns.map((c) => c.name)).toEqual(['date', 'close_usd', 'mean_usd']);
    expect(out.csv.split('\n')[0]).toBe('date,close_usd,mean_usd');
    expect(out.csv.split('\n')[1]).toBe('2017-01,965.5,914.9');
  });
  it('uses a legend instead of end labels beyond six series', () => {
    const many = new Map(tables);
    const rows = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].flatMap((name, i) => [
      { year: utc(2020), name, v: i + 1 },
      { year: utc(2021), name, v: i + 2 },
    ]);
    many.set('many', {
      id: 'many',
      title: 'Many',
      columns: [
        { name: 'year', type: 'date', label: 'Year', precision: 'year' },
        { name: 'name', type: 'string', label: 'Name' },
        { name: 'v', type: 'number', label: 'Value' },
      ],
      rows,
    });
    const svg = drawAll({ id: 'm', type: 'line', title: 'M', dataset: 'many', x: 'year', y: 'v', series: 'name' }, many).svg;
    expect(svg).toContain('class="legend"');
    expect(svg).not.toContain('direct-label');
    const lines = [...svg.matchAll(/<path class="line series (c-[\w-]+)"/g)].map((match) => match[1]);
    expect(lines).toHaveLength(7);
    // Series with no subject take the other hues, never a subject's colour, and the key names each.
    expect(new Set(lines)).toEqual(new Set(['c-other-1', 'c-other-2', 'c-other-3', 'c-other-4', 'c-other-5']));
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) expect(svg).toContain(`>${name}</text>`);
  });
});

describe('joins of one dataset', () => {
  it('give each joined series its own column in the data table, however many times a column is joined', () => {
    const spec: ChartSpec = {
      id: 'three',
      type: 'bar',
      title: 'Three joins',
      dataset: 'btc-usd-monthly',
      x: 'date',
      y: 'close_usd',
      from: '2015',
      to: '2015',
      join: [
        { dataset: 'btc-usd-monthly', y: 'close_usd', label: 'A' },
        { dataset: 'btc-usd-monthly', y: 'close_usd', label: 'B' },
        { dataset: 'btc-usd-monthly', y: 'close_usd', label: 'C' },
      ],
    };
    const prepared = prepareChart(spec, tables);
    const names = prepared.shown.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(prepared.series.map((s) => s.key)).size).toBe(4);
  });
});
