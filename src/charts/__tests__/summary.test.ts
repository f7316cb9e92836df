import { describe, expect, it } from 'vitest';
import { escapeXml } from '../escape.ts';
import { prepareChart } from '../prepare.ts';
import { summarize } from '../summary.ts';
import { cases } from './cases.ts';
import { drawAll, tables } from './fixtures.ts';

describe('summary', () => {
  it('states type, x range and first, last, low and high per series', () => {
    expect(summarize(prepareChart(cases['line-single']!, tables))).toBe(
      // The fixture samples 14 months of 13 years, so no frequency word is claimed.
      'Line chart of Bitcoin month-end close, USD, from Jan 2013 to Dec 2025, 14 dates. ' +
        'Bitcoin month-end close: first $20.51 (Jan 2013), last $87,520 (Dec 2025), low $20.51 (Jan 2013), high $102,405 (Jan 2025).',
    );
  });
  it('says indexed values are rebased to 100', () => {
    const text = summarize(prepareChart(cases['indexed-join']!, tables));
    expect(text).toMatch(/^Indexed line chart of 2 series: Bitcoin and Global M2, from Jan 2013 to Dec 2025, 14 dates\. Values are rebased to 100 at Jan 2015\. The value axis is logarithmic\./);
    expect(text).toContain('Global M2: first 92.5 (Jan 2013), last 165.7 (Jan 2025), low 92.5 (Jan 2013), high 165.7 (Jan 2025).');
  });
  it('lists category values for small bar charts', () => {
    expect(summarize(prepareChart(cases['bar-horizontal']!, tables))).toBe(
      'Horizontal bar chart of Firms using AI by Country, percent, 6 categories. Firms using AI: United States 55.8%, Germany 41.2%, France 36.5%, India 59.1%, Brazil 30.4%, <script>alert(1)</script> 12%.',
    );
  });
  it('describes scatter plots by their extremes', () => {
    expect(summarize(prepareChart(cases.scatter!, tables))).toBe(
      'Scatter plot of Firms using AI (percent) against GDP per capita (USD), 6 points. Firms using AI ranges from 12% (<script>alert(1)</script>) to 59.1% (India); GDP per capita from $2,700 to $85,000.',
    );
  });
});

describe('escaping', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
  it('a hostile CSV cell never reaches the SVG as markup', () => {
    for (const name of ['scatter', 'bar-horizontal'] as const) {
      const out = drawAll(cases[name]!);
      for (const svg of [out.svg, out.standaloneSvg]) {
        expect(svg).not.toContain('<script');
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
    }
  });
  it('escapes titles and ids in attributes', () => {
    const out = drawAll({ ...cases['line-single']!, id: 'a"b', title: 'A <b> & "c"' });
    expect(out.svg).toContain('aria-labelledby="a&quot;b-title"');
    expect(out.svg).toContain('<title id="a&quot;b-title">A &lt;b&gt; &amp; &quot;c&quot;</title>');
  });
});
