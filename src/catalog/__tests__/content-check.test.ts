/**
 * Every broken input a contributor can commit, and the one-line message the
 * build stops with. Messages are pinned: they are the interface contributors
 * read, so a change to them should be deliberate.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalog } from '../catalog.ts';
import { fixtureSite, withLine } from './fixture-site';

function messages(changes: Record<string, string | null>): string[] {
  return buildCatalog(fixtureSite(changes)).errors.map((error) => error.message);
}

describe('a valid site', () => {
  test('has no errors and loads every collection', () => {
    const { errors, model } = buildCatalog(fixtureSite());
    expect(errors).toEqual([]);
    expect([...model.articles.keys()]).toEqual(['money']);
    expect(model.datasets.get('prices')?.table.rows).toHaveLength(3);
    expect(model.datasets.get('prices')?.table.rows[1]).toEqual({
      date: new Date('2024-02-01T00:00:00Z'),
      close_usd: 12,
      note: 'after "halving"',
    });
  });
});

describe('article frontmatter', () => {
  test('a description over 160 characters', () => {
    expect(messages(withLine('content/articles/money.mdx', 3, `description: ${'x'.repeat(161)}`))).toEqual([
      'content/articles/money.mdx:3: field "description": got "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..." (161 characters); expected at most 160 characters (it is the meta description and the search excerpt)',
    ]);
  });

  test('a date that is not a date', () => {
    expect(messages(withLine('content/articles/money.mdx', 4, 'pubDate: 2026-02-30'))).toEqual([
      'content/articles/money.mdx:4: field "pubDate": got "2026-02-30"; expected a real calendar date written YYYY-MM-DD',
    ]);
  });

  test('a missing field', () => {
    expect(messages(withLine('content/articles/money.mdx', 2, 'heading: Money'))).toEqual([
      'content/articles/money.mdx:2: field "title": missing; expected a string',
      'content/articles/money.mdx:2: frontmatter: unknown field "heading"; remove it or check its spelling',
    ]);
  });

  test('an unknown theme', () => {
    expect(messages(withLine('content/articles/money.mdx', 5, 'themes: [money-supply, defi]'))).toEqual([
      'content/articles/money.mdx:5: field "themes[1]": unknown theme "defi"; expected one of "money-supply" (files in content/themes/)',
    ]);
  });

  test('no frontmatter at all', () => {
    expect(messages({ 'content/articles/money.mdx': 'Just text.\n' })).toEqual([
      'content/articles/money.mdx:1: missing frontmatter; the file must start with a "---" line, the YAML fields, then another "---" line',
    ]);
  });

  test('broken YAML', () => {
    expect(messages(withLine('content/articles/money.mdx', 5, 'themes: [money-supply'))).toEqual([
      expect.stringMatching(/^content\/articles\/money\.mdx:\d+: invalid YAML: /),
    ]);
  });
});

describe('article body', () => {
  test('an unknown dataset in a chart', () => {
    expect(
      messages(withLine('content/articles/money.mdx', 10, '<Chart id="prices" type="line" dataset="price" x="date" y="close_usd" title="Prices" />')),
    ).toEqual(['content/articles/money.mdx:10: <Chart>: chart "prices": dataset "price" is not a known dataset (did you mean "prices"?); expected one of: prices']);
  });

  test('an unknown column in a chart', () => {
    expect(
      messages(withLine('content/articles/money.mdx', 10, '<Chart id="prices" type="line" dataset="prices" x="date" y="close" title="Prices" />')),
    ).toEqual([expect.stringMatching(/^content\/articles\/money\.mdx:10: <Chart>: chart "prices": .*"close".*date, close_usd, note/)]);
  });

  test('a duplicate chart id', () => {
    const lines = '<Chart id="prices" type="line" dataset="prices" x="date" y="close_usd" title="Prices" />';
    expect(messages(withLine('content/articles/money.mdx', 12, lines))).toEqual([
      'content/articles/money.mdx:12: <Chart id="prices">: duplicate chart id; line 10 uses it too. Chart ids must be unique in an article',
    ]);
  });

  test('a chart id equal to a heading id', () => {
    expect(messages(withLine('content/articles/money.mdx', 8, '## Prices'))).toEqual([
      'content/articles/money.mdx:10: <Chart id="prices">: the heading "Prices" on line 8 has the same id; rename the chart',
    ]);
  });

  test('an unknown claim', () => {
    expect(messages(withLine('content/articles/money.mdx', 12, '<Claim id="prices-fall" />'))).toEqual([
      'content/articles/money.mdx:12: <Claim id="prices-fall">: unknown claim; expected one of "prices-rise" (files in content/claims/)',
    ]);
  });

  test('an unknown component', () => {
    expect(messages(withLine('content/articles/money.mdx', 12, '<Tweet id="1" />'))).toEqual([
      'content/articles/money.mdx:12: unknown component <Tweet>; expected one of "Chart", "Claim", "Quote", "DataGap" or "Correlation"',
    ]);
  });

  test('a broken internal link', () => {
    expect(messages(withLine('content/articles/money.mdx', 8, 'See [the data](/data/price/).'))).toEqual([
      'content/articles/money.mdx:8: broken link "/data/price/": no page at /data/price/; pages there: /data/, /data/prices/',
    ]);
  });

  test('a link to a claim that does not exist', () => {
    expect(messages(withLine('content/articles/money.mdx', 8, 'See [it](/claims/#nope).'))).toEqual([
      'content/articles/money.mdx:8: broken link "/claims/#nope": no "#nope" on /claims/; anchors there: prices-rise, verdict-supported, verdict-contradicted, verdict-mixed, verdict-unverifiable, verdict-held, verdict-failed, verdict-open, verdict-opinion',
    ]);
  });

  test('a link to an anchor that is not there, on this page or another, lists the anchors that are', () => {
    const article = (links: string) => withLine('content/articles/money.mdx', 8, `## Why prices rise\n\n${links}`);
    expect(messages(article('See [the chart](#price) and [the method](/about/#how-we-rate).'))).toEqual([
      'content/articles/money.mdx:10: broken link "#price": no "#price" on /articles/money/; anchors there: why-prices-rise, prices',
      'content/articles/money.mdx:10: broken link "/about/#how-we-rate": no "#how-we-rate" on /about/; anchors there: sources, source-interview',
    ]);
    expect(messages(article('See [the chart](#prices), [the heading](/articles/money/#why-prices-rise) and [the CSV](/articles/money/prices.csv).'))).toEqual([]);
  });

  test('an import, a script and an event handler', () => {
    expect(messages(withLine('content/articles/money.mdx', 8, "import fs from 'node:fs'"))).toEqual([
      'content/articles/money.mdx:8: import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them',
    ]);
    expect(messages(withLine('content/articles/money.mdx', 8, '<script>alert(1)</script>'))).toEqual([
      'content/articles/money.mdx:8: <script> is raw HTML, which content may not use; use Markdown or the components the site provides',
    ]);
    expect(messages(withLine('content/articles/money.mdx', 12, '<Claim id="prices-rise" onClick="x()" />'))).toEqual([
      'content/articles/money.mdx:12: <Claim>: event-handler attribute "onClick" is not allowed in content',
    ]);
  });

  test('an iframe, a style element, a javascript: link and an export', () => {
    expect(messages(withLine('content/articles/money.mdx', 8, '<iframe src="https://example.org" />'))).toEqual([
      'content/articles/money.mdx:8: <iframe /> is raw HTML, which content may not use; use Markdown or the components the site provides',
    ]);
    expect(messages(withLine('content/articles/money.mdx', 8, '<style>{"body{display:none}"}</style>'))).toEqual([
      'content/articles/money.mdx:8: <style> is raw HTML, which content may not use; use Markdown or the components the site provides',
      'content/articles/money.mdx:8: JavaScript expressions are not allowed in content: {"body{display:none}"}; write the text, or \\{ for a literal brace',
    ]);
    expect(messages(withLine('content/articles/money.mdx', 8, 'A [trap](javascript:alert(1)).'))).toEqual([
      'content/articles/money.mdx:8: javascript: URLs are not allowed: javascript:alert(1)',
    ]);
    expect(messages(withLine('content/articles/money.mdx', 8, 'export const x = 1'))).toEqual([
      'content/articles/money.mdx:8: import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them',
    ]);
  });

  test('a prop that is code rather than a literal', () => {
    expect(
      messages(withLine('content/articles/money.mdx', 10, '<Chart id="prices" type="line" dataset="prices" x="date" y={process.env.Y} title="Prices" />')),
    ).toEqual([
      'content/articles/money.mdx:10: <Chart>: prop "y" must be a literal value (text, number, true/false, or arrays and objects of those); got {process.env.Y}',
    ]);
  });
});

describe('datasets', () => {
  test('a cell of the wrong type', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,\n2024-02-01,"12,5",\n' })).toEqual([
      'content/data/prices.csv:3: column "close_usd" (number): "12,5" is not a number; expected a plain decimal number such as 1234.5 (no thousands separators, units or words)',
    ]);
  });

  test('a date that is not a date', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-13-01,10.5,\n' })).toEqual([
      'content/data/prices.csv:2: column "date" (date): "2024-13-01" is not a date; expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  test('an empty cell in a required column', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,,\n' })).toEqual([
      'content/data/prices.csv:2: column "close_usd" (number): empty cell; expected a plain decimal number such as 1234.5 (no thousands separators, units or words), or mark the column `optional: true` in content/data/prices.yml if empty cells are allowed',
    ]);
  });

  test('a ragged row', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,10.5,,extra\n' })).toEqual([
      'content/data/prices.csv:2: row has 4 cells; expected 3 (date, close_usd, note); an unquoted comma? write numbers without separators (210000, not 210,000) and put text with commas in double quotes',
    ]);
  });

  test('line numbers count quoted line breaks', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,1,"two\nlines"\n2024-02-01,x,\n' })).toEqual([
      'content/data/prices.csv:4: column "close_usd" (number): "x" is not a number; expected a plain decimal number such as 1234.5 (no thousands separators, units or words)',
    ]);
  });

  test('a header that disagrees with the declared columns', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close,note\n2024-01-01,10.5,\n' })).toEqual([
      'content/data/prices.csv:1: CSV header has "close" not declared under "columns" in content/data/prices.yml; content/data/prices.yml declares "close_usd" missing from the CSV header; the header is: date,close,note',
    ]);
  });

  test('a CSV without its provenance file', () => {
    expect(messages({ 'content/data/prices.yml': null })).toEqual([
      'content/data/prices.csv: no content/data/prices.yml beside it; every dataset needs its provenance (title, source publisher/url/retrieved, licence, columns).',
    ]);
  });

  test('provenance without a licence or a valid source url', () => {
    const yml = withLine('content/data/prices.yml', 5, '  url: data.example.org/prices')['content/data/prices.yml']!.replace('licence:\n  name: CC BY 4.0\n', '');
    expect(messages({ 'content/data/prices.yml': yml })).toEqual([
      'content/data/prices.yml:5: field "source.url": got "data.example.org/prices"; expected an absolute https:// URL on the publisher\'s own site',
      'content/data/prices.yml:1: field "licence": missing; expected an object',
    ]);
  });

  test('an unknown column type', () => {
    expect(messages(withLine('content/data/prices.yml', 14, '    type: money'))).toEqual([
      'content/data/prices.yml:14: field "columns.close_usd.type": got "money"; expected one of "date", "number" or "string"',
    ]);
  });
});

describe('sources cite the publisher over https', () => {
  test('plain http and a bare IP address are refused', () => {
    expect(
      messages({
        ...withLine('content/sources/interview.yml', 4, 'url: http://www.techflowpost.com/fr-FR/article/25352'),
        ...withLine('content/data/prices.yml', 5, '  url: https://103.16.74.116/infograph/numbers'),
      }),
    ).toEqual([
      'content/sources/interview.yml:4: field "url": got "http://www.techflowpost.com/fr-FR/article/25352"; expected an absolute https:// URL on the publisher\'s own site',
      'content/data/prices.yml:5: field "source.url": got "https://103.16.74.116/infograph/numbers"; expected a publisher\'s domain name, not a bare IP address',
    ]);
  });

  test('a figure read on a secondary page records where (via)', () => {
    const source = [
      'title: AI Index 2025',
      'kind: report',
      'publisher: Stanford HAI',
      'url: https://hai.stanford.edu/ai-index/2025-ai-index-report',
      'via:',
      '  publisher: Visual Capitalist',
      '  url: http://10.0.0.1/chart',
      '',
    ].join('\n');
    expect(messages({ 'content/sources/ai-index.yml': source })).toEqual([
      'content/sources/ai-index.yml:7: field "via.url": got "http://10.0.0.1/chart"; expected an absolute https:// URL on the publisher\'s own site',
    ]);
  });
});

describe('verdicts follow the rubric', () => {
  const claim = (lines: string[]) => ({ 'content/claims/prices-rise.yml': lines.join('\n') + '\n' });
  const head = ['quote: Prices rise.', 'original: Les prix montent.', 'speaker: wang', 'source: interview', 'themes: [money-supply]'];

  test('a verdict that does not fit the kind of claim', () => {
    expect(messages(claim([...head, 'kind: opinion', 'verdict: contradicted']))).toEqual([
      'content/claims/prices-rise.yml:7: field "verdict": got "contradicted"; expected for kind "opinion", one of "opinion" (see the rubric on the about page)',
    ]);
  });

  test('a forecast without the date it is judged at', () => {
    expect(messages(claim([...head, 'kind: forecast', 'verdict: open']))).toEqual([
      'content/claims/prices-rise.yml:1: field "judgedAt": missing; expected the date the forecast is judged at (YYYY-MM-DD); every forecast carries one',
    ]);
  });

  test('a scored verdict without its data', () => {
    expect(messages(claim([...head, 'kind: fact', 'verdict: supported', 'evidence:', '  note: They did.']))).toEqual([
      'content/claims/prices-rise.yml:9: field "evidence.datasets": missing; expected at least one dataset: a "supported" verdict must cite the data that decides it',
      'content/claims/prices-rise.yml:9: field "evidence.charts": missing; expected "charts" or "rows" that show the data: a "supported" verdict must point at them',
    ]);
  });

  test('evidence that points at no chart and no row', () => {
    const evidence = ['evidence:', '  datasets: [prices]', '  charts: [money#price]', '  rows:', '    - dataset: prices', '      where: { date: "2023-01-01" }', '  note: They did.'];
    expect(messages(claim([...head, 'kind: fact', 'verdict: supported', ...evidence]))).toEqual([
      'content/claims/prices-rise.yml:10: field "evidence.charts[0]": article "money" has no chart "price"; its charts are "prices"',
      'content/claims/prices-rise.yml:13: field "evidence.rows[0].where": date = "2023-01-01" matches no row of dataset "prices"; values there include "2024-01-01", "2024-02-01" or "2024-03-01"',
    ]);
  });

  test('a speaker outside the list', () => {
    expect(messages(withLine('content/claims/prices-rise.yml', 3, 'speaker: Qiao Wang'))).toEqual([
      'content/claims/prices-rise.yml:3: field "speaker": got "Qiao Wang"; expected one of "wang", "wang-in-introduction", "interviewer", "interviewer-with-wang", "introduction" or "french-edition"',
    ]);
  });
});

describe('claims, themes and ids', () => {
  test('an unknown verdict', () => {
    expect(messages(withLine('content/claims/prices-rise.yml', 7, 'verdict: true'))).toEqual([
      'content/claims/prices-rise.yml:7: field "verdict": got true; expected one of "supported", "contradicted", "mixed", "unverifiable", "held", "failed", "open" or "opinion"',
    ]);
  });

  test('an unknown source', () => {
    expect(messages(withLine('content/claims/prices-rise.yml', 4, 'source: blog'))).toEqual([
      'content/claims/prices-rise.yml:4: field "source": unknown source "blog"; expected one of "interview" (files in content/sources/)',
    ]);
  });

  test('a misnamed file is reported, not silently left out', () => {
    expect(messages({ 'content/themes/money-supply.yaml': 'title: x\ndescription: y\n' })).toEqual([
      'content/themes/money-supply.yaml: unexpected file in content/themes/; expected .yml files',
    ]);
  });

  test('a file name that is not a valid id', () => {
    expect(messages({ 'content/themes/Money_Supply.yml': 'title: x\ndescription: y\n' })).toEqual([
      'content/themes/Money_Supply.yml: file name "Money_Supply" is not a valid id; expected lower-case letters, digits and single hyphens, e.g. "global-m2"',
    ]);
  });
});

describe('date columns', () => {
  test('a column mixing years and days', () => {
    expect(messages({ 'content/data/prices.csv': 'date,close_usd,note\n2024-01-01,1,\n2024,2,\n' })).toEqual([
      'content/data/prices.csv:3: column "date" (date): "2024" is a year but line 2 has the day "2024-01-01"; expected every date of a column at the same precision, or type the column `string` in content/data/prices.yml',
    ]);
  });

  test('a declared period is kept for display while the CSV text keeps its own precision', () => {
    const yml = withLine('content/data/prices.yml', 11, '    type: date\n    period: month')['content/data/prices.yml']!;
    const { errors, model } = buildCatalog(fixtureSite({ 'content/data/prices.yml': yml }));
    expect(errors).toEqual([]);
    expect(model.datasets.get('prices')?.table.columns[0]).toMatchObject({ name: 'date', precision: 'day', period: 'month' });
  });
});
