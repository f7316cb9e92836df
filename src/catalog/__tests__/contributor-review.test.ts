/**
 * The first-contributor review (December 2026) made 18 deliberate mistakes and met 3 that passed
 * silently. Each is made again here, on the fixture site, and must give its message at the right file
 * and line in `npm run check:content` (so in `npm run check:pr`). The dev-server case (E17) is in
 * tests/dist/dev-server.test.ts, the scaffolder cases (E1, E4) in scaffold.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../catalog';
import { fixtureSite, VALID, withLine } from './fixture-site';

const ARTICLE = 'content/articles/money.mdx';
const CHART = '<Chart id="prices" type="line" dataset="prices" x="date" y="close_usd" title="Prices" />';
const line = (n: number, text: string) => withLine(ARTICLE, n, text);

function printed(changes: Record<string, string | null>): string[] {
  const { errors, warnings } = buildCatalog(fixtureSite(changes));
  return [...errors, ...warnings].map((problem) => `${problem.severity}: ${problem.message}`);
}

const CASES: Array<[string, Record<string, string | null>, string]> = [
  ['E2 text in a number column', { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,6.25 BTC,\n' }, 'error: content/data/prices.csv:3: column "close_usd" (number): "6.25 BTC" is not a number; expected a plain decimal number such as 1234.5 (no thousands separators, units or words)'],
  ['E3 a thousands separator', { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,210,000,\n' }, 'error: content/data/prices.csv:2: row has 4 cells; expected 3 (date, close_usd, note); an unquoted comma? write numbers without separators (210000, not 210,000) and put text with commas in double quotes'],
  ['M1 a typo in a dataset id', line(10, CHART.replace('dataset="prices"', 'dataset="pricse"')), 'error: content/articles/money.mdx:10: <Chart>: chart "prices": dataset "pricse" is not a known dataset (did you mean "prices"?); expected one of: prices'],
  ['M2 a wrong column', line(10, CHART.replace('y="close_usd"', 'y="close"')), 'error: content/articles/money.mdx:10: <Chart>: chart "prices": y "close" is not a column of dataset "prices" (did you mean "close_usd"?); expected one of: date, close_usd, note'],
  ['M3 a labels key the chart does not draw (was silent)', line(10, CHART.replace(' />', ' labels={{ close: "Close" }} />')), 'warning: content/articles/money.mdx:10: <Chart id="prices">: labels key "close" names nothing the chart draws; it can rename close_usd'],
  ['M4 a missing description', { [ARTICLE]: VALID[ARTICLE]!.replace('description: A short description.\n', '') }, 'error: content/articles/money.mdx:2: field "description": missing; expected a string'],
  ['M5 a description over 160 characters', line(3, `description: ${'y'.repeat(176)}`), `error: content/articles/money.mdx:3: field "description": got "${'y'.repeat(77)}..." (176 characters); expected at most 160 characters (it is the meta description and the search excerpt)`],
  ['M6 a link to a missing page', line(8, 'See [it](/articles/mone/).'), 'error: content/articles/money.mdx:8: broken link "/articles/mone/": no page at /articles/mone/; pages there: /articles/, /articles/money/'],
  ['M7 a link without its trailing slash', line(8, 'See [it](/articles/money).'), 'error: content/articles/money.mdx:8: broken link "/articles/money": write /articles/money/ with its trailing slash'],
  ['M8 an import', line(8, 'import Chart from "../../src/components/Chart.astro";'), 'error: content/articles/money.mdx:8: import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them'],
  ['M9 a range after the data', line(10, CHART.replace(' />', ' from="2025" />')), 'error: content/articles/money.mdx:10: <Chart>: chart "prices": no rows left from 2025 on; the data covers 2024-01-01 to 2024-03-01'],
  ['M10 a month bound on yearly data (was silent)', {
    'content/data/yearly.yml': VALID['content/data/prices.yml']!.replace('title: Prices', 'title: Yearly'),
    'content/data/yearly.csv': 'date,close_usd,note\n2023,10.5,\n2024,12,\n',
    ...line(10, CHART.replace('dataset="prices"', 'dataset="yearly" from="2024-06"')),
  }, 'warning: content/articles/money.mdx:10: <Chart id="prices">: from "2024-06" is finer than the data, which has one value per year; it is read as all of 2024: write from="2024"'],
  ['M11 a theme with a space', line(5, 'themes: [money supply]'), 'error: content/articles/money.mdx:5: field "themes[0]": got "money supply"; expected one of "money-supply" (files in content/themes/)'],
  ['M11b an unknown theme', line(5, 'themes: [bitcoin]'), 'error: content/articles/money.mdx:5: field "themes[0]": unknown theme "bitcoin"; expected one of "money-supply" (files in content/themes/)'],
  ['M12 an unknown prop', line(10, CHART.replace(' />', ' color="orange" />')), 'error: content/articles/money.mdx:10: <Chart id="prices">: unknown prop "color" (did you mean "colorBy"?); accepted: id, type, title, subtitle, note, dataset, x, y, series, where, except, negate, colorBy, join, labels, subjects, events, highlight, yScale, from, to, base, orientation, stacked, valueLabels, pointLabel, annotations'],
  ['M13 <br> in a heading', line(8, '## Limits<br>'), 'error: content/articles/money.mdx:8: MDX syntax error at column 1: <br> is raw HTML, which content may not use; for a new line, end the paragraph with a blank line'],
  ['M14 "<" before a digit', line(8, 'A factor (<1 among many).'), 'error: content/articles/money.mdx:8: MDX syntax error at column 12: "<" followed by "1" starts a tag in MDX; write "less than", or &lt;1'],
  ['M15 an unclosed <Chart>', line(10, CHART.replace(' />', ' >')), 'error: content/articles/money.mdx:10: MDX syntax error at column 1: <Chart ...> is not closed; end it with "/>", as in <Chart ... />'],
  ['M16 a brace in text', line(8, 'It is {yet} here.'), 'error: content/articles/money.mdx:8: JavaScript expressions are not allowed in content: {yet}; write the text, or \\{ for a literal brace'],
  ['M17 an HTML comment', line(8, '<!-- TODO -->'), 'error: content/articles/money.mdx:8: MDX syntax error at column 2: HTML comments (<!-- -->) are not allowed in MDX; delete the comment (a note for editors belongs in the pull request)'],
  ['M18 <br /> (was silent)', line(8, 'One line<br />another.'), 'error: content/articles/money.mdx:8: <br /> is raw HTML, which content may not use; for a new line, end the paragraph with a blank line'],
  ['E16 a link to a missing anchor', line(8, 'See [the chart](/articles/money/#price).'), 'error: content/articles/money.mdx:8: broken link "/articles/money/#price": no "#price" on /articles/money/; anchors there: prices'],
];

describe("the first contributor's mistakes, each caught at its line", () => {
  for (const [name, changes, message] of CASES) {
    test(name, () => {
      const messages = printed(changes);
      expect(messages, messages.join('\n')).toContain(message);
    });
  }
});
