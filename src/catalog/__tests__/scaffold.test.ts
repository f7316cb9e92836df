import { expect, test } from 'vitest';
import { buildCatalog } from '../catalog.ts';
import { articleTemplate, datasetTemplate, inferType, slugify } from '../scaffold';
import { fixtureSite } from './fixture-site';

test('slugify makes a file name from a title', () => {
  expect(slugify('Does Bitcoin follow the “money supply”? Élan, 2025!')).toBe('does-bitcoin-follow-the-money-supply-elan-2025');
  expect(slugify("Bitcoin's shrinking subsidy")).toBe('bitcoins-shrinking-subsidy');
  expect(slugify('Bitcoin’s shrinking subsidy')).toBe('bitcoins-shrinking-subsidy');
});

test('column types are inferred from every cell', () => {
  expect(inferType(['2024-01', '2024-02', ''])).toBe('date');
  expect(inferType(['2024-01', '2025'])).toBe('string');
  expect(inferType(['1.5', '-2', ''])).toBe('number');
  expect(inferType(['1,500', '2'])).toBe('string');
});

test('a new article passes the content check once its description and themes are written', () => {
  const text = articleTemplate('Prices and money', new Date('2026-12-01T00:00:00Z'), ['money-supply']);
  const empty = buildCatalog(fixtureSite({ 'content/articles/new.mdx': text })).errors.map((error) => error.message);
  expect(empty).toEqual([
    expect.stringContaining('content/articles/new.mdx:4: field "description": got ""'),
    expect.stringContaining('content/articles/new.mdx:7: field "themes": got []; expected at least one theme slug'),
  ]);
  const filled = text.replace('description: ""', 'description: "A short description."').replace('themes: []', 'themes: [money-supply]');
  expect(buildCatalog(fixtureSite({ 'content/articles/new.mdx': filled })).errors).toEqual([]);
});

test('a new dataset is refused until its provenance is filled in, with each field named', () => {
  const csv = 'month,value,note\n2024-01,1.5,\n2024-02,2,revised\n';
  const yml = datasetTemplate(csv);
  const messages = buildCatalog(fixtureSite({ 'content/data/new.csv': csv, 'content/data/new.yml': yml })).errors.map((error) => error.message);
  for (const field of ['title', 'description', 'source.publisher', 'source.url', 'source.retrieved', 'licence.name']) {
    expect(messages.some((message) => message.startsWith('content/data/new.yml:') && message.includes(`field "${field}"`)), field).toBe(true);
  }
  const fill = (text: string, field: string, value: string) => text.replace(new RegExp(`^(\\s*${field}): ""$`, 'm'), `$1: ${value}`);
  let filled = yml;
  for (const [field, value] of [
    ['title', 'New'],
    ['description', 'A test.'],
    ['publisher', 'Someone'],
    ['url', 'https://example.org/data'],
    ['retrieved', '2026-12-01'],
    ['name', 'CC0 1.0'],
    ['notes', 'Copied unchanged.'],
  ]) filled = fill(filled, field!, value!);
  expect(buildCatalog(fixtureSite({ 'content/data/new.csv': csv, 'content/data/new.yml': filled })).errors).toEqual([]);
});

test('a new dataset gets readable labels and a guessed unit', () => {
  const yml = datasetTemplate('year,subsidy_btc,raised_usd_billions,share_pct\n2024,3.125,1.5,12\n');
  expect(yml).toContain('label: Subsidy btc');
  expect(yml).toMatch(/subsidy_btc:\n\s+type: number\n\s+label: Subsidy btc\n\s+unit: BTC/);
  expect(yml).toMatch(/unit: USD billions/);
  expect(yml).toMatch(/unit: percent/);
});
