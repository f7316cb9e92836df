/**
 * Every entry of the message catalogue (src/model/messages.ts) is made to happen on a fixture site,
 * and the check must print the catalogue's example exactly: the catalogue, the code and the generated
 * docs cannot disagree. Each code also needs an example here, so a new kind of message cannot ship
 * undocumented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MESSAGES, type MessageCode } from '../../model/messages';
import { buildCatalog } from '../catalog';
import { errorTable } from '../error-table';
import { fixtureSite, VALID, withLine } from './fixture-site';

const ARTICLE = 'content/articles/money.mdx';
const CHART = '<Chart id="prices" type="line" dataset="prices" x="date" y="close_usd" title="Prices" />';
const chart = (props: string) => withLine(ARTICLE, 10, CHART.replace(' />', ` ${props} />`));
const yearly = {
  'content/data/yearly.yml': VALID['content/data/prices.yml']!.replace('title: Prices', 'title: Yearly'),
  'content/data/yearly.csv': 'date,close_usd,note\n2023,10.5,\n2024,12,\n',
};
const claim = (lines: string[]) => ({ 'content/claims/prices-rise.yml': `${lines.join('\n')}\n` });
const CLAIM_HEAD = ['quote: Prices rise.', 'original: Les prix montent.', 'speaker: wang', 'source: interview', 'themes: [money-supply]'];

/** One mistake per kind of message, on the valid fixture site. */
const EXAMPLES: Record<MessageCode, Record<string, string | null>> = {
  'unexpected-file': { 'content/articles/notes.md': '# Notes\n' },
  'file-name': { 'content/articles/Bitcoin_Notes.mdx': VALID[ARTICLE]! },
  'frontmatter-missing': { [ARTICLE]: 'Just text.\n' },
  'yaml-syntax': withLine('content/themes/money-supply.yml', 3, 'order: a: b'),
  field: withLine(ARTICLE, 4, 'pubDate: 2026-02-30'),
  'unknown-field': withLine(ARTICLE, 2, 'title: Money\nheading: Money'),
  'unknown-reference': withLine(ARTICLE, 5, 'themes: [money-supply, defi]'),
  'source-url': withLine('content/sources/interview.yml', 4, 'url: http://www.techflowpost.com/fr-FR/article/25352'),
  'claim-rubric': claim([...CLAIM_HEAD, 'kind: opinion', 'verdict: contradicted']),
  'claim-evidence': withLine('content/claims/prices-rise.yml', 10, '  charts: [money#price]'),
  'csv-without-yml': { 'content/data/rates.csv': 'date,rate\n2024-01-01,1\n' },
  'yml-without-csv': { 'content/data/prices.csv': null },
  'csv-header': { 'content/data/prices.csv': 'date,close,note\n2024-01-01,10.5,\n' },
  'csv-row-length': { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,210,000,\n' },
  'csv-cell': { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,"12,5",\n' },
  'csv-date-precision': { 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02,12,\n' },
  'csv-empty': { 'content/data/prices.csv': 'date,close_usd,note\n' },
  'mdx-syntax': withLine(ARTICLE, 8, 'Text (<1 factor among many).'),
  'mdx-raw-html': withLine(ARTICLE, 8, 'One line<br />another.'),
  'mdx-import': withLine(ARTICLE, 8, "import fs from 'node:fs'"),
  'mdx-expression': withLine(ARTICLE, 8, 'It is {yet} here.'),
  'mdx-unsafe': withLine(ARTICLE, 10, CHART.replace('y="close_usd"', 'y={process.env.Y}')),
  'unknown-component': withLine(ARTICLE, 12, '<Tweet id="1" />'),
  'unknown-prop': chart('color="orange"'),
  'prop-value': withLine(ARTICLE, 10, CHART.replace('type="line"', 'type="pie"')),
  chart: withLine(ARTICLE, 10, CHART.replace('dataset="prices"', 'dataset="price"')),
  'chart-id': withLine(ARTICLE, 12, CHART),
  'chart-event': {
    'content/events/chatgpt-launch.yml': 'date: 2024-02-15\nlabel: ChatGPT\ntitle: OpenAI releases ChatGPT\ndescription: A launch.\nsources: [interview]\n',
    ...chart('events={["chatgpt"]}'),
  },
  'chart-label-key': chart('labels={{ close: "Close" }}'),
  'chart-range-precision': { ...yearly, ...withLine(ARTICLE, 10, CHART.replace('id="prices"', 'id="yearly"').replace('dataset="prices"', 'dataset="yearly" from="2024-06"')) },
  correlation: withLine(ARTICLE, 12, '<Correlation a="prices:close" b="prices:close_usd" method="levels" />'),
  'unknown-claim': withLine(ARTICLE, 12, '<Claim id="prices-fall" />'),
  quote: withLine(ARTICLE, 12, '<Quote original="Les prix montent."></Quote>'),
  'link-page': withLine(ARTICLE, 8, 'See [the data](/data/price/).'),
  'link-fragment': withLine(ARTICLE, 8, '## Why prices rise\n\nSee [the chart](#price).'),
  'dataset-update': withLine('content/data/prices.yml', 2, 'description: Monthly prices.\nupdate:\n  frequency: monthly\n  url: https://data.example.org/prices.csv\n  format: fred-csv\n  columns:\n    close_usd: value'),
  'dataset-chart': withLine('content/data/prices.yml', 2, 'chart:\n  y: [close]\ndescription: Monthly prices.'),
  'data-stale': withLine('content/data/prices.yml', 2, 'description: Monthly prices.\nupdate:\n  frequency: monthly'),
  draft: withLine(ARTICLE, 5, 'themes: [money-supply]\ndraft: true'),
};

function messagesFor(changes: Record<string, string | null>): string[] {
  // Freshness is judged on a fixed day, so the examples do not age.
  const { errors, warnings } = buildCatalog(fixtureSite(changes), { today: new Date('2026-12-02') });
  return [...errors, ...warnings].map((problem) => problem.message);
}

describe('the message catalogue', () => {
  test('has an example here for every code, and every example is a code', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  for (const [code, doc] of Object.entries(MESSAGES)) {
    test(`${code}: the check prints the catalogue's example`, () => {
      const changes = EXAMPLES[code as MessageCode];
      // A draft is only a warning when the build publishes, and its claim then cites rows, not a hidden chart.
      const extra = code === 'draft' ? withLine('content/claims/prices-rise.yml', 10, '  rows: [{ dataset: prices, where: { date: "2024-01-01" } }]') : {};
      const printed = messagesFor({ ...changes, ...extra });
      expect(printed, printed.join('\n')).toContain(doc.example);
    });
  }

  test("CONTRIBUTING.md's table of build errors is the one generated from the catalogue (npm run docs:errors)", () => {
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(contributing).toContain(errorTable());
  });
});
