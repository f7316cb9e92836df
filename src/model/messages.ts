/**
 * The catalogue of every problem the content check reports, in the manner of Astro's errors-data.ts:
 * each kind of mistake has a code, a title, what to do about it, and an example of the exact message
 * (file, line, what is wrong and what is accepted). Every ContentError carries one of these codes.
 *
 * The examples are real: src/catalog/__tests__/messages.test.ts makes each mistake on a fixture site
 * and checks the message equals the example, and that every code has one. The table of build errors
 * in CONTRIBUTING.md is generated from this file (`npm run docs:errors`), and a test fails when it
 * is out of date, so the code, the catalogue and the docs cannot drift apart.
 */

export type Severity = 'error' | 'warning';

export interface MessageDoc {
  title: string;
  /** Problems marked warning are printed but do not stop the build. */
  severity: Severity;
  /** What to do, in a sentence or two. */
  fix: string;
  /** One message exactly as the check prints it, on the fixture site of the tests. */
  example: string;
}

export const MESSAGES = {
  // Files and formats
  'unexpected-file': {
    title: 'A file with the wrong extension in a content folder',
    severity: 'error',
    fix: 'Rename it: articles and pages are `.mdx`, data files `.csv` beside a `.yml`, everything else `.yml` (not `.yaml`, not `.md`).',
    example: 'content/articles/notes.md: unexpected file in content/articles/; expected .mdx files',
  },
  'file-name': {
    title: 'A file name that cannot be an id',
    severity: 'error',
    fix: 'File names are ids and URLs: lower-case letters, digits and single hyphens (`bitcoins-subsidy.mdx`).',
    example: 'content/articles/Bitcoin_Notes.mdx: file name "Bitcoin_Notes" is not a valid id; expected lower-case letters, digits and single hyphens, e.g. "global-m2"',
  },
  'frontmatter-missing': {
    title: 'An article or page without frontmatter',
    severity: 'error',
    fix: 'Start the file with a `---` line, the YAML fields, and another `---` line (copy one from `npm run new:article`).',
    example: 'content/articles/money.mdx:1: missing frontmatter; the file must start with a "---" line, the YAML fields, then another "---" line',
  },
  'yaml-syntax': {
    title: 'YAML that cannot be read',
    severity: 'error',
    fix: 'Check the indentation, the colons and the closing brackets on and just before the line named.',
    example: 'content/themes/money-supply.yml:3: invalid YAML: Nested mappings are not allowed in compact mappings',
  },
  field: {
    title: 'A field missing, or with a value of the wrong kind',
    severity: 'error',
    fix: 'Give the field the value the message names; the formats are in CONTRIBUTING.md.',
    example: 'content/articles/money.mdx:4: field "pubDate": got "2026-02-30"; expected a real calendar date written YYYY-MM-DD',
  },
  'unknown-field': {
    title: 'A field the schema does not know',
    severity: 'error',
    fix: 'Remove it, or correct its spelling (field names are case-sensitive).',
    example: 'content/articles/money.mdx:2: frontmatter: unknown field "heading"; remove it or check its spelling',
  },
  'unknown-reference': {
    title: 'An id that names no theme, source or dataset',
    severity: 'error',
    fix: 'Use one of the ids the message lists (the file names in the folder it names), or add the missing file.',
    example: 'content/articles/money.mdx:5: field "themes[1]": unknown theme "defi"; expected one of "money-supply" (files in content/themes/)',
  },
  'source-url': {
    title: 'A source or dataset address that is not the publisher\'s own https page',
    severity: 'error',
    fix: 'Cite the original publisher\'s own https page; record a secondary page you read the figure on as `via`. Bare IP addresses and plain http are refused.',
    example: 'content/sources/interview.yml:4: field "url": got "http://www.techflowpost.com/fr-FR/article/25352"; expected an absolute https:// URL on the publisher\'s own site',
  },
  'claim-rubric': {
    title: 'A verdict that does not follow the rubric',
    severity: 'error',
    fix: 'Facts take supported, contradicted, mixed or unverifiable; forecasts held, failed or open with `judgedAt`; opinions opinion. Scored verdicts cite a dataset and the `charts` or `rows` that show it. See "How we rate claims" on the about page.',
    example: 'content/claims/prices-rise.yml:7: field "verdict": got "contradicted"; expected for kind "opinion", one of "opinion" (see the rubric on the about page)',
  },
  'claim-evidence': {
    title: 'Evidence that points at a chart or rows that do not exist',
    severity: 'error',
    fix: 'Name a chart as `article-id#chart-id` of a published article, and pick rows with values the dataset has.',
    example: 'content/claims/prices-rise.yml:10: field "evidence.charts[0]": article "money" has no chart "price"; its charts are "prices"',
  },

  // Datasets
  'csv-without-yml': {
    title: 'A CSV without its provenance file',
    severity: 'error',
    fix: 'Add `content/data/<id>.yml` beside it (`npm run new:dataset -- file.csv` writes one to fill in).',
    example: 'content/data/rates.csv: no content/data/rates.yml beside it; every dataset needs its provenance (title, source publisher/url/retrieved, licence, columns).',
  },
  'yml-without-csv': {
    title: 'A dataset description without its CSV',
    severity: 'error',
    fix: 'Add the CSV with the same name, or remove the `.yml`.',
    example: 'content/data/prices.yml: no content/data/prices.csv beside it; expected the data file with the same name',
  },
  'csv-header': {
    title: 'A CSV header that does not match the declared columns',
    severity: 'error',
    fix: 'Make the first line of the CSV name exactly the columns declared under `columns` in the `.yml`, in the same order.',
    example: 'content/data/prices.csv:1: CSV header has "close" not declared under "columns" in content/data/prices.yml; content/data/prices.yml declares "close_usd" missing from the CSV header; the header is: date,close,note',
  },
  'csv-row-length': {
    title: 'A CSV row with too many or too few cells',
    severity: 'error',
    fix: 'Usually an unquoted comma: write numbers without thousands separators (210000, not 210,000) and put text containing commas in double quotes.',
    example: 'content/data/prices.csv:3: row has 4 cells; expected 3 (date, close_usd, note); an unquoted comma? write numbers without separators (210000, not 210,000) and put text with commas in double quotes',
  },
  'csv-cell': {
    title: 'A CSV cell that is not of its column\'s type',
    severity: 'error',
    fix: 'Write numbers as plain decimals (no units, separators or words), dates as YYYY, YYYY-MM or YYYY-MM-DD; mark a column `optional: true` if cells may be empty.',
    example: 'content/data/prices.csv:3: column "close_usd" (number): "12,5" is not a number; expected a plain decimal number such as 1234.5 (no thousands separators, units or words)',
  },
  'csv-date-precision': {
    title: 'Dates of one column written at different precisions',
    severity: 'error',
    fix: 'Write every date of a column the same way (all months, or all days), or type the column `string`.',
    example: 'content/data/prices.csv:3: column "date" (date): "2024-02" is a month but line 2 has the day "2024-01-01"; expected every date of a column at the same precision, or type the column `string` in content/data/prices.yml',
  },
  'csv-empty': {
    title: 'A CSV with a header and no rows',
    severity: 'error',
    fix: 'Add the data rows under the header.',
    example: 'content/data/prices.csv:1: the CSV has a header but no data rows; expected at least one row',
  },

  // MDX
  'mdx-syntax': {
    title: 'MDX that cannot be read',
    severity: 'error',
    fix: 'The message says where and, for the common cases, what to write instead: "less than" or `&lt;` for a `<` before a digit; a blank line for `<br>`; no HTML comments; `/>` to close a component.',
    example: 'content/articles/money.mdx:8: MDX syntax error at column 8: "<" followed by "1" starts a tag in MDX; write "less than", or &lt;1',
  },
  'mdx-raw-html': {
    title: 'Raw HTML in content',
    severity: 'error',
    fix: 'Use Markdown (a blank line for a new paragraph, `**bold**`, `[links](/path/)`) or the site\'s components; HTML elements are not allowed.',
    example: 'content/articles/money.mdx:8: <br /> is raw HTML, which content may not use; for a new line, end the paragraph with a blank line',
  },
  'mdx-import': {
    title: 'An import or export in content',
    severity: 'error',
    fix: 'Delete it: Chart, Claim, Quote, DataGap and Correlation are available without importing.',
    example: 'content/articles/money.mdx:8: import/export statements are not allowed in content; use the components the site provides (Chart, Claim, Quote, DataGap, Correlation) without importing them',
  },
  'mdx-expression': {
    title: 'A JavaScript expression in content',
    severity: 'error',
    fix: 'Write the text itself; a literal brace is written `\\{`. Component props take literal values only.',
    example: 'content/articles/money.mdx:8: JavaScript expressions are not allowed in content: {yet}; write the text, or \\{ for a literal brace',
  },
  'mdx-unsafe': {
    title: 'Script in content: a javascript: URL, an event handler, a spread or computed prop',
    severity: 'error',
    fix: 'Content cannot run code: use plain links and literal prop values (text, numbers, true/false, arrays and objects of those).',
    example: 'content/articles/money.mdx:10: <Chart>: prop "y" must be a literal value (text, number, true/false, or arrays and objects of those); got {process.env.Y}',
  },
  'unknown-component': {
    title: 'A component the site does not provide',
    severity: 'error',
    fix: 'Use one of Chart, Claim, Quote, DataGap or Correlation (names are case-sensitive).',
    example: 'content/articles/money.mdx:12: unknown component <Tweet>; expected one of "Chart", "Claim", "Quote", "DataGap" or "Correlation"',
  },
  'unknown-prop': {
    title: 'A prop the component does not take',
    severity: 'error',
    fix: 'Use one of the props the message lists; the chart reference in CONTRIBUTING.md says what each does.',
    example: 'content/articles/money.mdx:10: <Chart id="prices">: unknown prop "color" (did you mean "colorBy"?); accepted: id, type, title, subtitle, note, dataset, x, y, series, where, except, negate, colorBy, join, labels, subjects, events, highlight, yScale, from, to, base, orientation, stacked, valueLabels, pointLabel, annotations',
  },
  'prop-value': {
    title: 'A prop with a value of the wrong kind',
    severity: 'error',
    fix: 'Give the prop a value of the kind the message names.',
    example: 'content/articles/money.mdx:10: <Chart id="prices"> prop "type": got "pie"; expected one of "line", "area", "bar", "scatter" or "indexed"',
  },

  // Components
  chart: {
    title: 'A chart that cannot be drawn from its data',
    severity: 'error',
    fix: 'The message names the prop and lists what the dataset offers (datasets, columns, values, the range of dates).',
    example: 'content/articles/money.mdx:10: <Chart>: chart "prices": dataset "price" is not a known dataset (did you mean "prices"?); expected one of: prices',
  },
  'chart-id': {
    title: 'A chart id used twice, or equal to a heading\'s id',
    severity: 'error',
    fix: 'Give each chart of an article its own id, different from the ids headings get from their text.',
    example: 'content/articles/money.mdx:12: <Chart id="prices">: duplicate chart id; line 10 uses it too. Chart ids must be unique in an article',
  },
  'chart-event': {
    title: 'An event a chart cannot mark',
    severity: 'error',
    fix: 'Use the id of a file in `content/events/` (the message lists them), on a chart whose x axis is a date and whose range includes the event; or widen `from`/`to`.',
    example: 'content/articles/money.mdx:10: <Chart id="prices">: unknown event "chatgpt"; expected one of chatgpt-launch',
  },
  'chart-label-key': {
    title: 'A chart label for something the chart does not draw',
    severity: 'warning',
    fix: '`labels` renames y columns, series values and colorBy values: use one the message lists, or remove the label.',
    example: 'content/articles/money.mdx:10: <Chart id="prices">: labels key "close" names nothing the chart draws; it can rename close_usd',
  },
  'chart-range-precision': {
    title: 'A from or to finer than the data',
    severity: 'warning',
    fix: 'Write `from` and `to` at the precision of the data (a year for yearly data): a month bound on yearly data reads as the whole year.',
    example: 'content/articles/money.mdx:10: <Chart id="yearly">: from "2024-06" is finer than the data, which has one value per year; it is read as all of 2024: write from="2024"',
  },
  correlation: {
    title: 'A correlation of series that do not exist',
    severity: 'error',
    fix: 'Write each series as `dataset:column`, a number column of a dataset with a date column.',
    example: 'content/articles/money.mdx:12: <Correlation>: "prices:close": "close" is not a number column of "prices"; expected one of close_usd',
  },
  'unknown-claim': {
    title: 'A claim card for a claim that does not exist',
    severity: 'error',
    fix: 'Use the id of a file in content/claims/, or add the claim.',
    example: 'content/articles/money.mdx:12: <Claim id="prices-fall">: unknown claim; expected one of "prices-rise" (files in content/claims/)',
  },
  quote: {
    title: 'A quotation without its translation or with an unknown source',
    severity: 'error',
    fix: 'Write our English translation between <Quote ...> and </Quote>, and name a source from content/sources/.',
    example: 'content/articles/money.mdx:12: <Quote>: no English text; write our translation between <Quote ...> and </Quote>',
  },

  // Links
  'link-page': {
    title: 'A link to a page that does not exist',
    severity: 'error',
    fix: 'Link to one of the pages the message lists; internal links start with "/" and end with "/".',
    example: 'content/articles/money.mdx:8: broken link "/data/price/": no page at /data/price/; pages there: /data/, /data/prices/',
  },
  'link-fragment': {
    title: 'A link to an anchor that does not exist',
    severity: 'error',
    fix: 'Use one of the anchors the message lists: heading ids (the heading\'s words, lower-case, joined by hyphens) and chart ids.',
    example: 'content/articles/money.mdx:10: broken link "#price": no "#price" on /articles/money/; anchors there: why-prices-rise, prices',
  },

  // Publishing
  'dataset-update': {
    title: 'An `update` block that cannot work',
    severity: 'error',
    fix: '`update.frequency` needs a date column to measure freshness against; `update.columns` must say how to make every column but the date, and name no other.',
    example: 'content/data/prices.yml:8: update.columns does not say how to make "note"; columns: date, close_usd, note',
  },
  'dataset-chart': {
    title: 'A dataset `chart` that cannot be drawn',
    severity: 'error',
    fix: '`chart.y` names number columns of the dataset, drawn against its first date column; a log scale needs values above zero.',
    example: 'content/data/prices.yml:3: chart: y "close" is not a column of dataset "prices" (did you mean "close_usd"?); expected one of: date, close_usd, note',
  },
  'data-stale': {
    title: 'A dataset older than its update frequency allows',
    severity: 'warning',
    fix: 'Run `npm run data:update <id>` when the dataset has an `update.url`, or add the newer rows by hand from its source. The dataset page tells readers it is behind until then.',
    example: 'content/data/prices.yml:4: last observation 2024-03-01, 33 months before this build; a monthly series is stale after 3 months: add the newer rows by hand from its source',
  },
  draft: {
    title: 'An article left as a draft',
    severity: 'warning',
    fix: 'Drafts show in `npm run dev` only. Remove `draft: true` to publish the article.',
    example: 'content/articles/money.mdx:6: draft: true, so a build for publishing leaves this article out; remove the line to publish it',
  },
} as const satisfies Record<string, MessageDoc>;

export type MessageCode = keyof typeof MESSAGES;
