/**
 * Starting points for contributors: an article file with valid frontmatter,
 * and a dataset's `.yml` with column types inferred from the CSV and the
 * provenance fields left empty, so the build refuses the dataset until a
 * person fills in where the data comes from.
 */
import { csvParseRows } from 'd3';
import { stringify } from 'yaml';
import { formatIsoDate, parseDateText } from '../model/dates.ts';
import type { ColumnType } from '../model/table.ts';
import { NUMBER } from './csv.ts';

/**
 * "Does Bitcoin follow M2?" -> "does-bitcoin-follow-m2"; "Bitcoin's shrinking subsidy" ->
 * "bitcoins-shrinking-subsidy": apostrophes join the word, as GitHub's and Astro's slugs do.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function articleTemplate(title: string, date: Date, themes: readonly string[]): string {
  const yamlString = (text: string) => JSON.stringify(text);
  return [
    '---',
    `title: ${yamlString(title)}`,
    '# At most 160 characters: it is the meta description and the search excerpt.',
    'description: ""',
    `pubDate: ${formatIsoDate(date)}`,
    `# One or more theme ids, e.g. themes: [${themes[0] ?? 'a-theme'}]. The themes: ${themes.join(', ')}`,
    'themes: []',
    'draft: true',
    '---',
    '',
    'Start with a lede: the claim, why it matters, what the data says.',
    '',
    '## A first section',
    '',
    'Charts, claims and quotes are available without imports; see CONTRIBUTING.md.',
    '',
  ].join('\n');
}

/** The narrowest type every non-empty cell of a column fits: a date at one precision, a number, or text. */
export function inferType(cells: readonly string[]): ColumnType {
  const filled = cells.filter((cell) => cell.trim() !== '');
  if (filled.length === 0) return 'string';
  const precisions = new Set(filled.map((cell) => parseDateText(cell)?.precision));
  if (!precisions.has(undefined) && precisions.size === 1) return 'date';
  if (filled.every((cell) => NUMBER.test(cell))) return 'number';
  return 'string';
}

/** "subsidy_btc" -> "Subsidy btc": a label to improve, readable from the start. */
function labelOf(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A unit guessed from the name's last parts (`_usd_billions`, `_pct`, `_btc`); the contributor checks it. */
function unitOf(name: string): string | undefined {
  const parts = name.toLowerCase().split('_');
  const scale = ['thousands', 'millions', 'billions', 'trillions'].find((word) => parts.includes(word));
  if (parts.includes('pct') || parts.includes('percent')) return 'percent';
  const currency = ['usd', 'eur', 'gbp', 'btc', 'eth'].find((code) => parts.includes(code));
  return currency ? `${currency.toUpperCase()}${scale ? ` ${scale}` : ''}` : undefined;
}

export function datasetTemplate(csv: string): string {
  const [header = [], ...rows] = csvParseRows(csv);
  const columns = Object.fromEntries(
    header.map((name, index) => {
      const cells = rows.map((row) => row[index] ?? '');
      const type = inferType(cells);
      const column: Record<string, unknown> = { type, label: labelOf(name) };
      const unit = type === 'number' ? unitOf(name) : undefined;
      if (unit) column.unit = unit;
      if (cells.some((cell) => cell.trim() === '')) column.optional = true;
      return [name, column];
    }),
  );
  const yaml = stringify({
    title: '',
    description: '',
    source: { publisher: '', url: '', retrieved: '' },
    licence: { name: '' },
    notes: '',
    columns,
  });
  return [
    '# Fill in every empty field: the build refuses this dataset until its provenance is complete.',
    '# title, description: what a row is, units, range, frequency.',
    '# source: who published the data, the address you read it at, the date you retrieved it (YYYY-MM-DD).',
    '# licence: its name, e.g. "CC BY 4.0", and optionally url.',
    '# notes: how you read it, what you changed (nothing, ideally), caveats. Check the inferred column types.',
    yaml,
  ].join('\n');
}
